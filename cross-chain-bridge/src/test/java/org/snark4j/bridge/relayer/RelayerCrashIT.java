package org.snark4j.bridge.relayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.snark4j.bridge.CubicProof;
import org.snark4j.bridge.evm.Anvil;
import org.snark4j.bridge.evm.Hex;
import org.snark4j.bridge.substrate.Ed25519Key;
import org.snark4j.bridge.substrate.Extrinsic;
import org.snark4j.bridge.substrate.LocalChain;
import org.snark4j.bridge.substrate.Metadata;
import org.snark4j.bridge.substrate.SubstrateGroth16;
import org.snark4j.bridge.substrate.SubstrateRpc;

/**
 * Crashes: 100 proof requests (each its own statement) stream into the EVM inbox while the relayer process, carrying
 * them to the zkVerify runtime, is killed with SIGKILL at random moments 20 times and restarted. Afterwards the
 * Substrate chain holds exactly one submit_proof of the relayer's signer per statement: none lost, none twice. (The
 * Substrate side is the hard one: its pallet keeps no message ids, so this rests on the relayer's nonce discipline;
 * the EVM inbox refuses a second delivery by itself.)
 */
class RelayerCrashIT {
  static Process relayer(Path config, Path log) throws Exception {
    String cp = System.getProperty("jdk.module.path", "") + File.pathSeparator + System.getProperty("java.class.path");
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
        RelayerMain.class.getName(), config.toString()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
  }

  @Test
  void killedTwentyTimesDeliversEachOfAHundredOnce() throws Exception {
    String why = LocalChain.unavailable(RelayerSubstrateIT.substrate(), RelayerSubstrateIT.modules());
    assumeTrue(why == null, () -> why + ": skipped");
    int n = 100;
    List<CubicProof> proofs = CubicProof.many(10, n);
    byte[] keyId = RelayerEvmIT.id("cubic");
    Random rnd = new Random(2026);
    try (Anvil a = new Anvil(); LocalChain chain = LocalChain.start(RelayerSubstrateIT.substrate(),
        RelayerSubstrateIT.modules()); SubstrateRpc rpc = new SubstrateRpc(chain.http())) {
      String inbox = a.deployInbox(proofs.get(0).vk(), keyId);
      Path dir = Files.createTempDirectory("relayer-crash");
      String zkv = "  zkv:\n    kind: substrate\n    rpc: [" + chain.http() + "]\n    signer: {seed: //Bob}\n"
          + "    poll-ms: 200\n    stuck-after-s: 20\n";
      Path cfg = RelayerEvmIT.config(dir, proofs.get(0), keyId, RelayerEvmIT.evmChain("evm", a, inbox, 1) + zkv,
          "  - {name: evm-to-zkv, from: evm, to: zkv, destination: 5}\n");
      Path log = dir.resolve("relayer.log");

      Thread requests = new Thread(() -> {
        try {
          for (int i = 0; i < n; i++) {
            RelayerEvmIT.request(a, inbox, keyId, RelayerEvmIT.id("crash " + i), BigInteger.valueOf(5),
                proofs.get(i).proof(), proofs.get(i).publicInputs());
            Thread.sleep(rnd.nextInt(300));
          }
          a.rpc.call("anvil_mine", "0x1");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      requests.start();
      for (int kill = 0; kill < 20; kill++) {
        Process p = relayer(cfg, log);
        int started = kill + 1;
        RelayerEvmIT.waitFor("relayer start " + started, java.time.Duration.ofSeconds(60), () -> starts(log)
            >= started);
        Thread.sleep(rnd.nextInt(4000)); // a random moment of its work
        p.destroyForcibly(); // SIGKILL
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      }
      requests.join();
      Process last = relayer(cfg, log);
      Metadata m = rpc.metadata();
      byte[] bob = Ed25519Key.dev("//Bob").accountId();
      Map<String, Integer> delivered = new HashMap<>();
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      long scanned = 0;
      while (delivered.values().stream().mapToInt(Integer::intValue).sum() < n) {
        assertTrue(System.nanoTime() < deadline && last.isAlive(), "not all delivered: " + delivered.size()
            + "\n" + tail(log));
        long best = rpc.number(rpc.bestBlockHash());
        for (; scanned < best; scanned++) {
          count(rpc, m, bob, scanned + 1, delivered);
        }
        Thread.sleep(500);
      }
      Thread.sleep(5000); // a duplicate would come now
      long best = rpc.number(rpc.bestBlockHash());
      for (; scanned < best; scanned++) {
        count(rpc, m, bob, scanned + 1, delivered);
      }
      last.destroy(); // SIGTERM: a graceful stop
      assertTrue(last.waitFor(30, TimeUnit.SECONDS));
      assertTrue(tail(log).contains("INFO stopped"), "no graceful stop:\n" + tail(log));
      assertEquals(n, delivered.size(), "statements delivered");
      for (Map.Entry<String, Integer> e : delivered.entrySet()) {
        assertEquals(1, e.getValue(), "statement " + e.getKey() + " delivered " + e.getValue() + " times");
      }
      List<String> expected = new ArrayList<>();
      proofs.forEach(p -> expected.add(p.publicInputs().get(0).toString()));
      assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(delivered.keySet()));
      assertEquals(21, starts(log), "relayer starts");
    }
  }

  /** Counts the relayer signer's submit_proof extrinsics of one block by their public input. */
  static void count(SubstrateRpc rpc, Metadata m, byte[] signer, long block, Map<String, Integer> out)
      throws Exception {
    for (JsonNode x : rpc.block(rpc.blockHash(block)).path("block").path("extrinsics")) {
      Extrinsic.Decoded d = Extrinsic.decode(m, Hex.decode(x.asText()));
      if (d.signer() == null || !Arrays.equals(d.signer(), signer) || !d.call().name().equals("submit_proof")) {
        continue;
      }
      Object pubs = ((Map<?, ?>) d.call().fields()).get("pubs");
      Object first = ((List<?>) pubs).get(0);
      while (first instanceof List<?> l && l.size() == 1) {
        first = l.get(0);
      }
      String y = SubstrateGroth16.scalarFrom((byte[]) first).toBigInteger().toString();
      out.merge(y, 1, Integer::sum);
    }
  }

  static long starts(Path log) throws Exception {
    return Files.readAllLines(log).stream().filter(l -> l.contains("route evm-to-zkv: evm -> zkv started")).count();
  }

  static String tail(Path log) throws Exception {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

}
