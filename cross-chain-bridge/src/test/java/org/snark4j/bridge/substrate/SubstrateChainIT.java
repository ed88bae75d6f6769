package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  static LocalChain chain;
  static int port;
  static SubstrateRpc rpc;
  static Metadata m;
  static Ed25519Key alice;
  static long[] version;
  static byte[] genesis;

  @BeforeAll
  static void start() throws Exception {
    Path substrate = Path.of(System.getProperty("snark4j.shared.dir", "../../shared")).toAbsolutePath().normalize()
        .resolve("substrate");
    Path modules = Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize()
        .resolve("node_modules");
    String why = LocalChain.unavailable(substrate, modules);
    assumeTrue(why == null, () -> why + ": skipped");
    chain = LocalChain.start(substrate, modules);
    port = chain.port();
    rpc = new SubstrateRpc(chain.http());
    m = rpc.metadata();
    version = rpc.runtimeVersion();
    genesis = rpc.blockHash(0);
    alice = Ed25519Key.dev("//Alice");
  }

  @AfterAll
  static void stop() throws Exception {
    if (chain != null) {
      chain.close();
    }
  }

  /** Signs with ed25519 //Alice and submits a call over HTTP; returns what it did once in a block. */
  static SubstrateRpc.Inclusion submit(byte[] call) throws Exception {
    return submit(rpc, alice, call, immortal(alice));
  }

  static Extrinsic.Params immortal(Signer who) throws Exception {
    return Extrinsic.Params.immortal(rpc.nextIndex(who.accountId()), version[0], version[1], genesis);
  }

  static SubstrateRpc.Inclusion submit(SubstrateRpc via, Signer who, byte[] call, Extrinsic.Params p)
      throws Exception {
    return via.submitAndWait(m, Extrinsic.signed(m, who, call, p), false, Duration.ofSeconds(60));
  }

  @Test
  void remarksInARowWithTheirEventsAndABadSignatureRefused() throws Exception {
    long before = rpc.nextIndex(alice.publicKey());
    for (int i = 0; i < 3; i++) {
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("remark", ("snark4j " + i).getBytes());
      List<String> names = submit(ScaleValue.call(m, "System", "remark_with_event", args)).eventNames();
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
    List<Map<String, Object>> events = submit(SubstrateGroth16.registerVkCall(m, vk)).events();
    assertTrue(SubstrateRpc.eventNames(events).contains("SettlementGroth16Pallet.VkRegistered"),
        SubstrateRpc.eventNames(events).toString());
    byte[] hash = findHash(events, "VkRegistered");
    assertArrayEquals(SubstrateGroth16.vkHash(vk), hash);

    // submit_proof with the key inline: poe.NewElement; a tampered proof: ExtrinsicFailed with VerifyError
    SubstrateRpc.Inclusion ok = submit(SubstrateGroth16.submitProofCall(m, vk, null, proof, cubic.publicInputs()));
    assertTrue(ok.success() && ok.eventNames().contains("Poe.NewElement"), ok.eventNames().toString());
    Groth16Proof tampered = new Groth16Proof(proof.a().add(G1Affine.GENERATOR), proof.b(), proof.c());
    SubstrateRpc.Inclusion bad = submit(SubstrateGroth16.submitProofCall(m, vk, null, tampered,
        cubic.publicInputs()));
    List<String> names = bad.eventNames();
    assertTrue(names.contains("System.ExtrinsicFailed") && !names.contains("Poe.NewElement"), names.toString());
    assertEquals("SettlementGroth16Pallet.VerifyError", bad.error());
    // by the hash of the registered key
    SubstrateRpc.Inclusion byHash = submit(SubstrateGroth16.submitProofCall(m, vk, hash, proof,
        cubic.publicInputs()));
    assertTrue(byHash.success() && byHash.eventNames().contains("Poe.NewElement"), byHash.eventNames().toString());
  }

  /**
   * Over WebSocket: finalized heads arrive as blocks are made; a transfer from ed25519 //Alice to the account of
   * ecdsa //Alice (watched to finality, mortal era) moves the balance System.Account shows; that ECDSA account
   * then signs a remark of its own, accepted by the runtime and paid from its balance.
   */
  @Test
  void transferAndEcdsaSignerOverWebSocket() throws Exception {
    try (SubstrateRpc ws = new SubstrateRpc("ws://127.0.0.1:" + port)) {
      assertTrue(ws.subscriptions());
      java.util.concurrent.BlockingQueue<JsonNode> heads = new java.util.concurrent.LinkedBlockingQueue<>();
      java.util.concurrent.atomic.AtomicReference<Throwable> ended = new java.util.concurrent.atomic.AtomicReference<>();
      try (WebSocketRpc.Subscription sub = ws.subscribeFinalizedHeads(heads::add, ended::set)) {
        EcdsaKey bob = EcdsaKey.dev("//Alice");
        BigInteger before = ws.account(m, bob.accountId()).free();
        BigInteger amount = BigInteger.TEN.pow(18);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("dest", ScaleValue.Variant.of("Id", bob.accountId()));
        args.put("value", amount);
        byte[] best = ws.bestBlockHash();
        long bestNumber = ws.number(best);
        Extrinsic.Params mortal = new Extrinsic.Params(ws.nextIndex(alice.accountId()), BigInteger.ZERO,
            Extrinsic.Era.mortal(bestNumber, 64), version[0], version[1], genesis, best);
        SubstrateRpc.Inclusion t = ws.submitAndWait(m, Extrinsic.signed(m, alice,
            ScaleValue.call(m, "Balances", "transfer_keep_alive", args), mortal), true, Duration.ofSeconds(60));
        assertTrue(t.success(), t.eventNames().toString());
        assertTrue(t.eventNames().contains("Balances.Transfer"), t.eventNames().toString());
        assertEquals(before.add(amount), ws.account(m, bob.accountId()).free());

        JsonNode head = heads.poll(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(head != null && head.has("number"), "no finalized head arrived: " + ended.get());

        Map<String, Object> remark = new LinkedHashMap<>();
        remark.put("remark", "signed with ECDSA".getBytes());
        long nonce = ws.nextIndex(bob.accountId());
        SubstrateRpc.Inclusion r = submit(ws, bob, ScaleValue.call(m, "System", "remark_with_event", remark),
            Extrinsic.Params.immortal(nonce, version[0], version[1], genesis));
        assertTrue(r.success() && r.eventNames().contains("System.Remarked"), r.eventNames().toString());
        SubstrateRpc.AccountInfo after = ws.account(m, bob.accountId());
        assertEquals(nonce + 1, after.nonce());
        assertTrue(after.free().compareTo(before.add(amount)) < 0, "the ECDSA account paid its fee");
      }
      assertEquals(null, ended.get());
    }
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
