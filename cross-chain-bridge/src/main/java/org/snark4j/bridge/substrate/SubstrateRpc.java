package org.snark4j.bridge.substrate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.snark4j.bridge.evm.EvmRpc;

/**
 * A Substrate node's JSON-RPC over HTTP or WebSocket, chosen by the endpoint's scheme (http(s):// through
 * {@link EvmRpc}, ws(s):// through {@link WebSocketRpc}; both with timeouts and retries of transient faults; a
 * node's error object is an {@link org.snark4j.bridge.evm.EvmRpcException} with its code, e.g. 1010 for an invalid
 * transaction): metadata, runtime version, block hashes and headers, storage, account nonces, extrinsic
 * submission, the events of a block decoded from metadata, and, over WebSocket, subscriptions to finalized heads
 * and to an extrinsic's status. {@link #submitAndWait} tracks an extrinsic to its block over either transport.
 */
public final class SubstrateRpc implements AutoCloseable {
  private static final HexFormat HEX = HexFormat.of();

  private final EvmRpc http;
  private final WebSocketRpc ws;

  public SubstrateRpc(URI endpoint, Duration timeout, EvmRpc.Retry retry) {
    String scheme = String.valueOf(endpoint.getScheme());
    switch (scheme) {
      case "http", "https" -> {
        this.http = new EvmRpc(endpoint, timeout, retry);
        this.ws = null;
      }
      case "ws", "wss" -> {
        this.http = null;
        this.ws = new WebSocketRpc(endpoint, timeout, retry);
      }
      default -> throw new IllegalArgumentException("a Substrate endpoint is http(s):// or ws(s)://, got " + endpoint);
    }
  }

  public SubstrateRpc(URI endpoint, Duration timeout) {
    this(endpoint, timeout, EvmRpc.Retry.DEFAULT);
  }

  public SubstrateRpc(String endpoint) {
    this(URI.create(endpoint), Duration.ofSeconds(60));
  }

  public JsonNode call(String method, Object... params) throws IOException {
    return http != null ? http.call(method, params) : ws.call(method, params);
  }

  /** True over WebSocket, where subscriptions work. */
  public boolean subscriptions() {
    return ws != null;
  }

  private WebSocketRpc ws(String what) {
    if (ws == null) {
      throw new UnsupportedOperationException(what + " is a subscription: it needs a ws:// endpoint, got "
          + http.endpoint());
    }
    return ws;
  }

  /** Each newly finalized header (JSON as the node sends it) to {@code onHeader}; onEnd hears why it ended. */
  public WebSocketRpc.Subscription subscribeFinalizedHeads(Consumer<JsonNode> onHeader, Consumer<Throwable> onEnd)
      throws IOException {
    return ws("chain_subscribeFinalizedHeads").subscribe("chain_subscribeFinalizedHeads",
        "chain_unsubscribeFinalizedHeads", onHeader, onEnd);
  }

  /**
   * Submits an extrinsic and follows it: each status as the node sends it ("ready", {"inBlock": hash},
   * {"finalized": hash}, "dropped", "invalid", ...) to {@code onStatus}. An extrinsic the pool refuses at once is an
   * {@link org.snark4j.bridge.evm.EvmRpcException} here.
   */
  public WebSocketRpc.Subscription submitAndWatch(byte[] extrinsic, Consumer<JsonNode> onStatus,
      Consumer<Throwable> onEnd) throws IOException {
    return ws("author_submitAndWatchExtrinsic").subscribe("author_submitAndWatchExtrinsic",
        "author_unwatchExtrinsic", onStatus, onEnd, hex(extrinsic));
  }

  @Override
  public void close() {
    if (ws != null) {
      ws.close();
    }
  }

  public Metadata metadata() throws IOException {
    return Metadata.parse(bytes(call("state_getMetadata")));
  }

  /** {specVersion, transactionVersion}. */
  public long[] runtimeVersion() throws IOException {
    JsonNode v = call("state_getRuntimeVersion");
    return new long[] {v.path("specVersion").asLong(), v.path("transactionVersion").asLong()};
  }

  public byte[] blockHash(long number) throws IOException {
    return bytes(call("chain_getBlockHash", number));
  }

  /** The best block's hash. */
  public byte[] bestBlockHash() throws IOException {
    return bytes(call("chain_getBlockHash"));
  }

  public byte[] finalizedHead() throws IOException {
    return bytes(call("chain_getFinalizedHead"));
  }

  public JsonNode header(byte[] hash) throws IOException {
    return call("chain_getHeader", hex(hash));
  }

  public JsonNode block(byte[] hash) throws IOException {
    return call("chain_getBlock", hex(hash));
  }

  /** The next nonce of an account, counting its extrinsics in the pool. */
  public long nextIndex(byte[] accountId) throws IOException {
    return call("system_accountNextIndex", Ss58.encode(accountId, Ss58.SUBSTRATE)).asLong();
  }

  /** Storage at a block (null: the best), or null when the key holds nothing. */
  public byte[] storage(byte[] key, byte[] at) throws IOException {
    JsonNode v = at == null ? call("state_getStorage", hex(key)) : call("state_getStorage", hex(key), hex(at));
    return v == null || v.isNull() ? null : bytes(v);
  }

  public byte[] stateCall(String method, byte[] data) throws IOException {
    return bytes(call("state_call", method, hex(data)));
  }

  /** Submits an extrinsic; returns its hash. */
  public byte[] submit(byte[] extrinsic) throws IOException {
    return bytes(call("author_submitExtrinsic", hex(extrinsic)));
  }

  /**
   * Where an extrinsic landed and what it did: the block, the extrinsic's index in it, its events (phase
   * ApplyExtrinsic of that index), and its dispatch error by name ("SettlementGroth16Pallet.VerifyError",
   * "BadOrigin", "Token.FundsUnavailable") or null when it succeeded.
   */
  public record Inclusion(byte[] blockHash, long blockNumber, int index, List<Map<String, Object>> events,
      String error) {
    public boolean success() {
      return error == null;
    }

    public List<String> eventNames() {
      return SubstrateRpc.eventNames(events);
    }
  }

  /**
   * Submits an extrinsic and waits until it is in a block (or, with {@code finalized}, in a finalized block);
   * returns where and what it did. Over WebSocket it follows author_submitAndWatchExtrinsic; over HTTP it polls
   * the chain's blocks for the extrinsic. An extrinsic the pool refuses is an
   * {@link org.snark4j.bridge.evm.EvmRpcException}; one dropped, invalid or not included in time an IOException
   * saying so.
   */
  public Inclusion submitAndWait(Metadata m, byte[] extrinsic, boolean finalized, Duration timeout)
      throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] block = ws != null ? watch(extrinsic, finalized, timeout) : poll(extrinsic, finalized, deadline);
    return inclusion(m, block, extrinsic);
  }

  private byte[] watch(byte[] extrinsic, boolean finalized, Duration timeout) throws IOException {
    CompletableFuture<String> block = new CompletableFuture<>();
    try (WebSocketRpc.Subscription s = submitAndWatch(extrinsic, status -> {
      if (status.isObject()) {
        if (status.has("finalized") || (!finalized && status.has("inBlock"))) {
          block.complete(status.path(status.has("finalized") ? "finalized" : "inBlock").asText());
        } else if (status.has("usurped") || status.has("finalityTimeout")) {
          block.completeExceptionally(new IOException("the extrinsic ended " + status));
        }
      } else if (status.isTextual() && (status.asText().equals("dropped") || status.asText().equals("invalid"))) {
        block.completeExceptionally(new IOException("the pool reports the extrinsic " + status.asText()));
      }
    }, block::completeExceptionally)) {
      return bytes(com.fasterxml.jackson.databind.node.TextNode.valueOf(
          block.get(timeout.toMillis(), TimeUnit.MILLISECONDS)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("waiting for the extrinsic was interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (TimeoutException e) {
      throw new IOException("the extrinsic was not " + (finalized ? "finalized" : "in a block") + " within "
          + timeout.toSeconds() + " s");
    }
  }

  private byte[] poll(byte[] extrinsic, boolean finalized, long deadline) throws IOException {
    long next = number(bestBlockHash());
    submit(extrinsic);
    BlockRef found = null;
    while (true) {
      if (found == null) {
        long best = number(bestBlockHash());
        found = findExtrinsic(extrinsic, next, best);
        next = best + 1;
      }
      if (found != null) {
        if (!finalized) {
          return found.hash();
        }
        if (number(finalizedHead()) >= found.number()) {
          if (java.util.Arrays.equals(found.hash(), blockHash(found.number()))) {
            return found.hash();
          }
          next = found.number(); // its block left the chain: look again from there
          found = null;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("the extrinsic was not " + (finalized && found != null ? "finalized" : "in a block")
            + " in time");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("waiting for the extrinsic was interrupted", e);
      }
    }
  }

  /** A block by number and hash. */
  public record BlockRef(long number, byte[] hash) {}

  /** The first block in [from, to] of the chain that holds the extrinsic (its exact bytes), or null. */
  public BlockRef findExtrinsic(byte[] extrinsic, long from, long to) throws IOException {
    String wanted = hex(extrinsic);
    for (long n = from; n <= to; n++) {
      byte[] h = blockHash(n);
      for (JsonNode x : block(h).path("block").path("extrinsics")) {
        if (x.asText().equalsIgnoreCase(wanted)) {
          return new BlockRef(n, h);
        }
      }
    }
    return null;
  }

  /** A block's number from its header. */
  public long number(byte[] blockHash) throws IOException {
    return Long.decode(header(blockHash).path("number").asText());
  }

  /** What an extrinsic did in a block it is in: its index, its events, its dispatch error. */
  public Inclusion inclusion(Metadata m, byte[] blockHash, byte[] extrinsic) throws IOException {
    String wanted = hex(extrinsic);
    int index = -1;
    int i = 0;
    for (JsonNode x : block(blockHash).path("block").path("extrinsics")) {
      if (x.asText().equalsIgnoreCase(wanted)) {
        index = i;
      }
      i++;
    }
    if (index < 0) {
      throw new IOException("the extrinsic is not in block " + hex(blockHash));
    }
    List<Map<String, Object>> mine = new ArrayList<>();
    String error = null;
    for (Map<String, Object> e : events(m, blockHash)) {
      if (e.get("phase") instanceof ScaleValue.Variant ph && ph.name().equals("ApplyExtrinsic")
          && ((java.math.BigInteger) ScaleValue.only(ph.fields())).intValue() == index) {
        mine.add(e);
        ScaleValue.Variant pallet = (ScaleValue.Variant) e.get("event");
        if (pallet.name().equals("System") && ScaleValue.only(pallet.fields()) instanceof ScaleValue.Variant ev
            && ev.name().equals("ExtrinsicFailed")) {
          Object fields = ev.fields();
          Object de = fields instanceof Map<?, ?> fm ? fm.get("dispatch_error") : ((List<?>) fields).get(0);
          error = dispatchError(m, de);
        }
      }
    }
    return new Inclusion(blockHash, number(blockHash), index, List.copyOf(mine), error);
  }

  /** A DispatchError's name: a module error by its pallet and variant, others by their variants. */
  public static String dispatchError(Metadata m, Object dispatchError) {
    if (!(dispatchError instanceof ScaleValue.Variant v)) {
      return String.valueOf(dispatchError);
    }
    if (v.name().equals("Module")) {
      Object f = ScaleValue.only(v.fields());
      if (f instanceof Map<?, ?> me) {
        int pallet = ((java.math.BigInteger) me.get("index")).intValue();
        Object err = me.get("error");
        int index = err instanceof byte[] b ? b[0] & 0xFF : ((java.math.BigInteger) err).intValue();
        return m.errorName(pallet, index);
      }
    }
    Object inner = v.fields() instanceof List<?> l && l.size() == 1 ? l.get(0) : null;
    return inner instanceof ScaleValue.Variant iv ? v.name() + "." + iv.name() : v.name();
  }

  /** The key of a plain storage value: twox128(pallet prefix) ‖ twox128(entry). */
  public static byte[] plainKey(String pallet, String entry) {
    return new ScaleWriter().raw(Hashers.twox128(pallet)).raw(Hashers.twox128(entry)).toByteArray();
  }

  /** A storage entry of the runtime by pallet and name. */
  public static Metadata.StorageEntry storageEntry(Metadata m, String pallet, String entry) {
    return m.pallet(pallet).storage().stream().filter(s -> s.name().equals(entry)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(pallet + " has no storage entry " + entry));
  }

  /**
   * The key of a storage entry from metadata: twox128(prefix) ‖ twox128(entry), then each key SCALE-encoded as
   * its type says and hashed by its hasher (Blake2_128Concat, Twox64Concat, Identity, ...). A map takes one key,
   * an N-map one per hasher, a plain value none.
   */
  public static byte[] storageKey(Metadata m, String pallet, String entry, Object... keys) {
    Metadata.Pallet p = m.pallet(pallet);
    Metadata.StorageEntry e = storageEntry(m, pallet, entry);
    int n = e.hashers().size();
    if (keys.length != n) {
      throw new IllegalArgumentException(pallet + "." + entry + " takes " + n + " key(s), got " + keys.length);
    }
    ScaleWriter w = new ScaleWriter().raw(plainKey(p.storagePrefix(), entry));
    for (int i = 0; i < n; i++) {
      int type = n == 1 ? e.keyType() : ((Metadata.Tuple) m.type(e.keyType()).def()).types().get(i);
      byte[] k = ScaleValue.encode(m, type, keys[i]);
      w.raw(switch (Metadata.hasherName(e.hashers().get(i))) {
        case "Blake2_128" -> Hashers.blake2_128(k);
        case "Blake2_256" -> Hashers.blake2_256(k);
        case "Blake2_128Concat" -> Hashers.blake2_128Concat(k);
        case "Twox128" -> Hashers.twox(128, k);
        case "Twox256" -> Hashers.twox(256, k);
        case "Twox64Concat" -> concat(Hashers.twox(64, k), k);
        default -> k; // Identity
      });
    }
    return w.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return new ScaleWriter().raw(a).raw(b).toByteArray();
  }

  /**
   * A storage entry's value decoded from metadata (the entry's default when the key holds nothing, as the runtime
   * would read it; null for an optional entry left empty) at a block (null: the best).
   */
  public Object storageValue(Metadata m, byte[] at, String pallet, String entry, Object... keys) throws IOException {
    Metadata.StorageEntry e = storageEntry(m, pallet, entry);
    byte[] raw = storage(storageKey(m, pallet, entry, keys), at);
    if (raw == null) {
      if (e.modifier() == 0) {
        return null; // Optional
      }
      raw = e.defaultValue();
    }
    ScaleReader r = new ScaleReader(raw);
    Object v = ScaleValue.read(m, r, e.valueType());
    r.expectEnd();
    return v;
  }

  /** An account's nonce and balances, as {@code System.Account} holds them. */
  public record AccountInfo(long nonce, BigInteger free, BigInteger reserved, BigInteger frozen) {}

  /** {@code System.Account} of an account id (32 bytes) at the best block. */
  @SuppressWarnings("unchecked")
  public AccountInfo account(Metadata m, byte[] accountId) throws IOException {
    Map<String, Object> info = (Map<String, Object>) storageValue(m, null, "System", "Account", accountId);
    Map<String, Object> data = (Map<String, Object>) info.get("data");
    BigInteger frozen = data.containsKey("frozen") ? (BigInteger) data.get("frozen")
        : ((BigInteger) data.getOrDefault("misc_frozen", BigInteger.ZERO)).max(
            (BigInteger) data.getOrDefault("fee_frozen", BigInteger.ZERO)); // before the 2023 balances
    return new AccountInfo(((BigInteger) info.get("nonce")).longValueExact(), (BigInteger) data.get("free"),
        (BigInteger) data.get("reserved"), frozen);
  }

  /**
   * The events of a block, each as {phase, event, topics} with the event a Variant of its pallet, holding a
   * Variant of the event with its fields.
   */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> events(Metadata m, byte[] blockHash) throws IOException {
    Metadata.StorageEntry e = m.pallet("System").storage().stream().filter(s -> s.name().equals("Events"))
        .findFirst().orElseThrow(() -> new IOException("the runtime's System pallet has no Events storage"));
    byte[] raw = storage(plainKey(m.pallet("System").storagePrefix(), "Events"), blockHash);
    if (raw == null) {
      return List.of();
    }
    ScaleReader r = new ScaleReader(raw);
    Object v = ScaleValue.read(m, r, e.valueType());
    r.expectEnd();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : (List<Object>) v) {
      out.add((Map<String, Object>) o);
    }
    return out;
  }

  /** "Pallet.Event" names of decoded events, for messages and tests. */
  public static List<String> eventNames(List<Map<String, Object>> events) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> e : events) {
      ScaleValue.Variant pallet = (ScaleValue.Variant) e.get("event");
      out.add(pallet.name() + "." + (ScaleValue.only(pallet.fields()) instanceof ScaleValue.Variant v ? v.name()
          : "?"));
    }
    return out;
  }

  static String hex(byte[] b) {
    return "0x" + HEX.formatHex(b);
  }

  static byte[] bytes(JsonNode n) throws IOException {
    String s = n == null ? "" : n.asText();
    if (!s.startsWith("0x")) {
      throw new IOException("expected 0x-prefixed hex from the node, got " + n);
    }
    return HEX.parseHex(s.substring(2));
  }
}
