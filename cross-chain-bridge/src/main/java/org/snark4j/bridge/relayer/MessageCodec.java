package org.snark4j.bridge.relayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.snark4j.bridge.evm.EvmRpc;
import org.snark4j.core.bn254.EvmCodec;
import org.snark4j.verifier.Groth16Proof;

/**
 * A message as the store keeps it: the proof as the EVM encodes it (a, b, c in 256 bytes) and the public inputs
 * as a JSON array of decimal strings.
 */
final class MessageCodec {
  private MessageCodec() {}

  /** A new message as a source found it. */
  static Store.Message seen(String id, long block, String blockHash, int index, String keyId, byte[] proof,
      List<BigInteger> inputs) {
    ArrayNode a = EvmRpc.json().createArrayNode();
    inputs.forEach(x -> a.add(x.toString()));
    return new Store.Message(null, id.toLowerCase(), block, blockHash, index, keyId.toLowerCase(), proof,
        a.toString(), Store.Status.SEEN, null, 0, null, null, null, null, null, 0, 0);
  }

  /** The public inputs of a stored message. */
  static List<BigInteger> inputs(Store.Message m) {
    List<BigInteger> out = new ArrayList<>();
    try {
      for (JsonNode x : EvmRpc.json().readTree(m.inputs())) {
        out.add(new BigInteger(x.asText()));
      }
    } catch (IOException e) {
      throw new IllegalStateException("stored inputs are not JSON: " + m.inputs(), e);
    }
    return out;
  }

  /** The proof of a stored message; an {@link IllegalArgumentException} if it is not a valid encoding. */
  static Groth16Proof decodeProof(byte[] b) {
    if (b == null || b.length != 256) {
      throw new IllegalArgumentException("a proof is 256 bytes (a, b, c as the EVM encodes them), got "
          + (b == null ? 0 : b.length));
    }
    return new Groth16Proof(EvmCodec.decodeG1(b, 0), EvmCodec.decodeG2(b, 64), EvmCodec.decodeG1(b, 192));
  }
}
