package org.snark4j.bridge.relayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.snark4j.bridge.evm.Abi;
import org.snark4j.bridge.evm.EvmKey;
import org.snark4j.bridge.evm.EvmLog;
import org.snark4j.bridge.evm.EvmRpc;
import org.snark4j.bridge.evm.EvmRpcException;
import org.snark4j.bridge.evm.EvmTransaction;
import org.snark4j.bridge.evm.Hex;
import org.snark4j.bridge.evm.Keccak;
import org.snark4j.bridge.evm.Keystore;
import org.snark4j.bridge.evm.ProofInbox;

/**
 * An EVM chain with a ProofInbox, as a source (its {@code ProofRequested} events once N blocks deep) and as a
 * destination ({@code submit} through the inbox, which accepts a message id once). Delivery is idempotent on the
 * chain itself: before sending, and after any doubt, the inbox is asked whether the message id is accepted.
 */
final class EvmChain implements ChainAdapter {
  private static final byte[] ALREADY_ACCEPTED = Arrays.copyOf(Keccak.hash256("AlreadyAccepted(bytes32)".getBytes()), 4);
  private static final byte[] UNKNOWN_KEY = Arrays.copyOf(Keccak.hash256("UnknownKey(bytes32)".getBytes()), 4);
  private static final byte[] INVALID_PROOF = Arrays.copyOf(Keccak.hash256("InvalidProof(bytes32)".getBytes()), 4);
  /** Blocks read per eth_getLogs. */
  private static final long LOG_RANGE = 2000;

  private final RelayerConfig.Chain config;
  private final Failover<EvmRpc> rpc;
  private final EvmKey key;
  private final Object sending = new Object();
  private volatile long chainId = -1;

  EvmChain(RelayerConfig.Chain config) throws IOException {
    this.config = config;
    List<EvmRpc> clients = new ArrayList<>();
    for (String u : config.rpc()) {
      clients.add(new EvmRpc(URI.create(u), Duration.ofSeconds(config.timeoutSeconds()),
          new EvmRpc.Retry(3, Duration.ofMillis(100), Duration.ofSeconds(1))));
    }
    this.rpc = new Failover<>(config.name(), clients, config.rpc());
    RelayerConfig.Signer s = config.signer();
    this.key = s.keystore() != null
        ? Keystore.decrypt(Files.readString(s.keystore()), s.password().toCharArray())
        : EvmKey.fromHex(s.secret());
  }

  @Override
  public String name() {
    return config.name();
  }

  String address() {
    return key.address();
  }

  // ------------------------------------------------------------------ source

  @Override
  public long poll(RelayerConfig.Route route, Store store) throws IOException {
    long head = rpc.call(EvmRpc::blockNumber);
    long safe = head - config.confirmations();
    Store.Cursor cursor = store.cursor(route.name());
    long from;
    if (cursor == null) {
      from = route.startBlock();
    } else {
      long at = cursor.block();
      String hash = cursor.hash();
      JsonNode b = rpc.call(r -> r.blockByNumber(at));
      if (b == null || !b.path("hash").asText().equalsIgnoreCase(hash)) {
        // the block the cursor stands on is gone: a reorg deeper than the confirmations; read again from below it
        long back = Math.max(route.startBlock() - 1, at - Math.max(1, 2L * config.confirmations()) - 1);
        String backHash = back < 0 ? null : rpc.call(r -> r.blockByNumber(back)).path("hash").asText();
        int dropped = store.rewind(route.name(), back, backHash);
        Log.warn("route " + route.name() + ": block " + at + " left the chain; reading again from " + (back + 1)
            + ", " + dropped + " unsent message(s) dropped");
        return head - back;
      }
      from = at + 1;
    }
    if (from > safe) {
      return Math.max(0, head - (from - 1));
    }
    long to = Math.min(safe, from + LOG_RANGE - 1);
    ObjectNode filter = EvmRpc.json().createObjectNode().put("address", config.inbox())
        .put("fromBlock", "0x" + Long.toHexString(from)).put("toBlock", "0x" + Long.toHexString(to));
    ArrayNode topics = filter.putArray("topics");
    topics.add(ProofInbox.requestedTopic());
    topics.addNull();
    topics.addNull();
    topics.add(Hex.encode(Abi.word(route.destination())));
    JsonNode logs = rpc.call(r -> r.call("eth_getLogs", filter));
    List<Store.Message> found = new ArrayList<>();
    for (JsonNode l : logs) {
      EvmLog log = EvmLog.of(l);
      if (log.removed()) {
        continue;
      }
      ProofInbox.Requested req;
      try {
        req = ProofInbox.requested(log);
      } catch (RuntimeException e) {
        Log.warn("route " + route.name() + ": a malformed ProofRequested in block " + log.blockNumber() + ": "
            + e.getMessage());
        continue;
      }
      if (req == null) {
        continue;
      }
      found.add(MessageCodec.seen(Hex.encode(req.messageId()), log.blockNumber(), log.blockHash(), (int) log.logIndex(),
          Hex.encode(req.keyId()), req.proof(), req.input()));
    }
    long end = to;
    String endHash = rpc.call(r -> r.blockByNumber(end)).path("hash").asText();
    store.advance(route.name(), to, endHash, found);
    if (!found.isEmpty()) {
      Log.info("route " + route.name() + ": " + found.size() + " request(s) in blocks " + from + ".." + to);
    }
    return head - to;
  }

  // ------------------------------------------------------------------ destination

  @Override
  public BigInteger balance() throws IOException {
    return rpc.call(r -> r.balance(key.address()));
  }

  private boolean accepted(byte[] messageId) throws IOException {
    byte[] out = rpc.call(r -> r.ethCall(config.inbox(), Abi.call("accepted", Abi.types("bytes32"),
        List.of(messageId))));
    return out.length == 32 && out[31] == 1;
  }

  /** What the inbox would say to this submit now: null when it would pass, else the revert's selector. */
  private byte[] simulate(byte[] data) throws IOException {
    ObjectNode tx = EvmRpc.json().createObjectNode().put("from", key.address()).put("to", config.inbox())
        .put("data", Hex.encode(data)).put("gas", "0x" + Long.toHexString(config.gasLimit()));
    try {
      rpc.call(r -> r.call("eth_call", tx, "latest"));
      return null;
    } catch (EvmRpcException e) {
      byte[] d = e.data() == null ? new byte[0] : decodeOrEmpty(e.data());
      return d.length >= 4 ? Arrays.copyOf(d, 4) : new byte[] {0, 0, 0, 0};
    }
  }

  private static byte[] decodeOrEmpty(String hex) {
    try {
      return Hex.decode(hex);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  @Override
  public void step(RouteContext ctx, Store.Message m) throws IOException {
    byte[] messageId = Hex.decode(m.id());
    byte[] data = ProofInbox.submit(Hex.decode(m.keyId()), messageId, m.proof(), MessageCodec.inputs(m));
    synchronized (sending) {
      if (accepted(messageId)) {
        ctx.included(m, "accepted on " + name() + " (found on the chain)");
        return;
      }
      if (m.status() == Store.Status.SUBMITTED) {
        follow(ctx, m, data);
        return;
      }
      byte[] revert = simulate(data);
      if (revert != null && classify(ctx, m, revert)) {
        return;
      }
      BigInteger priority = rpc.call(EvmRpc::maxPriorityFeePerGas);
      BigInteger maxFee = rpc.call(EvmRpc::nextBaseFee).multiply(BigInteger.TWO).add(priority);
      BigInteger needed = maxFee.multiply(BigInteger.valueOf(config.gasLimit()));
      BigInteger balance = balance();
      if (balance.compareTo(needed) < 0) {
        ctx.outOfFunds(name() + " signer " + key.address() + " holds " + balance + " wei, a submit may cost up to "
            + needed);
        return;
      }
      chainId();
      long chainNext = rpc.call(r -> r.pendingNonce(key.address()));
      send(ctx, m, data, ctx.freeNonce(chainNext), priority, maxFee);
    }
  }

  private long chainId() throws IOException {
    if (chainId < 0) {
      chainId = rpc.call(EvmRpc::chainId);
    }
    return chainId;
  }

  /** Signs, records, then sends; the record comes first so that a crash leaves a transaction to resend, not lose. */
  private void send(RouteContext ctx, Store.Message m, byte[] data, long nonce, BigInteger priority,
      BigInteger maxFee) throws IOException {
    EvmTransaction tx = new EvmTransaction.Eip1559(chainId(), nonce, priority, maxFee, config.gasLimit(),
        config.inbox(), BigInteger.ZERO, data);
    byte[] raw = tx.sign(key);
    String hash = Hex.encode(Keccak.hash256(raw));
    ctx.store().submitted(m.route(), m.id(), nonce, raw, hash, System.currentTimeMillis() / 1000);
    try {
      rpc.call(r -> r.sendRawTransaction(raw));
    } catch (EvmRpcException e) {
      if (!e.getMessage().toLowerCase().contains("already known")) {
        // not in the pool: the message goes back (its nonce free again) to be tried later
        ctx.store().mark(m.route(), m.id(), Store.Status.VERIFIED, null);
        ctx.retryLater(m, name() + " refused the transaction: " + e.getMessage());
        return;
      }
    }
    Store.Message now = ctx.store().get(m.route(), m.id());
    follow(ctx, now, data);
  }

  /** A submitted message: its receipt, a replacement when stuck, or a resend of the same bytes after a restart. */
  private void follow(RouteContext ctx, Store.Message m, byte[] data) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(config.stuckSeconds()).toNanos();
    boolean resent = false;
    while (!ctx.stopping()) {
      long head = rpc.call(EvmRpc::blockNumber);
      JsonNode receipt = rpc.call(r -> r.receipt(m.txHash()));
      if (receipt == null) {
        // the nonce as of a mined block: when it has moved past ours, a transaction with our nonce is mined by
        // then, and if it is this one its receipt shows now
        long usedByHead = rpc.call(r -> r.nonce(key.address(), "0x" + Long.toHexString(head)));
        if (usedByHead > m.nonce()) {
          receipt = rpc.call(r -> r.receipt(m.txHash()));
          if (receipt == null) {
            // mined, but another variant of this message (replaced, or from before a restart): ask the inbox
            if (accepted(Hex.decode(m.id()))) {
              ctx.included(m, "accepted on " + name());
            } else {
              ctx.store().mark(m.route(), m.id(), Store.Status.VERIFIED, null);
              ctx.retryLater(m, "nonce " + m.nonce() + " was used without accepting the message");
            }
            return;
          }
        }
      }
      if (receipt != null) {
        if ("0x1".equals(receipt.path("status").asText())) {
          ctx.included(m, name() + " block " + Long.decode(receipt.path("blockNumber").asText()) + " tx "
              + m.txHash());
        } else if (accepted(Hex.decode(m.id()))) {
          ctx.included(m, "accepted on " + name() + " (another transaction)");
        } else {
          byte[] revert = simulate(data);
          if (revert == null || !classify(ctx, m, revert)) {
            ctx.store().mark(m.route(), m.id(), Store.Status.VERIFIED, null);
            ctx.retryLater(m, "the transaction " + m.txHash() + " reverted on " + name());
          }
        }
        return;
      }
      if (!resent) {
        try {
          rpc.call(r -> r.sendRawTransaction(m.tx())); // after a restart the pool may not hold it: idempotent
        } catch (EvmRpcException e) {
          // "already known", "replacement underpriced" or "nonce too low": the receipt or nonce tells
        }
        resent = true;
      }
      if (System.nanoTime() > deadline) {
        replace(ctx, m, data);
        return;
      }
      ctx.sleep(200);
    }
  }

  /** A transaction stuck in the pool: the same nonce again with fees raised by a quarter (more than the 10% rule). */
  private void replace(RouteContext ctx, Store.Message m, byte[] data) throws IOException {
    BigInteger[] old = fees(m.tx());
    BigInteger priority = old[0].multiply(BigInteger.valueOf(5)).divide(BigInteger.valueOf(4))
        .add(BigInteger.ONE).max(rpc.call(EvmRpc::maxPriorityFeePerGas));
    BigInteger maxFee = old[1].multiply(BigInteger.valueOf(5)).divide(BigInteger.valueOf(4))
        .add(BigInteger.ONE).max(rpc.call(EvmRpc::nextBaseFee).multiply(BigInteger.TWO).add(priority));
    Log.warn("route " + m.route() + ": message " + m.id() + " stuck in " + name() + "'s pool (tx " + m.txHash()
        + "); replacing it with fees " + priority + "/" + maxFee + " at nonce " + m.nonce());
    send(ctx, m, data, m.nonce(), priority, maxFee);
  }

  /** {maxPriorityFeePerGas, maxFeePerGas} of a signed type-2 transaction as we made it. */
  static BigInteger[] fees(byte[] raw) {
    if (raw.length < 2 || raw[0] != 2) {
      throw new IllegalArgumentException("expected a type-2 transaction");
    }
    return org.apache.tuweni.rlp.RLP.decodeList(org.apache.tuweni.bytes.Bytes.wrap(raw, 1, raw.length - 1), r -> {
      r.readLong(); // chain id
      r.readLong(); // nonce
      return new BigInteger[] {r.readBigInteger(), r.readBigInteger()};
    });
  }

  /** Acts on the inbox's answer; false when the revert is not one it knows (the caller retries later). */
  private boolean classify(RouteContext ctx, Store.Message m, byte[] selector) throws IOException {
    if (Arrays.equals(selector, ALREADY_ACCEPTED)) {
      ctx.included(m, "accepted on " + name() + " (already)");
    } else if (Arrays.equals(selector, INVALID_PROOF)) {
      ctx.failed(m, name() + "'s verifier for key " + m.keyId() + " refused the proof (InvalidProof)");
    } else if (Arrays.equals(selector, UNKNOWN_KEY)) {
      ctx.retryLater(m, name() + "'s inbox has no verifier for key " + m.keyId()
          + " (UnknownKey); tried again once it is registered");
    } else {
      return false;
    }
    return true;
  }
}
