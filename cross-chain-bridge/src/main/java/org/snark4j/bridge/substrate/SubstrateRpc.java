package org.snark4j.bridge.substrate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
