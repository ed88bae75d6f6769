package org.snark4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.snark4j.bridge.evm.Abi;
import org.snark4j.bridge.evm.EvmKey;
import org.snark4j.bridge.evm.Hex;
import org.snark4j.bridge.evm.Keccak;
import org.snark4j.bridge.evm.LocalAnvil;
import org.snark4j.bridge.evm.ProofInbox;
import org.snark4j.bridge.evm.SolidityVerifier;
import org.snark4j.bridge.relayer.Relayer;
import org.snark4j.bridge.relayer.RelayerConfig;
import org.snark4j.bridge.relayer.Store;
import org.snark4j.bridge.substrate.Ed25519Key;
import org.snark4j.bridge.substrate.Extrinsic;
import org.snark4j.bridge.substrate.LocalChain;
import org.snark4j.bridge.substrate.Metadata;
import org.snark4j.bridge.substrate.SubstrateGroth16;
import org.snark4j.bridge.substrate.SubstrateRpc;
import org.snark4j.core.bn254.Fr;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16VerifyingKey;
import org.snark4j.verifier.SnarkjsFiles;

/**
 * The bridge half of the demo: a local Anvil and the real zkVerify runtime (chopsticks, from ../shared/substrate),
 * a ProofInbox with a verifier of the membership key, the relayer between them, and two proofs carried: one
 * requested on the EVM chain and accepted by the Substrate runtime, one accepted by the runtime and then by the EVM
 * contract.
 */
final class BridgeDemo {
  private BridgeDemo() {}

  /**
   * Where the repository is: SNARK4J_HOME (the launcher sets it), else the folder above the tests' interop
   * directory, else the working folder.
   */
  static Path home() {
    String h = System.getenv("SNARK4J_HOME");
    if (h == null && System.getProperty("snark4j.interop.dir") != null) {
      return Path.of(System.getProperty("snark4j.interop.dir")).toAbsolutePath().normalize().getParent();
    }
    return Path.of(h == null ? "." : h).toAbsolutePath().normalize();
  }

  /** Runs the steps from {@code first}; true when every check passed (or the bridge was skipped, saying why). */
  static boolean run(PrintStream out, int first, Groth16VerifyingKey vk, Groth16Proof proofA, List<Fr> inputsA,
      Groth16Proof proofB, List<Fr> inputsB) throws Exception {
    Path interop = home().resolve("interop");
    Path substrate = home().resolve("../shared/substrate").normalize();
    out.println();
    out.println(first + ". The bridge: a local Anvil (EVM) and zkVerify's runtime (Substrate, run by chopsticks)");
    if (!Files.isDirectory(interop.resolve("node_modules"))) {
      out.println("   installing the reference tools in interop/ (npm ci, about 90 s, once)");
      Process p = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(interop.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
        out.println("   npm ci failed in " + interop + ": the bridge steps are skipped");
        return false;
      }
    }
    String why = LocalAnvil.unavailable(interop);
    if (why == null) {
      why = LocalChain.unavailable(substrate, interop.resolve("node_modules"));
    }
    if (why != null) {
      out.println("   skipped: " + why);
      return true;
    }
    long t = System.nanoTime();
    Path work = Files.createTempDirectory("snark4j-demo");
    try (LocalAnvil anvil = LocalAnvil.start(interop);
        LocalChain chain = LocalChain.start(substrate, interop.resolve("node_modules"));
        SubstrateRpc zkv = new SubstrateRpc(chain.ws())) {
      out.printf("   Anvil at %s, the Substrate chain at %s (%.1f s)%n", anvil.url(), chain.ws(), s(t));

      out.println();
      out.println((first + 1) + ". On the EVM chain: a ProofInbox and a Solidity verifier of the membership key");
      byte[] keyId = Keccak.hash256("snark4j demo: Merkle membership".getBytes());
      String inbox = anvil.deployInbox(vk, keyId);
      out.println("   inbox " + inbox + ", key id " + Hex.encode(keyId));

      out.println();
      out.println((first + 2) + ". The relayer, both ways: evm -> zkv and zkv -> evm (its state in SQLite)");
      SnarkjsFiles.write(work.resolve("vk.json"), SnarkjsFiles.toJson(vk));
      Path config = work.resolve("relayer.yaml");
      Files.writeString(config, """
          data: data
          keys:
            %s: vk.json
          chains:
            evm:
              kind: evm
              rpc: [%s]
              inbox: %s
              signer: {key: %s}
              confirmations: 1
              poll-ms: 200
            zkv:
              kind: substrate
              rpc: [%s]
              signer: {seed: //Bob}
              poll-ms: 200
          routes:
            - {name: evm-to-zkv, from: evm, to: zkv, destination: 1}
            - {name: zkv-to-evm, from: zkv, to: evm}
          """.formatted(Hex.encode(keyId), anvil.url(), inbox, LocalAnvil.DEV_KEY_1, chain.ws()));
      out.println("   config " + config + " (docs/relayer.md explains each field)");
      Relayer.quietLogs(true);
      try (Relayer relayer = new Relayer(RelayerConfig.read(config, Map.of()))) {
        relayer.start();

        out.println();
        out.println((first + 3) + ". EVM -> Substrate: the proof of step 6 requested on the EVM chain");
        byte[] requestId = Keccak.hash256(("demo request " + System.nanoTime()).getBytes());
        EvmKey user = EvmKey.fromHex(LocalAnvil.DEV_KEY);
        anvil.send(user, inbox, ProofInbox.request(keyId, requestId, BigInteger.ONE,
            SolidityVerifier.proofBytes(proofA), inputsA.stream().map(Fr::toBigInteger).toList()), 500_000);
        anvil.rpc().call("anvil_mine", "0x1");
        out.println("   ProofRequested " + Hex.encode(requestId) + " in the inbox; one confirmation mined");
        t = System.nanoTime();
        Store.Message m1 = await(relayer, "evm-to-zkv", Hex.encode(requestId));
        boolean up = m1 != null && m1.status() == Store.Status.INCLUDED && m1.destBlock().contains("Poe.NewElement");
        out.printf("   the relayer verified it, then the runtime did: %s (%.1f s)%n",
            m1 == null ? "not delivered" : m1.destBlock(), s(t));
        out.println("   statement hash on Substrate: " + Hex.encode(SubstrateGroth16.statementHash(vk, inputsA)));

        out.println();
        out.println((first + 4) + ". Substrate -> EVM: another membership proof submitted to the runtime by //Alice");
        Metadata meta = zkv.metadata();
        Ed25519Key alice = Ed25519Key.dev("//Alice");
        long[] version = zkv.runtimeVersion();
        byte[] xt = Extrinsic.signed(meta, alice, SubstrateGroth16.submitProofCall(meta, vk, null, proofB, inputsB),
            Extrinsic.Params.immortal(zkv.nextIndex(alice.accountId()), version[0], version[1], zkv.blockHash(0)));
        SubstrateRpc.Inclusion in = zkv.submitAndWait(meta, xt, true, Duration.ofSeconds(60));
        out.println("   block #" + in.blockNumber() + ": " + in.eventNames().stream()
            .filter(e -> e.startsWith("Poe.") || e.startsWith("System.Extrinsic")).toList());
        byte[] messageId = Keccak.hash256(new org.snark4j.bridge.substrate.ScaleWriter().raw(zkv.blockHash(0))
            .u64(in.blockNumber()).u32(in.index()).toByteArray());
        t = System.nanoTime();
        Store.Message m2 = await(relayer, "zkv-to-evm", Hex.encode(messageId));
        byte[] accepted = anvil.rpc().ethCall(inbox, Abi.call("accepted", Abi.types("bytes32"), List.of(messageId)));
        boolean down = m2 != null && m2.status() == Store.Status.INCLUDED && accepted[31] == 1;
        out.printf("   the relayer carried it to the inbox: %s; accepted(%s…) = %s (%.1f s)%n",
            m2 == null ? "not delivered" : m2.destBlock(), Hex.encode(messageId).substring(0, 12), accepted[31] == 1,
            s(t));
        return up && down && in.success();
      }
    } finally {
      Relayer.quietLogs(false);
      try (Stream<Path> files = Files.walk(work)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      } catch (IOException e) {
        // a temporary folder left behind
      }
    }
  }

  /** Waits (up to 2 minutes) until the relayer holds the message as delivered or failed. */
  private static Store.Message await(Relayer relayer, String route, String id) throws Exception {
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < end) {
      Store.Message m = relayer.message(route, id);
      if (m != null && (m.status() == Store.Status.INCLUDED || m.status() == Store.Status.FAILED)) {
        return m;
      }
      Thread.sleep(200);
    }
    return relayer.message(route, id);
  }

  private static double s(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
