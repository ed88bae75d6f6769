package org.snark4j.cli;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.snark4j.circuits.Api;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.Public;
import org.snark4j.circuits.Secret;
import org.snark4j.circuits.UnsatisfiedConstraintException;
import org.snark4j.circuits.Variable;
import org.snark4j.circuits.Witness;
import org.snark4j.circuits.gadgets.merkle.MerkleProof;
import org.snark4j.core.bn254.Bn254Precompiles;
import org.snark4j.prover.Groth16Prover;
import org.snark4j.prover.Groth16ProvingKey;
import org.snark4j.prover.Groth16Setup;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16Verifier;
import org.snark4j.core.bn254.EvmCodec;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.Msm;
import org.snark4j.core.bn254.NttDomain;
import org.snark4j.core.bn254.Pairing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The end-to-end example: the BN254 core a Groth16 prover and verifier stand on, a Poseidon Merkle-membership
 * circuit and its proof, then the bridge: a local Anvil and the zkVerify runtime with the relayer between them,
 * a proof carried each way ({@link BridgeDemo}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs the end-to-end example: BN254 pairing check, the Ethereum precompile, MSM, NTT, a Merkle-"
        + "membership circuit and its Groth16 proof, then the proof relayed from a local EVM chain to a Substrate "
        + "runtime and another back.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--log-size", defaultValue = "16",
      description = "log2 of the MSM and NTT sizes (1 to 22, default ${DEFAULT-VALUE})")
  int logSize;

  @Option(names = "--no-bridge", description = "stop after the proof (no Anvil, Substrate chain or relayer)")
  boolean noBridge;

  @Override
  public Integer call() throws Exception {
    if (logSize < 1 || logSize > 22) {
      System.err.println("--log-size must be between 1 and 22, got " + logSize);
      return 2;
    }
    PrintStream out = System.out;
    SecureRandom random = new SecureRandom();
    out.println("snark4j demo: the BN254 core (Java " + Runtime.version() + ", "
        + Runtime.getRuntime().availableProcessors() + " cores)");

    out.println();
    out.println("1. Bilinearity: e(a·G1, b·G2) = e(ab·G1, G2) for secret a, b");
    Fr a = Fr.random(random);
    Fr b = Fr.random(random);
    long t = System.nanoTime();
    G1Affine aG1 = G1Affine.GENERATOR.multiply(a);
    G2Affine bG2 = G2Affine.GENERATOR.multiply(b);
    G1Affine abG1 = G1Affine.GENERATOR.multiply(a.multiply(b));
    boolean ok = Pairing.pairingCheck(List.of(aG1, abG1.negate()), List.of(bG2, G2Affine.GENERATOR));
    boolean bad = Pairing.pairingCheck(List.of(aG1, abG1), List.of(bG2, G2Affine.GENERATOR));
    out.printf("   e(aG1, bG2)·e(-abG1, G2) = 1: %s; with the sign flipped: %s (%.1f ms)%n", ok, bad, ms(t));

    out.println();
    out.println("2. The same check through Ethereum's ecPairing precompile (0x08), byte for byte");
    byte[] input = concat(EvmCodec.encodeG1(aG1), EvmCodec.encodeG2(bG2),
        EvmCodec.encodeG1(abG1.negate()), EvmCodec.encodeG2(G2Affine.GENERATOR));
    t = System.nanoTime();
    byte[] result = Bn254Precompiles.pairing(input);
    out.printf("   %d-byte input -> %s (%.1f ms)%n", input.length, HexFormat.of().formatHex(result), ms(t));

    int n = 1 << logSize;
    out.println();
    out.printf("3. Multi-scalar multiplication over %,d G1 points, checked against a homomorphism%n", n);
    G1Jacobian[] points = new G1Jacobian[n];
    Fr[] scalars = new Fr[n];
    Fr[] logs = new Fr[n];
    Fr step = Fr.random(random);
    Fr acc = Fr.ONE;
    t = System.nanoTime();
    G1Jacobian p = G1Affine.GENERATOR.toJacobian();
    G1Jacobian stepPoint = G1Affine.GENERATOR.multiply(step).toJacobian();
    for (int i = 0; i < n; i++) {
      points[i] = p;
      logs[i] = acc;
      scalars[i] = Fr.random(random);
      p = p.add(stepPoint);
      acc = acc.add(step);
    }
    G1Affine[] bases = G1Jacobian.toAffine(points);
    out.printf("   bases P_i = (1 + i·s)·G1 made in %.0f ms%n", ms(t));
    t = System.nanoTime();
    G1Affine sum = Msm.g1(bases, scalars).toAffine();
    double msmMs = ms(t);
    Fr expected = Fr.ZERO;
    for (int i = 0; i < n; i++) {
      expected = expected.add(scalars[i].multiply(logs[i]));
    }
    out.printf("   Σ k_i·P_i = (Σ k_i·(1 + i·s))·G1: %s (MSM %.0f ms)%n",
        sum.equals(G1Affine.GENERATOR.multiply(expected)), msmMs);

    out.println();
    out.printf("4. NTT of size %,d: polynomial product by evaluation, checked at a random point%n", n);
    NttDomain domain = NttDomain.of(2 * n);
    Fr[] f = new Fr[2 * n];
    Fr[] g = new Fr[2 * n];
    for (int i = 0; i < 2 * n; i++) {
      f[i] = i < n ? Fr.random(random) : Fr.ZERO;
      g[i] = i < n ? Fr.random(random) : Fr.ZERO;
    }
    t = System.nanoTime();
    Fr[] ef = domain.forward(f);
    Fr[] eg = domain.forward(g);
    for (int i = 0; i < 2 * n; i++) {
      ef[i] = ef[i].multiply(eg[i]);
    }
    Fr[] h = domain.inverse(ef);
    double nttMs = ms(t);
    Fr z = Fr.random(random);
    boolean prodOk = eval(h, z).equals(eval(f, z).multiply(eval(g, z)));
    out.printf("   h = f·g with deg h = %d: h(z) = f(z)·g(z): %s (3 NTTs of size %,d in %.0f ms)%n",
        2 * n - 2, prodOk, 2 * n, nttMs);

    out.println();
    out.println("5. A circuit: membership in a Poseidon Merkle tree of depth 20, compiled to R1CS and solved");
    t = System.nanoTime();
    CompiledCircuit membership = CompiledCircuit.compile(new Membership());
    out.printf("   %s (compiled in %.0f ms)%n", membership.r1cs(), ms(t));
    Fr leaf = Fr.random(random);
    Fr[] siblings = new Fr[Membership.DEPTH];
    boolean[] bits = new boolean[Membership.DEPTH];
    long[] bitValues = new long[Membership.DEPTH];
    for (int i = 0; i < Membership.DEPTH; i++) {
      siblings[i] = Fr.random(random);
      bits[i] = random.nextBoolean();
      bitValues[i] = bits[i] ? 1 : 0;
    }
    Fr root = MerkleProof.root(leaf, siblings, bits);
    t = System.nanoTime();
    Witness witness = membership.solve(Assignment.builder().set("root", root).set("leaf", leaf)
        .set("siblings", siblings).set("path", bitValues).build());
    boolean circuitOk = membership.r1cs().isSatisfied(witness.values());
    out.printf("   the witness for a leaf of the tree satisfies all constraints: %s (solved in %.0f ms)%n", circuitOk, ms(t));
    boolean forgeryRefused;
    try {
      membership.solve(Assignment.builder().set("root", root).set("leaf", leaf.add(Fr.ONE))
          .set("siblings", siblings).set("path", bitValues).build());
      forgeryRefused = false;
    } catch (UnsatisfiedConstraintException e) {
      forgeryRefused = true;
      out.println("   another leaf is refused: " + e.getMessage());
    }

    out.println();
    out.println("6. A Groth16 proof of that membership (development setup: NOT for production keys)");
    t = System.nanoTime();
    Groth16ProvingKey pk = Groth16Setup.developmentSetup(membership.r1cs(), random);
    out.printf("   keys for a domain of %,d in %.0f ms%n", pk.domainSize(), ms(t));
    t = System.nanoTime();
    Groth16Proof proof = Groth16Prover.prove(pk, witness.values());
    out.printf("   proof in %.0f ms%n", ms(t));
    Groth16Verifier verifier = Groth16Verifier.of(pk.verifyingKey());
    t = System.nanoTime();
    boolean proofOk = verifier.verify(proof, witness.publicInputs());
    boolean otherRootRefused = !verifier.verify(proof, List.of(root.add(Fr.ONE)));
    out.printf("   verifies for the root: %s; for another root: %s (%.1f ms for both)%n", proofOk, !otherRootRefused, ms(t));

    boolean all = ok && !bad && result[31] == 1 && sum.equals(G1Affine.GENERATOR.multiply(expected)) && prodOk
        && circuitOk && forgeryRefused && proofOk && otherRootRefused;
    if (!noBridge) {
      // a second member of another tree, for the proof that travels the other way
      Fr leaf2 = Fr.random(random);
      Fr root2 = MerkleProof.root(leaf2, siblings, bits);
      Witness w2 = membership.solve(Assignment.builder().set("root", root2).set("leaf", leaf2)
          .set("siblings", siblings).set("path", bitValues).build());
      Groth16Proof proof2 = Groth16Prover.prove(pk, w2.values());
      all &= BridgeDemo.run(out, 7, pk.verifyingKey(), proof, witness.publicInputs(), proof2, w2.publicInputs());
    }
    out.println();
    out.println(all ? "All checks passed." : "A CHECK FAILED.");
    return all ? 0 : 1;
  }

  /** Knowledge of a path from a secret leaf to a public root. */
  static final class Membership implements Circuit {
    static final int DEPTH = 20;
    @Public Variable root;
    @Secret Variable leaf;
    @Secret Variable[] siblings = new Variable[DEPTH];
    @Secret Variable[] path = new Variable[DEPTH];

    @Override
    public void define(Api api) {
      MerkleProof.verify(api, root, leaf, siblings, path);
    }
  }

  private static Fr eval(Fr[] coefficients, Fr x) {
    Fr acc = Fr.ZERO;
    for (int i = coefficients.length - 1; i >= 0; i--) {
      acc = acc.multiply(x).add(coefficients[i]);
    }
    return acc;
  }

  private static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static byte[] concat(byte[]... parts) {
    int len = 0;
    for (byte[] part : parts) {
      len += part.length;
    }
    byte[] out = new byte[len];
    int o = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, o, part.length);
      o += part.length;
    }
    return out;
  }

}
