package org.snark4j.bridge.relayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snark4j.bridge.CubicProof;
import org.snark4j.bridge.evm.Anvil;
import org.snark4j.bridge.evm.EvmKey;
import org.snark4j.bridge.evm.EvmLog;
import org.snark4j.bridge.evm.EvmRpc;
import org.snark4j.bridge.evm.Hex;
import org.snark4j.bridge.evm.Keccak;
import org.snark4j.bridge.evm.ProofInbox;
import org.snark4j.bridge.evm.SolidityVerifier;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.SnarkjsFiles;

/**
 * EVM → EVM between two Anvil nodes: proof requests on the source inbox, confirmed N blocks deep, verified here
 * and accepted by the destination inbox once each; an invalid proof and an unknown key in the stream are marked
 * failed with their reasons and the messages after them still arrive; a destination without the verifier yet
 * (UnknownKey) holds its message until the verifier is registered, without holding the others.
 */
class RelayerEvmIT {
  static final BigInteger DEST = BigInteger.valueOf(2);

  static byte[] id(String s) {
    return Keccak.hash256(s.getBytes());
  }

  /** Writes the key and a config for routes between EVM chains; returns the config file. */
  static Path config(Path dir, CubicProof cubic, byte[] keyId, String chains, String routes) throws Exception {
    SnarkjsFiles.write(dir.resolve("vk.json"), SnarkjsFiles.toJson(cubic.vk()));
    Path f = dir.resolve("relayer.yaml");
    Files.writeString(f, "data: data\nkeys:\n  " + Hex.encode(keyId) + ": vk.json\nchains:\n" + chains
        + "routes:\n" + routes);
    return f;
  }

  static String evmChain(String name, Anvil a, String inbox, int confirmations) {
    return "  " + name + ":\n    kind: evm\n    rpc: [" + a.url() + "]\n    inbox: " + inbox + "\n    signer: {key: "
        + Anvil.DEV_KEY_1 + "}\n    confirmations: " + confirmations + "\n    poll-ms: 100\n    stuck-after-s: 20\n";
  }

  static void request(Anvil a, String inbox, byte[] keyId, byte[] messageId, BigInteger dest, Groth16Proof proof,
      List<Fr> inputs) throws Exception {
    JsonNode r = a.send(EvmKey.fromHex(Anvil.DEV_KEY), inbox, ProofInbox.request(keyId, messageId, dest,
        SolidityVerifier.proofBytes(proof), inputs.stream().map(Fr::toBigInteger).toList()), 500_000);
    assertEquals("0x1", r.path("status").asText(), r.toString());
  }

  /** ProofAccepted counts by message id on an inbox. */
  static Map<String, Integer> acceptedCounts(EvmRpc rpc, String inbox) throws Exception {
    Map<String, Integer> out = new HashMap<>();
    for (EvmLog l : rpc.logs(inbox, 0, rpc.blockNumber(), ProofInbox.acceptedTopic())) {
      out.merge(Hex.encode(ProofInbox.accepted(l).messageId()), 1, Integer::sum);
    }
    return out;
  }

  static boolean accepted(EvmRpc rpc, String inbox, byte[] messageId) throws Exception {
    byte[] out = rpc.ethCall(inbox, org.snark4j.bridge.evm.Abi.call("accepted",
        org.snark4j.bridge.evm.Abi.types("bytes32"), List.of(messageId)));
    return out[31] == 1;
  }

  static void waitFor(String what, Duration timeout, java.util.concurrent.Callable<Boolean> done) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (!done.call()) {
      assertTrue(System.nanoTime() < end, "timed out waiting for " + what);
      Thread.sleep(200);
    }
  }

  @Test
  void evmToEvmOnceEachWithBadMessagesInTheStream() throws Exception {
    CubicProof cubic = CubicProof.make();
    byte[] keyId = id("cubic");
    try (Anvil a = new Anvil(); Anvil b = new Anvil()) {
      String inboxA = a.deployInbox(cubic.vk(), null);
      String inboxB = b.deployInbox(cubic.vk(), null); // the verifier comes later: UnknownKey first
      Path dir = Files.createTempDirectory("relayer");
      Path cfg = config(dir, cubic, keyId, evmChain("a", a, inboxA, 2) + evmChain("b", b, inboxB, 0),
          "  - {name: a-to-b, from: a, to: b, destination: 2}\n");
      Groth16Proof tampered = new Groth16Proof(cubic.proof().a().add(G1Affine.GENERATOR), cubic.proof().b(),
          cubic.proof().c());
      List<byte[]> good = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        byte[] m = id("message " + i);
        good.add(m);
        request(a, inboxA, keyId, m, DEST, cubic.proof(), cubic.publicInputs());
        if (i == 2) {
          request(a, inboxA, keyId, id("bad proof"), DEST, tampered, cubic.publicInputs());
          request(a, inboxA, id("unknown key"), id("bad key"), DEST, cubic.proof(), cubic.publicInputs());
          request(a, inboxA, keyId, id("another route"), BigInteger.valueOf(99), cubic.proof(),
              cubic.publicInputs());
        }
      }
      RelayerConfig config = RelayerConfig.read(cfg, Map.of());
      try (Relayer relayer = new Relayer(config)) {
        relayer.start();
        // nothing is read until two blocks more are mined
        Thread.sleep(1500);
        a.rpc.call("anvil_mine", "0x2");
        // the destination has no verifier yet: the messages wait; then it is registered
        waitFor("attempts against UnknownKey", Duration.ofSeconds(60), () -> Relayer.status(config)
            .contains("UnknownKey"));
        registerVerifier(b, inboxB, cubic, keyId);
        waitFor("six deliveries", Duration.ofSeconds(120), () -> {
          for (byte[] m : good) {
            if (!accepted(b.rpc, inboxB, m)) {
              return false;
            }
          }
          return true;
        });
        String status = Relayer.status(config);
        assertTrue(status.contains("failed " + Hex.encode(id("bad proof")) + ": the proof does not verify"), status);
        assertTrue(status.contains("failed " + Hex.encode(id("bad key")) + ": no verifying key"), status);
        assertTrue(!status.contains(Hex.encode(id("another route"))), status);
      }
      Map<String, Integer> counts = acceptedCounts(b.rpc, inboxB);
      assertEquals(6, counts.size(), counts.toString());
      counts.values().forEach(c -> assertEquals(1, c));
    }
  }

  /** Deploys a verifier of the key on an Anvil and registers it in the inbox under keyId. */
  static void registerVerifier(Anvil b, String inbox, CubicProof cubic, byte[] keyId) throws Exception {
    JsonNode v = b.compile(Files.createTempDirectory("v"), "Verifier.sol",
        SolidityVerifier.source(cubic.vk(), "Verifier"));
    String verifier = b.send(EvmKey.fromHex(Anvil.DEV_KEY), null,
        Hex.decode(v.path("Verifier").path("bytecode").asText()), 3_000_000).path("contractAddress").asText();
    b.send(EvmKey.fromHex(Anvil.DEV_KEY), inbox, ProofInbox.registerVerifier(keyId, verifier), 200_000);
  }

  static String get(String url) throws Exception {
    java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    return r.statusCode() + " " + r.body();
  }

  /**
   * A transaction stuck in the destination's pool is replaced with higher fees at the same nonce; a route whose
   * signer holds nothing pauses and says so (log, health, metrics) while the other route goes on, and resumes once
   * funded.
   */
  @Test
  void stuckTransactionReplacedAndAPoorRoutePausesAlone() throws Exception {
    CubicProof cubic = CubicProof.make();
    byte[] keyId = id("cubic");
    String poorKey = "0x" + "11".repeat(32);
    try (Anvil a = new Anvil(); Anvil b = new Anvil()) {
      String inboxA = a.deployInbox(cubic.vk(), null);
      String inboxB = b.deployInbox(cubic.vk(), keyId);
      Path dir = Files.createTempDirectory("relayer");
      String poor = evmChain("b-poor", b, inboxB, 0).replace(Anvil.DEV_KEY_1, poorKey);
      Path cfg = config(dir, cubic, keyId, evmChain("a", a, inboxA, 0) + evmChain("b", b, inboxB, 0)
          .replace("stuck-after-s: 20", "stuck-after-s: 3") + poor,
          "  - {name: a-to-b, from: a, to: b, destination: 2}\n  - {name: a-to-poor, from: a, to: b-poor, "
          + "destination: 3}\n");
      Files.writeString(cfg, Files.readString(cfg).replace("data: data\n", "data: data\nmetrics: 127.0.0.1:0\n"));
      b.rpc.call("evm_setAutomine", false);
      request(a, inboxA, keyId, id("stuck"), DEST, cubic.proof(), cubic.publicInputs());
      request(a, inboxA, keyId, id("poor"), BigInteger.valueOf(3), cubic.proof(), cubic.publicInputs());
      RelayerConfig config = RelayerConfig.read(cfg, Map.of());
      try (Relayer relayer = new Relayer(config)) {
        relayer.start();
        String metrics = "http://127.0.0.1:" + relayer.metricsPort();
        waitFor("the poor route paused", Duration.ofSeconds(60), () -> get(metrics + "/metrics")
            .contains("snark4j_relayer_paused{route=\"a-to-poor\"} 1"));
        String health = get(metrics + "/health");
        assertTrue(health.startsWith("200 ") && health.contains("holds 0 wei"), health);
        // the stuck transaction: first signed, then replaced after 3 s with higher fees at the same nonce
        waitFor("a first transaction", Duration.ofSeconds(30), () -> relayer.message("a-to-b", Hex.encode(id("stuck")))
            .txHash() != null);
        Store.Message first = relayer.message("a-to-b", Hex.encode(id("stuck")));
        waitFor("a replacement", Duration.ofSeconds(30), () -> !relayer.message("a-to-b", Hex.encode(id("stuck")))
            .txHash().equals(first.txHash()));
        b.rpc.call("evm_setAutomine", true);
        b.rpc.call("evm_mine");
        waitFor("the stuck message delivered", Duration.ofSeconds(60), () -> accepted(b.rpc, inboxB, id("stuck")));
        Store.Message done = relayer.message("a-to-b", Hex.encode(id("stuck")));
        assertEquals(first.nonce(), done.nonce());
        JsonNode mined = b.rpc.call("eth_getTransactionByHash", done.txHash());
        JsonNode original = EvmRpc.json().createObjectNode().put("maxFeePerGas",
            "0x" + EvmChain.fees(first.tx())[1].toString(16));
        assertTrue(Long.decode(mined.path("maxFeePerGas").asText()) > Long.decode(original.path("maxFeePerGas")
            .asText()), mined.toString());
        // funds arrive: the poor route resumes
        String poorAddress = EvmKey.fromHex(poorKey).address();
        b.rpc.call("anvil_setBalance", poorAddress, "0x56bc75e2d63100000");
        waitFor("the poor route's message delivered", Duration.ofSeconds(60), () -> accepted(b.rpc, inboxB, id("poor")));
        String m = get(metrics + "/metrics");
        assertTrue(m.contains("snark4j_relayer_messages{route=\"a-to-b\",status=\"included\"} 1"), m);
        assertTrue(m.contains("snark4j_relayer_signer_balance{chain=\"b\"}"), m);
      }
      Map<String, Integer> counts = acceptedCounts(b.rpc, inboxB);
      assertEquals(Map.of(Hex.encode(id("stuck")), 1, Hex.encode(id("poor")), 1), counts);
    }
  }
}
