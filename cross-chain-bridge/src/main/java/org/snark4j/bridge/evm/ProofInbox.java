package org.snark4j.bridge.evm;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The ProofInbox contract (our Solidity, {@code ProofInbox.sol} beside this class): verifiers registered under a
 * key id, proofs accepted once per message id after their verifier says they hold ({@code ProofAccepted}), and
 * requests for the relayer ({@code ProofRequested}). Here: its source, the calldata of its functions and the
 * decoding of its events.
 */
public final class ProofInbox {
  private ProofInbox() {}

  public static final String PROOF_ACCEPTED = "ProofAccepted(bytes32,bytes32,address,bytes32)";
  public static final String PROOF_REQUESTED = "ProofRequested(bytes32,bytes32,uint256,bytes,uint256[])";
  private static final byte[] ACCEPTED_TOPIC = EvmLog.topic(PROOF_ACCEPTED);
  private static final byte[] REQUESTED_TOPIC = EvmLog.topic(PROOF_REQUESTED);

  /** A proof accepted for a message id. */
  public record Accepted(byte[] messageId, byte[] keyId, String submitter, byte[] inputsHash) {}

  /** A proof the relayer is asked to carry. */
  public record Requested(byte[] messageId, byte[] keyId, BigInteger destination, byte[] proof, List<BigInteger> input) {}

  /** The Solidity source. */
  public static String source() {
    try (InputStream in = ProofInbox.class.getResourceAsStream("ProofInbox.sol")) {
      if (in == null) {
        throw new IllegalStateException("ProofInbox.sol is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static byte[] registerVerifier(byte[] keyId, String verifier) {
    return Abi.call("registerVerifier", Abi.types("bytes32", "address"), List.of(keyId, verifier));
  }

  public static byte[] submit(byte[] keyId, byte[] messageId, byte[] proof, List<BigInteger> input) {
    return Abi.call("submit", Abi.types("bytes32", "bytes32", "bytes", "uint256[]"),
        List.of(keyId, messageId, proof, input));
  }

  public static byte[] request(byte[] keyId, byte[] messageId, BigInteger destination, byte[] proof,
      List<BigInteger> input) {
    return Abi.call("request", Abi.types("bytes32", "bytes32", "uint256", "bytes", "uint256[]"),
        List.of(keyId, messageId, destination, proof, input));
  }

  /** The topic filter of ProofRequested, for eth_getLogs. */
  public static String requestedTopic() {
    return Hex.encode(REQUESTED_TOPIC);
  }

  public static String acceptedTopic() {
    return Hex.encode(ACCEPTED_TOPIC);
  }

  /** A ProofAccepted log, or null for another event. */
  public static Accepted accepted(EvmLog log) {
    if (!log.is(ACCEPTED_TOPIC)) {
      return null;
    }
    expectTopics(log, 4, PROOF_ACCEPTED);
    List<Object> data = Abi.decode(Abi.types("bytes32"), log.data());
    String submitter = (String) Abi.decode(Abi.types("address"), log.topics().get(3)).get(0);
    return new Accepted(log.topics().get(1), log.topics().get(2), submitter, (byte[]) data.get(0));
  }

  /** A ProofRequested log, or null for another event. */
  @SuppressWarnings("unchecked")
  public static Requested requested(EvmLog log) {
    if (!log.is(REQUESTED_TOPIC)) {
      return null;
    }
    expectTopics(log, 4, PROOF_REQUESTED);
    List<Object> data = Abi.decode(Abi.types("bytes", "uint256[]"), log.data());
    BigInteger destination = new BigInteger(1, log.topics().get(3));
    return new Requested(log.topics().get(1), log.topics().get(2), destination, (byte[]) data.get(0),
        (List<BigInteger>) (List<?>) data.get(1));
  }

  private static void expectTopics(EvmLog log, int n, String event) {
    if (log.topics().size() != n || log.topics().stream().anyMatch(t -> t.length != 32)) {
      throw new IllegalArgumentException(event + " has " + n + " topics of 32 bytes, the log has "
          + log.topics().size());
    }
  }
}
