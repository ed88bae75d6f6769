package org.snark4j.bridge.evm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16VerifyingKey;
import org.snark4j.verifier.SnarkjsFiles;

/**
 * The ProofInbox on Anvil, driven by our signed transactions: a verifier registered, a proof accepted with its
 * ProofAccepted event decoded; the same message id refused (even with another valid proof), a tampered proof and
 * an unknown key refused; a ProofRequested event decoded to what was sent. Integration test: starts Anvil.
 */
class ProofInboxIT {
  long nonce;

  JsonNode send(Anvil anvil, EvmKey key, long chainId, String to, byte[] data, long gas) throws Exception {
    EvmTransaction tx = new EvmTransaction.Eip1559(chainId, nonce++, BigInteger.valueOf(1_000_000_000L),
        BigInteger.valueOf(50_000_000_000L), gas, to, BigInteger.ZERO, data);
    return anvil.receipt(anvil.rpc.call("eth_sendRawTransaction", Hex.encode(tx.sign(key))).asText());
  }

  static byte[] id(String s) {
    return Keccak.hash256(s.getBytes());
  }

  @Test
  void inboxAcceptsOncePerMessageIdAndEmitsWhatWasSent() throws Exception {
    try (Anvil anvil = new Anvil()) {
      EvmRpc rpc = anvil.rpc;
      EvmKey key = EvmKey.fromHex(Anvil.DEV_KEY);
      long chainId = Long.decode(rpc.call("eth_chainId").asText());
      nonce = Long.decode(rpc.call("eth_getTransactionCount", key.address(), "pending").asText());
      Path dir = Path.of(getClass().getResource("/vectors/groth16/arkworks-circom-compat").toURI());
      Groth16VerifyingKey vk = SnarkjsFiles.readVerifyingKey(dir.resolve("verification_key.json"));
      Groth16Proof proof = SnarkjsFiles.readProof(dir.resolve("proof.json"));
      List<BigInteger> input = SnarkjsFiles.readPublicInputs(dir.resolve("public.json")).stream()
          .map(Fr::toBigInteger).toList();
      Path work = Files.createTempDirectory("inbox");
      JsonNode v = anvil.compile(work, "Verifier.sol", SolidityVerifier.source(vk, "Verifier"));
      JsonNode inbox = anvil.compile(work, "ProofInbox.sol", ProofInbox.source());

      String verifier = send(anvil, key, chainId, null, Hex.decode(v.path("Verifier").path("bytecode").asText()),
          3_000_000).path("contractAddress").asText();
      JsonNode deployed = send(anvil, key, chainId, null,
          Hex.decode(inbox.path("ProofInbox").path("bytecode").asText()), 3_000_000);
      assertEquals("0x1", deployed.path("status").asText());
      String at = deployed.path("contractAddress").asText();
      byte[] keyId = id("arkworks key");
      assertEquals("0x1", send(anvil, key, chainId, at, ProofInbox.registerVerifier(keyId, verifier), 200_000)
          .path("status").asText());

      byte[] proofBytes = SolidityVerifier.proofBytes(proof);
      byte[] message = id("message 1");
      JsonNode receipt = send(anvil, key, chainId, at, ProofInbox.submit(keyId, message, proofBytes, input), 600_000);
      assertEquals("0x1", receipt.path("status").asText());
      ProofInbox.Accepted accepted = null;
      for (JsonNode log : receipt.path("logs")) {
        ProofInbox.Accepted a = ProofInbox.accepted(EvmLog.of(log));
        if (a != null) {
          accepted = a;
        }
      }
      assertNotNull(accepted, "no ProofAccepted in " + receipt);
      assertArrayEquals(message, accepted.messageId());
      assertArrayEquals(keyId, accepted.keyId());
      assertEquals(key.address(), accepted.submitter());

      // the same message id again: refused (by id, whatever the proof bytes)
      EvmRpcException replay = assertThrows(EvmRpcException.class, () -> rpc.ethCall(at,
          ProofInbox.submit(keyId, message, proofBytes, input)));
      assertTrue(replay.getMessage().contains("revert"), replay.getMessage());
      assertEquals("0x0", send(anvil, key, chainId, at, ProofInbox.submit(keyId, message, proofBytes, input), 600_000)
          .path("status").asText());
      // a tampered proof under a fresh id, and an unknown key: refused
      byte[] tampered = SolidityVerifier.proofBytes(new Groth16Proof(proof.a().add(G1Affine.GENERATOR), proof.b(),
          proof.c()));
      assertThrows(EvmRpcException.class, () -> rpc.ethCall(at, ProofInbox.submit(keyId, id("message 2"), tampered,
          input)));
      assertThrows(EvmRpcException.class, () -> rpc.ethCall(at, ProofInbox.submit(id("no such key"), id("message 3"),
          proofBytes, input)));

      // a request for the relayer, read back through eth_getLogs with an address and topic filter
      byte[] requestId = id("request 1");
      assertEquals("0x1", send(anvil, key, chainId, at, ProofInbox.request(keyId, requestId, BigInteger.valueOf(7),
          proofBytes, input), 300_000).path("status").asText());
      com.fasterxml.jackson.databind.node.ObjectNode filter = EvmRpc.json().createObjectNode()
          .put("address", at).put("fromBlock", "0x0").put("toBlock", "latest");
      filter.putArray("topics").add(ProofInbox.requestedTopic());
      JsonNode logs = rpc.call("eth_getLogs", filter);
      assertEquals(1, logs.size());
      ProofInbox.Requested r = ProofInbox.requested(EvmLog.of(logs.get(0)));
      assertArrayEquals(requestId, r.messageId());
      assertArrayEquals(keyId, r.keyId());
      assertEquals(BigInteger.valueOf(7), r.destination());
      assertArrayEquals(proofBytes, r.proof());
      assertEquals(input, r.input());
    }
  }
}
