package org.snark4j.bridge.evm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One log of a receipt or of eth_getLogs. */
public record EvmLog(String address, List<byte[]> topics, byte[] data, long blockNumber, String blockHash,
    String transactionHash, long logIndex, boolean removed) {
  public EvmLog {
    topics = List.copyOf(topics);
  }

  /** From a node's JSON log object. */
  public static EvmLog of(JsonNode log) {
    List<byte[]> topics = new ArrayList<>();
    for (JsonNode t : log.path("topics")) {
      topics.add(Hex.decode(t.asText()));
    }
    return new EvmLog(log.path("address").asText().toLowerCase(java.util.Locale.ROOT), topics,
        Hex.decode(log.path("data").asText("0x")), quantity(log.path("blockNumber")), log.path("blockHash").asText(null),
        log.path("transactionHash").asText(null), quantity(log.path("logIndex")), log.path("removed").asBoolean(false));
  }

  private static long quantity(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? -1 : Long.decode(n.asText());
  }

  /** The event topic of a signature such as {@code Transfer(address,address,uint256)}. */
  public static byte[] topic(String signature) {
    return Keccak.hash256(signature.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  /** Whether the first topic is this event's. */
  public boolean is(byte[] topic0) {
    return !topics.isEmpty() && java.util.Arrays.equals(topics.get(0), topic0);
  }
}
