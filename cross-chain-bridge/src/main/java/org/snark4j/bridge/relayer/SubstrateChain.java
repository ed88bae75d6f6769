package org.snark4j.bridge.relayer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.snark4j.bridge.evm.EvmRpc;
import org.snark4j.bridge.evm.EvmRpcException;
import org.snark4j.bridge.evm.Hex;
import org.snark4j.bridge.evm.Keccak;
import org.snark4j.bridge.evm.SolidityVerifier;
import org.snark4j.bridge.substrate.EcdsaKey;
import org.snark4j.bridge.substrate.Ed25519Key;
import org.snark4j.bridge.substrate.Extrinsic;
import org.snark4j.bridge.substrate.Hashers;
import org.snark4j.bridge.substrate.Metadata;
import org.snark4j.bridge.substrate.ScaleValue;
import org.snark4j.bridge.substrate.ScaleWriter;
import org.snark4j.bridge.substrate.Signer;
import org.snark4j.bridge.substrate.SubstrateGroth16;
import org.snark4j.bridge.substrate.SubstrateRpc;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * A Substrate chain with zkVerify's Groth16 pallet. As a source: proofs the runtime accepted ({@code
 * Poe.NewElement} of a {@code submit_proof} extrinsic) in finalized blocks, for the configured keys, each named by
 * keccak256(genesis ‖ block number ‖ extrinsic index); those this relayer's signer submitted (deliveries from
 * another chain) are not carried back. As a destination: {@code submit_proof} with the key inline.
 * The pallet does not record message ids, so delivering once rests on the signer's nonce: a message takes one
 * nonce, its signed bytes are recorded before they are sent, and only these bytes (or bytes re-signed for the same
 * nonce when their era ran out) are ever sent for it; the chain includes at most one extrinsic per nonce. This
 * holds when the signer is used by this relayer alone.
 */
final class SubstrateChain implements ChainAdapter {
  /** Finalized blocks read per poll. */
  private static final long BLOCK_RANGE = 200;
  private static final long ERA_PERIOD = 64;

  private final RelayerConfig.Chain config;
  private final Failover<SubstrateRpc> rpc;
  private final Signer key;
  private final Object sending = new Object();
  private volatile Metadata metadata;
  private volatile byte[] genesis;

  private final VerifyingKeys keys;

  SubstrateChain(RelayerConfig.Chain config, VerifyingKeys keys) {
    this.config = config;
    this.keys = keys;
    List<SubstrateRpc> clients = new ArrayList<>();
    for (String u : config.rpc()) {
      clients.add(new SubstrateRpc(URI.create(u), Duration.ofSeconds(config.timeoutSeconds()),
          new EvmRpc.Retry(3, Duration.ofMillis(100), Duration.ofSeconds(1))));
    }
    this.rpc = new Failover<>(config.name(), clients, config.rpc());
    String seed = config.signer().secret();
    boolean dev = seed.startsWith("//");
    this.key = "ecdsa".equals(config.signer().type()) ? (dev ? EcdsaKey.dev(seed) : EcdsaKey.fromSeed(seed))
        : (dev ? Ed25519Key.dev(seed) : Ed25519Key.fromSeed(seed));
  }

  @Override
  public String name() {
    return config.name();
  }

  private Metadata metadata() throws IOException {
    if (metadata == null) {
      metadata = rpc.call(SubstrateRpc::metadata);
      genesis = rpc.call(r -> r.blockHash(0));
    }
    return metadata;
  }

  // ------------------------------------------------------------------ source

  @Override
  public long poll(RelayerConfig.Route route, Store store) throws IOException {
    Metadata m = metadata();
    long finalized = rpc.call(r -> r.number(r.finalizedHead()));
    Store.Cursor cursor = store.cursor(route.name());
    long from = cursor == null ? Math.max(1, route.startBlock()) : cursor.block() + 1;
    if (from > finalized) {
      return 0;
    }
    long to = Math.min(finalized, from + BLOCK_RANGE - 1);
    List<Store.Message> found = new ArrayList<>();
    String toHash = null;
    for (long n = from; n <= to; n++) {
      long number = n;
      byte[] hash = rpc.call(r -> r.blockHash(number));
      toHash = Hex.encode(hash);
      List<Map<String, Object>> events = rpc.call(r -> r.events(m, hash));
      JsonNode extrinsics = null;
      for (Map<String, Object> e : events) {
        ScaleValue.Variant pallet = (ScaleValue.Variant) e.get("event");
        if (!pallet.name().equals("Poe") || !(ScaleValue.only(pallet.fields()) instanceof ScaleValue.Variant ev)
            || !ev.name().equals("NewElement")
            || !(e.get("phase") instanceof ScaleValue.Variant ph) || !ph.name().equals("ApplyExtrinsic")) {
          continue;
        }
        int index = ((BigInteger) ScaleValue.only(ph.fields())).intValueExact();
        if (extrinsics == null) {
          extrinsics = rpc.call(r -> r.block(hash)).path("block").path("extrinsics");
        }
        Store.Message msg = message(route, m, number, toHash, index, Hex.decode(extrinsics.get(index).asText()));
        if (msg != null) {
          found.add(msg);
        }
      }
    }
    store.advance(route.name(), to, toHash, found);
    if (!found.isEmpty()) {
      Log.info("route " + route.name() + ": " + found.size() + " accepted proof(s) in blocks " + from + ".." + to);
    }
    return finalized - to;
  }

  /** The message of an accepted submit_proof, or null when its key is not one the config carries. */
  private Store.Message message(RelayerConfig.Route route, Metadata m, long block, String blockHash, int index,
      byte[] extrinsic) {
    Extrinsic.Decoded d;
    try {
      d = Extrinsic.decode(m, extrinsic);
    } catch (RuntimeException e) {
      Log.warn("route " + route.name() + ": extrinsic " + block + "-" + index + " does not decode: " + e.getMessage());
      return null;
    }
    if (!d.pallet().equals(SubstrateGroth16.PALLET) || !d.call().name().equals("submit_proof")) {
      return null;
    }
    if (d.signer() != null && Arrays.equals(d.signer(), key.accountId())) {
      return null; // our own delivery from another chain: carrying it back would echo it
    }
    try {
      Map<?, ?> args = (Map<?, ?>) d.call().fields();
      ScaleValue.Variant vkOrHash = (ScaleValue.Variant) args.get("vk_or_hash");
      byte[] vkHash = vkOrHash.name().equals("Hash") ? bytes(ScaleValue.only(vkOrHash.fields()))
          : SubstrateGroth16.vkHash(vk(ScaleValue.only(vkOrHash.fields())));
      String keyId = keys.idOfVkHash(vkHash);
      if (keyId == null || !route.carries(keyId)) {
        return null; // a proof of a key this route does not carry
      }
      Object proof = field(field(args.get("proof"), "proof", 1), null, -1);
      Groth16Proof p = new Groth16Proof(SubstrateGroth16.g1From(bytes(field(proof, "a", 0))),
          SubstrateGroth16.g2From(bytes(field(proof, "b", 1))), SubstrateGroth16.g1From(bytes(field(proof, "c", 2))));
      List<BigInteger> inputs = new ArrayList<>();
      for (Object x : (List<?>) args.get("pubs")) {
        inputs.add(SubstrateGroth16.scalarFrom(bytes(x)).toBigInteger());
      }
      byte[] id = Keccak.hash256(new ScaleWriter().raw(genesis).u64(block).u32(index).toByteArray());
      return MessageCodec.seen(Hex.encode(id), block, blockHash, index, keyId, SolidityVerifier.proofBytes(p), inputs);
    } catch (RuntimeException e) {
      Log.warn("route " + route.name() + ": submit_proof " + block + "-" + index + " is not a BN254 proof we read: "
          + e.getMessage());
      return null;
    }
  }

  private static Groth16VerifyingKey vk(Object v) {
    G1Affine alpha = SubstrateGroth16.g1From(bytes(field(v, "alpha_g1", 1)));
    G2Affine beta = SubstrateGroth16.g2From(bytes(field(v, "beta_g2", 2)));
    G2Affine gamma = SubstrateGroth16.g2From(bytes(field(v, "gamma_g2", 3)));
    G2Affine delta = SubstrateGroth16.g2From(bytes(field(v, "delta_g2", 4)));
    List<G1Affine> ic = new ArrayList<>();
    for (Object x : (List<?>) field(v, "gamma_abc_g1", 5)) {
      ic.add(SubstrateGroth16.g1From(bytes(x)));
    }
    return new Groth16VerifyingKey(alpha, beta, gamma, delta, ic);
  }

  /** A field of a decoded composite by name (a Map) or position (a List); index -1: the value itself. */
  private static Object field(Object composite, String name, int index) {
    if (index < 0) {
      return composite;
    }
    if (composite instanceof Map<?, ?> m) {
      return m.get(name);
    }
    return ((List<?>) composite).get(index);
  }

  /** Bytes through newtype wrappers (H256, Scalar). */
  private static byte[] bytes(Object v) {
    Object x = v;
    while (x instanceof List<?> l && l.size() == 1) {
      x = l.get(0);
    }
    if (!(x instanceof byte[] b)) {
      throw new IllegalArgumentException("expected bytes, got " + x);
    }
    return b;
  }

  // ------------------------------------------------------------------ destination

  @Override
  public BigInteger balance() throws IOException {
    Metadata m = metadata();
    return rpc.call(r -> r.account(m, key.accountId())).free();
  }

  @Override
  public void step(RouteContext ctx, Store.Message m) throws IOException {
    Metadata meta = metadata();
    synchronized (sending) {
      if (m.status() == Store.Status.SUBMITTED) {
        follow(ctx, m);
        return;
      }
      Groth16VerifyingKey vk = ctx.key(m.keyId());
      byte[] call = SubstrateGroth16.submitProofCall(meta, vk, null, ctx.proof(m), ctx.frInputs(m));
      long chainNext = rpc.call(r -> r.nextIndex(key.accountId()));
      sign(ctx, m, meta, call, ctx.freeNonce(chainNext));
    }
  }

  /** Signs for a nonce (mortal from the best block), records, submits, follows. */
  private void sign(RouteContext ctx, Store.Message m, Metadata meta, byte[] call, long nonce) throws IOException {
    long[] version = rpc.call(SubstrateRpc::runtimeVersion);
    byte[] best = rpc.call(SubstrateRpc::bestBlockHash);
    long bestNumber = rpc.call(r -> r.number(best));
    Extrinsic.Params p = new Extrinsic.Params(nonce, BigInteger.ZERO, Extrinsic.Era.mortal(bestNumber, ERA_PERIOD),
        version[0], version[1], genesis, best);
    byte[] xt = Extrinsic.signed(meta, key, call, p);
    ctx.store().submitted(m.route(), m.id(), nonce, xt, Hex.encode(Hashers.blake2_256(xt)), bestNumber);
    try {
      rpc.call(r -> r.submit(xt));
    } catch (EvmRpcException e) {
      if (refusedForGood(e)) {
        // the pool validated these bytes and refused them: they are not in it and never will be, so the nonce is
        // free again (errors that leave a doubt, such as stale, future or already imported, do not get here)
        ctx.store().mark(m.route(), m.id(), Store.Status.VERIFIED, null); // its nonce free again
        String text = e.getMessage().toLowerCase();
        if (text.contains("inability to pay") || text.contains("payment")) {
          ctx.outOfFunds(name() + " signer " + key.address(42) + " cannot pay the fee: " + e.getMessage());
        } else {
          ctx.retryLater(m, name() + " refused the extrinsic: " + e.getMessage());
        }
        return;
      }
    }
    follow(ctx, ctx.store().get(m.route(), m.id()));
  }

  /**
   * A submitted message: looks for its bytes in the blocks since it was signed; when the nonce moved on without
   * them, looks once more and records what happened; when its era ran out unused, re-signs for the same nonce.
   */
  private void follow(RouteContext ctx, Store.Message m) throws IOException {
    Metadata meta = metadata();
    long next = m.submittedAt() + 1;
    long deadline = System.nanoTime() + Duration.ofSeconds(config.stuckSeconds()).toNanos();
    boolean resent = false;
    boolean nonceSpent = false;
    while (!ctx.stopping()) {
      long best = rpc.call(r -> r.number(r.bestBlockHash()));
      long from = next;
      SubstrateRpc.BlockRef at = rpc.call(r -> r.findExtrinsic(m.tx(), from, best));
      next = best + 1;
      if (at != null) {
        SubstrateRpc.Inclusion in = rpc.call(r -> r.inclusion(meta, at.hash(), m.tx()));
        if (in.success()) {
          ctx.included(m, name() + " block " + in.blockNumber() + " extrinsic " + in.index() + " " + eventsOf(in));
        } else {
          ctx.failed(m, name() + " block " + in.blockNumber() + ": the runtime refused it: " + in.error());
        }
        return;
      }
      if (nonceSpent) {
        // the blocks up to one at least as new as the state that showed the nonce spent hold not these bytes
        ctx.failed(m, "nonce " + m.nonce() + " of " + name() + " was used by another extrinsic (is the signer "
            + key.address(42) + " used by someone else?)");
        return;
      }
      long used = rpc.call(r -> r.account(meta, key.accountId())).nonce();
      if (used > m.nonce()) {
        nonceSpent = true; // read the blocks once more: the one that spent it may be newer than the scan above
        continue;
      }
      if (!resent) {
        try {
          rpc.call(r -> r.submit(m.tx())); // after a restart the pool may not hold it: the same bytes again
        } catch (EvmRpcException e) {
          String text = e.getMessage().toLowerCase();
          if (text.contains("ancient")) { // its era is over: these bytes can never be included
            Log.warn("route " + m.route() + ": message " + m.id() + "'s extrinsic expired unused; re-signing for "
                + "nonce " + m.nonce());
            byte[] call = SubstrateGroth16.submitProofCall(meta, ctx.key(m.keyId()), null, ctx.proof(m),
                ctx.frInputs(m));
            sign(ctx, m, meta, call, m.nonce());
            return;
          }
        }
        resent = true;
      }
      if (System.nanoTime() > deadline && best - m.submittedAt() > ERA_PERIOD) {
        // its era is over: the bytes can no longer be included, so a new signing for the same nonce is safe
        byte[] call = SubstrateGroth16.submitProofCall(meta, ctx.key(m.keyId()), null, ctx.proof(m),
            ctx.frInputs(m));
        sign(ctx, m, meta, call, m.nonce());
        return;
      }
      if (System.nanoTime() > deadline) {
        ctx.retryLater(m, "not yet in a block of " + name() + " (nonce " + m.nonce() + ")");
        return;
      }
      ctx.sleep(250);
    }
  }

  /**
   * True when the node's answer proves these bytes are not in the pool and cannot enter it: an invalid
   * transaction for a reason of its own (bad signature, cannot pay, exhausts resources, ...). Stale (the nonce is
   * used, perhaps by these very bytes), future, already imported and temporarily banned leave a doubt.
   */
  static boolean refusedForGood(EvmRpcException e) {
    String text = e.getMessage().toLowerCase();
    if (text.contains("stale") || text.contains("outdated") || text.contains("future")
        || text.contains("already imported") || text.contains("banned") || e.code() == 1013 || e.code() == 1012) {
      return false;
    }
    return e.code() == 1010 || text.contains("invalid transaction") || text.contains("badproof")
        || text.contains("bad signature") || text.contains("payment") || text.contains("exhausts");
  }

  private static String eventsOf(SubstrateRpc.Inclusion in) {
    return in.eventNames().stream().filter(n -> n.startsWith("Poe.")).toList().toString();
  }

  byte[] accountId() {
    return Arrays.copyOf(key.accountId(), 32);
  }
}
