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
import org.snark4j.bridge.evm.EvmRpc;

/**
 * A Substrate node's JSON-RPC over HTTP (the transport, timeouts and retries of {@link EvmRpc}; a node's error
 * object is an {@link org.snark4j.bridge.evm.EvmRpcException} with its code, e.g. 1010 for an invalid
 * transaction): metadata, runtime version, block hashes and headers, storage, account nonces, extrinsic
 * submission, and the events of a block decoded from metadata.
 */
public final class SubstrateRpc {
  private static final HexFormat HEX = HexFormat.of();

  private final EvmRpc rpc;

  public SubstrateRpc(URI endpoint, Duration timeout) {
    this.rpc = new EvmRpc(endpoint, timeout, EvmRpc.Retry.DEFAULT);
  }

  public SubstrateRpc(String endpoint) {
    this(URI.create(endpoint), Duration.ofSeconds(60));
  }

  public JsonNode call(String method, Object... params) throws IOException {
    return rpc.call(method, params);
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
      Object inner = pallet.fields() instanceof List<?> l && l.size() == 1 ? l.get(0) : pallet.fields();
      out.add(pallet.name() + "." + (inner instanceof ScaleValue.Variant v ? v.name() : "?"));
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
