package org.snark4j.bridge.relayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snark4j.bridge.CubicProof;
import org.snark4j.bridge.evm.Anvil;
import org.snark4j.bridge.evm.Hex;
import org.snark4j.bridge.substrate.Ed25519Key;
import org.snark4j.bridge.substrate.LocalChain;
import org.snark4j.bridge.substrate.Metadata;
import org.snark4j.bridge.substrate.SubstrateRpc;

/**
 * Faults: every RPC endpoint behind a proxy that delays, drops and answers 503 at random (a quarter of the calls),
 * and a dead endpoint listed first (failover); 20 messages EVM → Substrate still arrive once each on the chain.
 * And a reorg on Anvil inside the confirmation depth: the orphaned request is never carried, the same request
 * mined again is carried once.
 */
class RelayerFaultsIT {
  static int deadPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void faultyEndpointsStillDeliverOnce() throws Exception {
    String why = LocalChain.unavailable(RelayerSubstrateIT.substrate(), RelayerSubstrateIT.modules());
    assumeTrue(why == null, () -> why + ": skipped");
    int n = 20;
    List<CubicProof> proofs = CubicProof.many(1000, n);
    byte[] keyId = RelayerEvmIT.id("cubic");
    try (Anvil a = new Anvil(); LocalChain chain = LocalChain.start(RelayerSubstrateIT.substrate(),
        RelayerSubstrateIT.modules()); SubstrateRpc rpc = new SubstrateRpc(chain.http());
        FaultProxy evmProxy = new FaultProxy(a.url(), 1, 0.25);
        FaultProxy zkvProxy = new FaultProxy(chain.http(), 2, 0.25)) {
      String inbox = a.deployInbox(proofs.get(0).vk(), keyId);
      for (int i = 0; i < n; i++) {
        RelayerEvmIT.request(a, inbox, keyId, RelayerEvmIT.id("fault " + i), BigInteger.valueOf(5),
            proofs.get(i).proof(), proofs.get(i).publicInputs());
      }
      a.rpc.call("anvil_mine", "0x1");
      Path dir = Files.createTempDirectory("relayer-faults");
      String dead = "http://127.0.0.1:" + deadPort();
      String evm = "  evm:\n    kind: evm\n    rpc: [" + dead + ", " + evmProxy.url() + "]\n    inbox: " + inbox
          + "\n    signer: {key: " + Anvil.DEV_KEY_1 + "}\n    confirmations: 1\n    poll-ms: 100\n    timeout-s: 3\n";
      String zkv = "  zkv:\n    kind: substrate\n    rpc: [" + dead + ", " + zkvProxy.url() + "]\n"
          + "    signer: {seed: //Bob}\n    poll-ms: 200\n    stuck-after-s: 15\n    timeout-s: 3\n";
      Path cfg = RelayerEvmIT.config(dir, proofs.get(0), keyId, evm + zkv,
          "  - {name: evm-to-zkv, from: evm, to: zkv, destination: 5}\n");
      RelayerConfig config = RelayerConfig.read(cfg, Map.of());
      Metadata m = rpc.metadata();
      byte[] bob = Ed25519Key.dev("//Bob").accountId();
      Map<String, Integer> delivered = new HashMap<>();
      try (Relayer relayer = new Relayer(config)) {
        relayer.start();
        RelayerEvmIT.waitFor("20 deliveries through faults", Duration.ofMinutes(8),
            () -> relayer.delivered("evm-to-zkv").size() == n);
        Thread.sleep(3000);
      }
      long best = rpc.number(rpc.bestBlockHash());
      for (long b = 1; b <= best; b++) {
        RelayerCrashIT.count(rpc, m, bob, b, delivered);
      }
      assertEquals(n, delivered.size(), delivered.toString());
      delivered.values().forEach(c -> assertEquals(1, c));
      assertTrue(evmProxy.faults.get() > 5 && zkvProxy.faults.get() > 5, "faults injected: "
          + evmProxy.faults.get() + ", " + zkvProxy.faults.get());
    }
  }

  @Test
  void reorgInsideTheConfirmationDepth() throws Exception {
    CubicProof cubic = CubicProof.make();
    byte[] keyId = RelayerEvmIT.id("cubic");
    try (Anvil a = new Anvil(); Anvil b = new Anvil()) {
      String inboxA = a.deployInbox(cubic.vk(), null);
      String inboxB = b.deployInbox(cubic.vk(), keyId);
      Path dir = Files.createTempDirectory("relayer-reorg");
      Path cfg = RelayerEvmIT.config(dir, cubic, keyId, RelayerEvmIT.evmChain("a", a, inboxA, 3)
          + RelayerEvmIT.evmChain("b", b, inboxB, 0), "  - {name: a-to-b, from: a, to: b, destination: 2}\n");
      RelayerConfig config = RelayerConfig.read(cfg, Map.of());
      try (Relayer relayer = new Relayer(config)) {
        relayer.start();
        // a request, then a reorg of depth 2 (the block holding it replaced by empty ones) before 3 confirmations
        String snapshot = a.rpc.call("evm_snapshot").asText();
        RelayerEvmIT.request(a, inboxA, keyId, RelayerEvmIT.id("orphan"), BigInteger.TWO, cubic.proof(),
            cubic.publicInputs());
        a.rpc.call("anvil_mine", "0x1");
        Thread.sleep(1000); // the relayer polls meanwhile: two blocks deep is not enough
        a.rpc.call("evm_revert", snapshot);
        a.rpc.call("anvil_mine", "0x5");
        // then another request, mined for good
        RelayerEvmIT.request(a, inboxA, keyId, RelayerEvmIT.id("kept"), BigInteger.TWO, cubic.proof(),
            cubic.publicInputs());
        a.rpc.call("anvil_mine", "0x4");
        RelayerEvmIT.waitFor("the kept request delivered", Duration.ofSeconds(60),
            () -> RelayerEvmIT.accepted(b.rpc, inboxB, RelayerEvmIT.id("kept")));
        Thread.sleep(2000);
        assertTrue(!RelayerEvmIT.accepted(b.rpc, inboxB, RelayerEvmIT.id("orphan")), "the orphaned request was "
            + "carried");
        assertEquals(List.of(Hex.encode(RelayerEvmIT.id("kept"))), relayer.delivered("a-to-b"));
      }
    }
  }

  /**
   * A reorg deeper than the confirmations (0 here): the block the cursor stands on is replaced; the relayer notices
   * the changed hash, goes back, drops the unsent request of the lost block, and carries the one of the new chain.
   */
  @Test
  void reorgBeyondTheConfirmationsRewinds() throws Exception {
    CubicProof cubic = CubicProof.make();
    byte[] keyId = RelayerEvmIT.id("cubic");
    try (Anvil a = new Anvil(); Anvil b = new Anvil()) {
      String inboxA = a.deployInbox(cubic.vk(), null);
      String inboxB = b.deployInbox(cubic.vk(), null); // no verifier yet: what is read waits unsent
      Path dir = Files.createTempDirectory("relayer-deep-reorg");
      Path cfg = RelayerEvmIT.config(dir, cubic, keyId, RelayerEvmIT.evmChain("a", a, inboxA, 0)
          + RelayerEvmIT.evmChain("b", b, inboxB, 0), "  - {name: a-to-b, from: a, to: b, destination: 2}\n");
      RelayerConfig config = RelayerConfig.read(cfg, Map.of());
      try (Relayer relayer = new Relayer(config)) {
        String snapshot = a.rpc.call("evm_snapshot").asText();
        relayer.start();
        RelayerEvmIT.request(a, inboxA, keyId, RelayerEvmIT.id("lost"), BigInteger.TWO, cubic.proof(),
            cubic.publicInputs());
        RelayerEvmIT.waitFor("the lost request read", Duration.ofSeconds(30),
            () -> relayer.message("a-to-b", Hex.encode(RelayerEvmIT.id("lost"))) != null);
        a.rpc.call("evm_revert", snapshot);
        RelayerEvmIT.request(a, inboxA, keyId, RelayerEvmIT.id("new"), BigInteger.TWO, cubic.proof(),
            cubic.publicInputs());
        a.rpc.call("anvil_mine", "0x3");
        RelayerEvmIT.waitFor("the lost request dropped", Duration.ofSeconds(30),
            () -> relayer.message("a-to-b", Hex.encode(RelayerEvmIT.id("lost"))) == null
                && relayer.message("a-to-b", Hex.encode(RelayerEvmIT.id("new"))) != null);
        // the verifier arrives: only the request of the chain as it is now is carried
        RelayerEvmIT.registerVerifier(b, inboxB, cubic, keyId);
        RelayerEvmIT.waitFor("the new request delivered", Duration.ofSeconds(60),
            () -> RelayerEvmIT.accepted(b.rpc, inboxB, RelayerEvmIT.id("new")));
        Thread.sleep(2000);
        assertTrue(!RelayerEvmIT.accepted(b.rpc, inboxB, RelayerEvmIT.id("lost")));
        assertEquals(List.of(Hex.encode(RelayerEvmIT.id("new"))), relayer.delivered("a-to-b"));
      }
    }
  }
}
