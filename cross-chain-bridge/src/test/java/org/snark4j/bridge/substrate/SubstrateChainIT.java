package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snark4j.bridge.evm.EvmRpcException;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * The real zkVerify runtime of ../shared/substrate run by chopsticks (pinned in interop/), driven by our
 * extrinsics signed with ed25519 //Alice: a remark with its event, several extrinsics in a row (nonces), a bad
 * signature refused (1010), a snark4j Groth16 key registered (the hash we compute) and a proof verified by the
 * runtime (poe.NewElement), a tampered one refused (VerifyError). Skipped, saying why, when the shared folder or
 * interop/ is absent.
 */
class SubstrateChainIT {
  static Process chain;
  static Path run;
  static int port;
  static Path script;
  static SubstrateRpc rpc;
  static Metadata m;
  static Ed25519Key alice;
  static long[] version;
  static byte[] genesis;

  @BeforeAll
  static void start() throws Exception {
    Path shared = Path.of(System.getProperty("snark4j.shared.dir", "../../shared")).toAbsolutePath().normalize();
    script = shared.resolve("substrate/run-chain.sh");
    Path modules = Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize()
        .resolve("node_modules");
    assumeTrue(Files.isRegularFile(script), "the shared Substrate folder is absent (" + script + "): skipped");
    assumeTrue(Files.isDirectory(modules.resolve("@acala-network/chopsticks")),
        "chopsticks is missing under " + modules + ": run `npm ci` in interop/ (.ci/test does)");
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run = Files.createTempDirectory("chain");
    ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "start").redirectErrorStream(true);
    pb.environment().put("PORT", String.valueOf(port));
    pb.environment().put("RUN_DIR", run.toString());
    pb.environment().put("NODE_MODULES_DIR", modules.toString());
    chain = pb.start();
    String out = new String(chain.getInputStream().readAllBytes());
    assertTrue(chain.waitFor(120, TimeUnit.SECONDS), "the chain did not start");
    assertEquals(0, chain.exitValue(), out);
    rpc = new SubstrateRpc("http://127.0.0.1:" + port);
    m = rpc.metadata();
    version = rpc.runtimeVersion();
    genesis = rpc.blockHash(0);
    alice = Ed25519Key.dev("//Alice");
  }

  @AfterAll
  static void stop() throws Exception {
    if (run != null) {
      ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "stop").redirectErrorStream(true);
      pb.environment().put("PORT", String.valueOf(port));
      pb.environment().put("RUN_DIR", run.toString());
      Process p = pb.start();
      p.getInputStream().readAllBytes();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Signs and submits a call; returns the events of the block it landed in. */
  static List<Map<String, Object>> submit(byte[] call) throws Exception {
    long nonce = rpc.nextIndex(alice.publicKey());
    byte[] xt = Extrinsic.signed(m, alice, call, Extrinsic.Params.immortal(nonce, version[0], version[1], genesis));
    long before = number(rpc.bestBlockHash());
    rpc.submit(xt);
    // Instant mode makes a block for the extrinsic, a moment later: wait for it
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    byte[] best = rpc.bestBlockHash();
    while (number(best) <= before) {
      assertTrue(System.nanoTime() < deadline, "no new block after the extrinsic");
      Thread.sleep(100);
      best = rpc.bestBlockHash();
    }
    return rpc.events(m, best);
  }

  static long number(byte[] hash) throws Exception {
    return Long.decode(rpc.header(hash).path("number").asText());
  }

  @Test
  void remarksInARowWithTheirEventsAndABadSignatureRefused() throws Exception {
    long before = rpc.nextIndex(alice.publicKey());
    for (int i = 0; i < 3; i++) {
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("remark", ("snark4j " + i).getBytes());
      List<String> names = SubstrateRpc.eventNames(submit(ScaleValue.call(m, "System", "remark_with_event", args)));
      assertTrue(names.contains("System.Remarked"), names.toString());
      assertTrue(names.contains("System.ExtrinsicSuccess"), names.toString());
    }
    assertEquals(before + 3, rpc.nextIndex(alice.publicKey()));
    // the signature over another payload: refused by the pool with 1010
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("remark", new byte[] {1});
    byte[] call = ScaleValue.call(m, "System", "remark", args);
    byte[] xt = Extrinsic.signed(m, alice, call, Extrinsic.Params.immortal(rpc.nextIndex(alice.publicKey()),
        version[0], version[1], genesis));
    byte[] bad = xt.clone();
    int sigAt = 2 + 1 + 1 + 32 + 1; // compact length (2 bytes here), 0x84, address, signature type
    bad[sigAt + 5] ^= 1;
    EvmRpcException e = assertThrows(EvmRpcException.class, () -> rpc.submit(bad));
    assertTrue(e.getMessage().contains("badProof"), e.getMessage()); // a node says 1010; chopsticks code 0
  }

  @Test
  void aSnark4jProofIsVerifiedByTheRuntime() throws Exception {
    org.snark4j.bridge.CubicProof cubic = org.snark4j.bridge.CubicProof.make();
    Groth16Proof proof = cubic.proof();
    Groth16VerifyingKey vk = cubic.vk();

    // register_vk: the runtime reports the hash we compute
    Map<String, Object> reg = new LinkedHashMap<>();
    reg.put("vk", vkValue(vk));
    List<Map<String, Object>> events = submit(ScaleValue.call(m, "SettlementGroth16Pallet", "register_vk", reg));
    assertTrue(SubstrateRpc.eventNames(events).contains("SettlementGroth16Pallet.VkRegistered"),
        SubstrateRpc.eventNames(events).toString());
    byte[] hash = findHash(events, "VkRegistered");
    assertArrayEquals(SubstrateGroth16.vkHash(vk), hash);

    // submit_proof with the key inline: poe.NewElement; a tampered proof: ExtrinsicFailed
    events = submit(submitProof(vk, proof, cubic.publicInputs()));
    List<String> names = SubstrateRpc.eventNames(events);
    assertTrue(names.contains("Poe.NewElement"), names.toString());
    Groth16Proof tampered = new Groth16Proof(proof.a().add(G1Affine.GENERATOR), proof.b(), proof.c());
    names = SubstrateRpc.eventNames(submit(submitProof(vk, tampered, cubic.publicInputs())));
    assertTrue(names.contains("System.ExtrinsicFailed") && !names.contains("Poe.NewElement"), names.toString());
  }

  static Object vkValue(Groth16VerifyingKey vk) {
    return List.of(ScaleValue.Variant.of("Bn254"), SubstrateGroth16.g1(vk.alpha()), SubstrateGroth16.g2(vk.beta()),
        SubstrateGroth16.g2(vk.gamma()), SubstrateGroth16.g2(vk.delta()),
        vk.ic().stream().map(SubstrateGroth16::g1).toList());
  }

  static byte[] submitProof(Groth16VerifyingKey vk, Groth16Proof proof, List<Fr> pubs) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("vk_or_hash", ScaleValue.Variant.of("Vk", vkValue(vk)));
    args.put("proof", List.of(ScaleValue.Variant.of("Bn254"), List.of(SubstrateGroth16.g1(proof.a()),
        SubstrateGroth16.g2(proof.b()), SubstrateGroth16.g1(proof.c()))));
    args.put("pubs", pubs.stream().map(SubstrateGroth16::scalar).toList());
    return ScaleValue.call(m, "SettlementGroth16Pallet", "submit_proof", args);
  }

  @SuppressWarnings("unchecked")
  static byte[] findHash(List<Map<String, Object>> events, String name) {
    for (Map<String, Object> e : events) {
      ScaleValue.Variant pallet = (ScaleValue.Variant) e.get("event");
      ScaleValue.Variant ev = (ScaleValue.Variant) ((List<Object>) pallet.fields()).get(0);
      if (ev.name().equals(name)) {
        Object f = ev.fields() instanceof Map<?, ?> mm ? mm.values().iterator().next() : ((List<?>) ev.fields()).get(0);
        while (f instanceof List<?> l && l.size() == 1) {
          f = l.get(0); // H256 is a composite around [u8; 32]
        }
        return (byte[]) f;
      }
    }
    throw new AssertionError("no " + name + " in " + SubstrateRpc.eventNames(events));
  }
}
