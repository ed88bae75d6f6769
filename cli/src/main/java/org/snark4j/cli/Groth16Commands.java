package org.snark4j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.snark4j.circuits.circom.CircomWitnessCalculator;
import org.snark4j.core.bn254.Fr;
import org.snark4j.formats.PtauFile;
import org.snark4j.formats.R1csFile;
import org.snark4j.formats.WtnsFile;
import org.snark4j.formats.ZkeyFile;
import org.snark4j.prover.Groth16Prover;
import org.snark4j.prover.Groth16ProvingKey;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16Verifier;
import org.snark4j.verifier.Groth16VerifyingKey;
import org.snark4j.verifier.SnarkjsFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The snarkjs-compatible commands: same names, same argument order, same default file names, so scripts can
 * switch from {@code snarkjs} to {@code snark4j}.
 */
final class Groth16Commands {
  private Groth16Commands() {}

  static PrintStream out() {
    return System.out;
  }

  @Command(name = "r1cs", mixinStandardHelpOptions = true, description = "R1CS files.", subcommands = {R1csInfo.class})
  static final class R1cs extends Group {}

  @Command(name = "info", mixinStandardHelpOptions = true, description = "Prints what an .r1cs file holds.")
  static final class R1csInfo implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "circuit.r1cs")
    Path r1cs;

    @Override
    public Integer call() throws Exception {
      R1csFile.Contents c = R1csFile.read(r1cs);
      PrintStream o = out();
      o.println("Curve: bn-128");
      o.println("# of Wires: " + c.wires());
      o.println("# of Constraints: " + c.constraints().size());
      o.println("# of Private Inputs: " + c.privateInputs());
      o.println("# of Public Inputs: " + c.publicInputs());
      o.println("# of Labels: " + c.labels());
      o.println("# of Outputs: " + c.publicOutputs());
      return 0;
    }
  }

  @Command(name = "wtns", mixinStandardHelpOptions = true, description = "Witness files.", subcommands = {WtnsCalculate.class, WtnsCheck.class})
  static final class Wtns extends Group {}

  @Command(name = "calculate", mixinStandardHelpOptions = true,
      description = "Computes the witness of a circom circuit in the JVM (no Node.js), as snarkjs wtns calculate.")
  static final class WtnsCalculate implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "circuit.wasm")
    Path wasm;

    @Parameters(index = "1", paramLabel = "input.json")
    Path input;

    @Parameters(index = "2", paramLabel = "witness.wtns", defaultValue = "witness.wtns")
    Path wtns;

    @Override
    public Integer call() throws Exception {
      WtnsFile.write(CircomWitnessCalculator.load(wasm).calculate(input), wtns);
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true, description = "Checks that a witness satisfies an R1CS.")
  static final class WtnsCheck implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "circuit.r1cs")
    Path r1cs;

    @Parameters(index = "1", paramLabel = "witness.wtns")
    Path wtns;

    @Override
    public Integer call() throws Exception {
      org.snark4j.circuits.R1cs system = org.snark4j.circuits.R1cs.read(r1cs);
      int bad = system.firstUnsatisfied(WtnsFile.read(wtns));
      if (bad >= 0) {
        System.err.println("WITNESS IS NOT CORRECT: constraint " + bad + " is not satisfied");
        return 1;
      }
      out().println("WITNESS IS CORRECT");
      return 0;
    }
  }

  @Command(name = "zkey", mixinStandardHelpOptions = true, description = "Groth16 keys.", subcommands = {ZkeyContribute.class, ZkeyBeacon.class, ZkeyVerify.class, ZkeyExport.class})
  static final class Zkey extends Group {}

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Checks a .zkey against its circuit and Powers of Tau, as snarkjs zkey verify: prints the "
          + "contributions and ZKey Ok! (exit 0), or what is wrong (exit 1).")
  static final class ZkeyVerify implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "circuit.r1cs")
    Path r1cs;

    @Parameters(index = "1", paramLabel = "powersoftau.ptau")
    Path ptau;

    @Parameters(index = "2", paramLabel = "circuit_final.zkey")
    Path zkey;

    @Override
    public Integer call() throws Exception {
      ZkeyFile.History history = ZkeyFile.readHistory(zkey);
      List<String> problems = org.snark4j.prover.Phase2.verify(org.snark4j.circuits.R1cs.read(r1cs),
          PtauFile.read(ptau), Groth16ProvingKey.readZkey(zkey), history);
      java.util.HexFormat hex = java.util.HexFormat.of();
      out().println("Circuit hash: " + hex.formatHex(history.circuitHash()));
      int i = 0;
      for (ZkeyFile.Contribution c : history.contributions()) {
        i++;
        out().println("contribution #" + i + " " + (c.name() == null ? "" : c.name())
            + (c.type() == 1 ? " (beacon)" : ""));
      }
      if (history.contributions().isEmpty()) {
        out().println("no contributions: delta is 1 and anyone can forge proofs with this key");
      }
      if (!problems.isEmpty()) {
        for (String p : problems) {
          System.err.println("snark4j: " + p);
        }
        out().println("ZKey NOT OK");
        return 1;
      }
      out().println("ZKey Ok!");
      return 0;
    }
  }

  @Command(name = "beacon", mixinStandardHelpOptions = true,
      description = "Adds a random-beacon contribution, as snarkjs zkey beacon: the secret comes from SHA-256 applied "
          + "2^numIterationsExp times to the beacon hash, so anyone can recompute it.")
  static final class ZkeyBeacon implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "circuit_old.zkey")
    Path in;

    @Parameters(index = "1", paramLabel = "circuit_new.zkey")
    Path out;

    @Parameters(index = "2", paramLabel = "beaconHash(hex)")
    String beaconHex;

    @Parameters(index = "3", paramLabel = "numIterationsExp", description = "10 to 63")
    int numIterationsExp;

    @Option(names = {"-n", "--name"}, description = "a name recorded in the file")
    String name;

    @Override
    public Integer call() throws Exception {
      byte[] hash = org.snark4j.prover.Phase2.beacon(in, out, name, parseBeacon(beaconHex), numIterationsExp);
      out().println("Contribution hash: " + java.util.HexFormat.of().formatHex(hash));
      return 0;
    }
  }

  @Command(name = "contribute", mixinStandardHelpOptions = true,
      description = "Adds a phase-2 contribution to a .zkey, as snarkjs zkey contribute: delta times a fresh secret "
          + "(from the system's SecureRandom, the entropy text mixed in), forgotten when done. Prints the circuit and "
          + "contribution hashes.")
  static final class ZkeyContribute implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "circuit_old.zkey")
    Path in;

    @Parameters(index = "1", paramLabel = "circuit_new.zkey")
    Path out;

    @Option(names = {"-n", "--name"}, description = "the contributor's name, recorded in the file (64 characters at most)")
    String name;

    @Option(names = {"-e", "--entropy"}, description = "extra entropy text (the system's randomness is always used)")
    String entropy;

    @Override
    public Integer call() throws Exception {
      ZkeyFile.History before = ZkeyFile.readHistory(in);
      byte[] hash = org.snark4j.prover.Phase2.contribute(in, out, name, entropy);
      java.util.HexFormat hex = java.util.HexFormat.of();
      out().println("Circuit hash: " + hex.formatHex(before.circuitHash()));
      out().println("Contribution hash: " + hex.formatHex(hash));
      out().println("Contributions: " + (before.contributions().size() + 1));
      return 0;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true, description = "Exports from a .zkey.",
      subcommands = {ZkeyExportVk.class, ZkeyExportSolidity.class, ZkeyExportCalldata.class})
  static final class ZkeyExport extends Group {}

  @Command(name = "solidityverifier", mixinStandardHelpOptions = true,
      description = "Writes a Solidity verifier for the key (our own template, snarkjs's verifyProof ABI plus a "
          + "bytes form; the BN254 precompiles).")
  static final class ZkeyExportSolidity implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "circuit_final.zkey", defaultValue = "circuit_final.zkey")
    Path zkey;

    @Parameters(index = "1", paramLabel = "verifier.sol", defaultValue = "verifier.sol")
    Path out;

    @Option(names = "--contract", description = "the contract's name (default: Groth16Verifier)",
        defaultValue = "Groth16Verifier")
    String contract;

    @Override
    public Integer call() throws Exception {
      String source = org.snark4j.bridge.evm.SolidityVerifier.source(Groth16VerifyingKey.readZkey(zkey), contract);
      java.nio.file.Files.writeString(out, source);
      return 0;
    }
  }

  @Command(name = "soliditycalldata", mixinStandardHelpOptions = true,
      description = "Prints a proof and its public inputs as verifyProof's arguments, as snarkjs does.")
  static final class ZkeyExportCalldata implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "public.json", defaultValue = "public.json")
    Path pub;

    @Parameters(index = "1", paramLabel = "proof.json", defaultValue = "proof.json")
    Path proof;

    @Override
    public Integer call() throws Exception {
      out().println(org.snark4j.bridge.evm.SolidityVerifier.calldata(SnarkjsFiles.readProof(proof),
          SnarkjsFiles.readPublicInputs(pub)));
      return 0;
    }
  }

  @Command(name = "verificationkey", mixinStandardHelpOptions = true,
      description = "Writes the verification_key.json of a .zkey.")
  static final class ZkeyExportVk implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "circuit.zkey")
    Path zkey;

    @Parameters(index = "1", paramLabel = "verification_key.json", defaultValue = "verification_key.json")
    Path vk;

    @Override
    public Integer call() throws Exception {
      SnarkjsFiles.write(vk, SnarkjsFiles.toJson(Groth16VerifyingKey.readZkey(zkey)));
      return 0;
    }
  }

  @Command(name = "groth16", mixinStandardHelpOptions = true, description = "Groth16 proofs.",
      subcommands = {Groth16Setup.class, Groth16Prove.class, Groth16FullProve.class, Groth16Verify.class})
  static final class Groth16 extends Group {}

  @Command(name = "setup", mixinStandardHelpOptions = true,
      description = "Makes the phase-2 starting .zkey of a circuit from a prepared Powers of Tau, as snarkjs groth16 "
          + "setup (the same key, point for point). Not safe to use until someone contributes to it "
          + "(snarkjs zkey contribute).")
  static final class Groth16Setup implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "circuit.r1cs")
    Path r1cs;

    @Parameters(index = "1", paramLabel = "powersoftau.ptau")
    Path ptau;

    @Parameters(index = "2", paramLabel = "circuit_0000.zkey")
    Path zkey;

    @Override
    public Integer call() throws Exception {
      PtauFile powers = PtauFile.read(ptau);
      Groth16ProvingKey pk = org.snark4j.prover.Groth16Setup.fromPtau(org.snark4j.circuits.R1cs.read(r1cs), powers);
      byte[] hash = org.snark4j.prover.Groth16Setup.circuitHash(pk, powers);
      pk.writeZkey(zkey, hash);
      out().println("Circuit hash: " + java.util.HexFormat.of().formatHex(hash));
      System.err.println("snark4j: wrote " + zkey + " (" + pk.wires() + " wires, domain " + pk.domainSize()
          + "); it is not safe until at least one phase-2 contribution");
      return 0;
    }
  }

  /**
   * Domains from this size on start the SIMD kernels' warm-up before the key is read: below it, their
   * compilation (about two seconds of C2 time) costs a whole-process proof more than they save
   * (docs/performance-groth16.md).
   */
  static final int SIMD_MIN_DOMAIN = 1 << 18;

  static void warmUpForLargeKeys(Path zkey) throws java.io.IOException {
    if (org.snark4j.core.VectorKernels.enabled() && ZkeyFile.domainSize(zkey) >= SIMD_MIN_DOMAIN) {
      org.snark4j.core.VectorKernels.warmUp(org.snark4j.core.CurveId.BN254); // the .zkey reader takes BN254 keys
    }
  }

  static void writeProof(Groth16ProvingKey pk, Fr[] witness, Path proofFile, Path publicFile) throws Exception {
    Groth16Proof proof = Groth16Prover.prove(pk, witness, new java.security.SecureRandom(),
        java.util.concurrent.ForkJoinPool.commonPool(), progress());
    List<Fr> pub = Arrays.asList(witness).subList(1, 1 + pk.publicCount());
    SnarkjsFiles.write(proofFile, SnarkjsFiles.toJson(proof));
    SnarkjsFiles.write(publicFile, SnarkjsFiles.toJson(pub));
  }

  static byte[] parseBeacon(String beaconHex) {
    String hex = beaconHex.startsWith("0x") ? beaconHex.substring(2) : beaconHex;
    try {
      return java.util.HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the beacon hash must be hexadecimal bytes, got \"" + beaconHex + "\"");
    }
  }

  /** On a terminal, one line on stderr per proving phase, rewritten in place; nothing when piped. */
  static Groth16Prover.Progress progress() {
    if (System.console() == null) {
      return Groth16Prover.Progress.NONE;
    }
    long start = System.nanoTime();
    return (phase, fraction) -> System.err.printf("\r%-40s %3.0f%% %6.1f s%s", phase, 100 * fraction,
        (System.nanoTime() - start) / 1e9, fraction >= 1 ? "\n" : "");
  }

  @Command(name = "prove", mixinStandardHelpOptions = true,
      description = "Proves with a .zkey and a witness, as snarkjs groth16 prove.")
  static final class Groth16Prove implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "circuit.zkey")
    Path zkey;

    @Parameters(index = "1", paramLabel = "witness.wtns")
    Path wtns;

    @Parameters(index = "2", paramLabel = "proof.json", defaultValue = "proof.json")
    Path proof;

    @Parameters(index = "3", paramLabel = "public.json", defaultValue = "public.json")
    Path pub;

    @Override
    public Integer call() throws Exception {
      warmUpForLargeKeys(zkey);
      writeProof(Groth16ProvingKey.readZkey(zkey), WtnsFile.read(wtns), proof, pub);
      return 0;
    }
  }

  @Command(name = "fullprove", mixinStandardHelpOptions = true,
      description = "Computes the witness in the JVM and proves, as snarkjs groth16 fullprove.")
  static final class Groth16FullProve implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "input.json")
    Path input;

    @Parameters(index = "1", paramLabel = "circuit.wasm")
    Path wasm;

    @Parameters(index = "2", paramLabel = "circuit.zkey")
    Path zkey;

    @Parameters(index = "3", paramLabel = "proof.json", defaultValue = "proof.json")
    Path proof;

    @Parameters(index = "4", paramLabel = "public.json", defaultValue = "public.json")
    Path pub;

    @Override
    public Integer call() throws Exception {
      warmUpForLargeKeys(zkey);
      writeProof(Groth16ProvingKey.readZkey(zkey), CircomWitnessCalculator.load(wasm).calculate(input), proof, pub);
      return 0;
    }
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Verifies a proof, as snarkjs groth16 verify: prints OK! and exits 0, or exits 1.")
  static final class Groth16Verify implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "verification_key.json")
    Path vk;

    @Parameters(index = "1", paramLabel = "public.json")
    Path pub;

    @Parameters(index = "2", paramLabel = "proof.json")
    Path proof;

    @Option(names = "--allow-uncontributed-key",
        description = "accept a key whose delta equals gamma or the G2 generator (anyone can forge proofs for it): tests only")
    boolean allowUncontributed;

    @Override
    public Integer call() throws Exception {
      Groth16VerifyingKey key = SnarkjsFiles.readVerifyingKey(vk);
      if (key.isUncontributed() && !allowUncontributed) {
        System.err.println("snark4j: " + vk + " has delta = gamma or the G2 generator: a setup nobody contributed to, "
            + "for which anyone can forge proofs. Contribute (zkey contribute), or pass --allow-uncontributed-key in tests");
        return 2;
      }
      Groth16Verifier verifier = allowUncontributed ? Groth16Verifier.ofUncontributedKey(key) : Groth16Verifier.of(key);
      if (verifier.verify(SnarkjsFiles.readProof(proof), SnarkjsFiles.readPublicInputs(pub))) {
        out().println("OK!");
        return 0;
      }
      System.err.println("Invalid proof");
      return 1;
    }
  }
}
