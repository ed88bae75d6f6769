package org.snark4j.bridge.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.Fr;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16VerifyingKey;
import org.snark4j.verifier.SnarkjsFiles;

/**
 * Our signed transactions on Anvil: the generated verifier deployed by an EIP-1559 transaction of ours, a proof
 * verified by a real transaction (gas from its receipt), a legacy EIP-155 transfer; and every raw transaction
 * decodes in ethers 6.17 to the fields we signed, from our address; keystores written by ethers (scrypt) and by
 * Node's crypto (PBKDF2) decrypt. Integration test: starts Anvil and Node.js.
 */
class EvmTransactionIT {
  @Test
  void deployVerifyAndTransferWithOurTransactions() throws Exception {
    try (Anvil anvil = new Anvil()) {
      EvmRpc rpc = anvil.rpc;
      EvmKey key = EvmKey.fromHex(Anvil.DEV_KEY);
      assertEquals("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", key.address());
      long chainId = Long.decode(rpc.call("eth_chainId").asText());
      BigInteger gasPrice = new BigInteger(rpc.call("eth_gasPrice").asText().substring(2), 16);
      BigInteger tip = BigInteger.valueOf(1_000_000_000L);
      BigInteger maxFee = gasPrice.multiply(BigInteger.TWO).add(tip);
      List<byte[]> raws = new ArrayList<>();
      List<EvmTransaction> txs = new ArrayList<>();

      Path dir = Path.of(getClass().getResource("/vectors/groth16/arkworks-circom-compat").toURI());
      Groth16VerifyingKey vk = SnarkjsFiles.readVerifyingKey(dir.resolve("verification_key.json"));
      Groth16Proof proof = SnarkjsFiles.readProof(dir.resolve("proof.json"));
      List<Fr> pub = SnarkjsFiles.readPublicInputs(dir.resolve("public.json"));
      Path work = Files.createTempDirectory("evm-tx");
      JsonNode compiled = anvil.compile(work, "Verifier.sol", SolidityVerifier.source(vk, "Verifier"));
      byte[] init = Hex.decode(compiled.path("Verifier").path("bytecode").asText());

      long nonce = Long.decode(rpc.call("eth_getTransactionCount", key.address(), "pending").asText());
      EvmTransaction deploy = new EvmTransaction.Eip1559(chainId, nonce, tip, maxFee, 3_000_000, null,
          BigInteger.ZERO, init);
      byte[] raw = deploy.sign(key);
      String hash = rpc.call("eth_sendRawTransaction", Hex.encode(raw)).asText();
      assertEquals(EvmTransaction.hash(raw), hash);
      JsonNode receipt = anvil.receipt(hash);
      assertEquals("0x1", receipt.path("status").asText());
      assertEquals(key.address(), receipt.path("from").asText());
      String verifier = receipt.path("contractAddress").asText();
      raws.add(raw);
      txs.add(deploy);

      byte[] call = Abi.call("verifyProof", Abi.types("uint256[2]", "uint256[2][2]", "uint256[2]", "uint256[1]"),
          proofArgs(proof, pub));
      assertEquals(1, rpc.ethCall(verifier, call)[31]);
      // a verification as a real transaction: its gas, from the receipt
      EvmTransaction verify = new EvmTransaction.Eip1559(chainId, nonce + 1, tip, maxFee, 500_000, verifier,
          BigInteger.ZERO, call);
      raw = verify.sign(key);
      receipt = anvil.receipt(rpc.call("eth_sendRawTransaction", Hex.encode(raw)).asText());
      assertEquals("0x1", receipt.path("status").asText());
      System.out.println("verifyProof transaction gasUsed (1 public input): "
          + Long.decode(receipt.path("gasUsed").asText()));
      raws.add(raw);
      txs.add(verify);

      // a legacy EIP-155 transfer
      String to = "0x000000000000000000000000000000000000beef";
      EvmTransaction transfer = new EvmTransaction.Legacy(chainId, nonce + 2, gasPrice.multiply(BigInteger.TWO),
          21_000, to, BigInteger.valueOf(12345), new byte[0]);
      raw = transfer.sign(key);
      receipt = anvil.receipt(rpc.call("eth_sendRawTransaction", Hex.encode(raw)).asText());
      assertEquals("0x1", receipt.path("status").asText());
      assertEquals(BigInteger.valueOf(12345), new BigInteger(rpc.call("eth_getBalance", to, "latest").asText()
          .substring(2), 16));
      raws.add(raw);
      txs.add(transfer);

      // ethers reads each raw transaction as the fields we signed, from our address
      JsonNode decoded = EvmRpc.json().readTree(anvil.node(EvmRpc.json().writeValueAsString(
          raws.stream().map(Hex::encode).toList()), "tx-decode.mjs"));
      for (int i = 0; i < raws.size(); i++) {
        JsonNode d = decoded.get(i);
        assertEquals(key.address(), d.path("from").asText());
        assertEquals(EvmTransaction.hash(raws.get(i)), d.path("hash").asText());
        switch (txs.get(i)) {
          case EvmTransaction.Eip1559 t -> {
            assertEquals(2, d.path("type").asInt());
            assertEquals(String.valueOf(t.chainId()), d.path("chainId").asText());
            assertEquals(t.nonce(), d.path("nonce").asLong());
            assertEquals(t.maxFeePerGas().toString(), d.path("maxFeePerGas").asText());
            assertEquals(t.maxPriorityFeePerGas().toString(), d.path("maxPriorityFeePerGas").asText());
            assertEquals(String.valueOf(t.gasLimit()), d.path("gasLimit").asText());
            assertEquals(t.to() == null ? "null" : t.to(), d.path("to").asText());
            assertEquals(Hex.encode(t.data()), d.path("data").asText());
          }
          case EvmTransaction.Legacy t -> {
            assertEquals(0, d.path("type").asInt());
            assertEquals(String.valueOf(t.chainId()), d.path("chainId").asText());
            assertEquals(t.nonce(), d.path("nonce").asLong());
            assertEquals(t.gasPrice().toString(), d.path("gasPrice").asText());
            assertEquals(t.to(), d.path("to").asText());
            assertEquals(t.value().toString(), d.path("value").asText());
          }
        }
      }
    }
  }

  /** A proof made by snark4j (x³ + x + 5 = y, y public) verified by its generated contract, deployed by us. */
  @Test
  void aSnark4jProofVerifiesOnChain() throws Exception {
    org.snark4j.bridge.CubicProof cubic = org.snark4j.bridge.CubicProof.make();
    Groth16Proof proof = cubic.proof();
    try (Anvil anvil = new Anvil()) {
      EvmRpc rpc = anvil.rpc;
      EvmKey key = EvmKey.fromHex(Anvil.DEV_KEY);
      NonceManager nonces = new NonceManager(rpc, key.address());
      Path work = Files.createTempDirectory("evm-snark4j");
      JsonNode compiled = anvil.compile(work, "CubicVerifier.sol", SolidityVerifier.source(cubic.vk(),
          "CubicVerifier"));
      EvmTransaction deploy = new EvmTransaction.Eip1559(rpc.chainId(), nonces.next(), BigInteger.ONE,
          rpc.nextBaseFee().multiply(BigInteger.TWO).add(BigInteger.ONE), 3_000_000, null, BigInteger.ZERO,
          Hex.decode(compiled.path("CubicVerifier").path("bytecode").asText()));
      JsonNode receipt = anvil.receipt(rpc.sendRawTransaction(deploy.sign(key)));
      assertEquals("0x1", receipt.path("status").asText());
      String at = receipt.path("contractAddress").asText();
      List<BigInteger> inputs = cubic.publicInputs().stream().map(Fr::toBigInteger).toList();
      byte[] good = Abi.call("verifyProof", Abi.types("bytes", "uint256[]"),
          List.of(SolidityVerifier.proofBytes(proof), inputs));
      assertEquals(List.of(true), Abi.decode(Abi.types("bool"), rpc.ethCall(at, good)));
      byte[] wrongInput = Abi.call("verifyProof", Abi.types("bytes", "uint256[]"),
          List.of(SolidityVerifier.proofBytes(proof), List.of(BigInteger.valueOf(36))));
      assertEquals(List.of(false), Abi.decode(Abi.types("bool"), rpc.ethCall(at, wrongInput)));
    }
  }

  @Test
  void keystoresWrittenByEthersDecrypt() throws Exception {
    java.nio.file.Path interop = Anvil.interop();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(interop.resolve("node_modules/ethers")),
        "ethers is missing under " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    String secret = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"; // Anvil's account 1
    for (String kdf : List.of("scrypt", "pbkdf2")) {
      Process p = new ProcessBuilder("node", "keystore.mjs", secret, "correct horse", kdf).directory(interop.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String json = new String(p.getInputStream().readAllBytes());
      assertEquals(0, p.waitFor());
      assertTrue(json.contains("\"kdf\":\"" + kdf + "\""), json);
      EvmKey key = Keystore.decrypt(json, "correct horse".toCharArray());
      assertEquals(EvmKey.fromHex(secret).address(), key.address());
      assertEquals("0x70997970c51812dc3a010c7d01b50e0d17dc79c8", key.address());
      IllegalArgumentException wrong = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Keystore.decrypt(json, "wrong".toCharArray()));
      assertTrue(wrong.getMessage().contains("wrong password"), wrong.getMessage());
    }
  }

  /** verifyProof's arguments: a, b (imaginary parts first), c, inputs. */
  static List<Object> proofArgs(Groth16Proof p, List<Fr> pub) {
    return List.of(
        List.of(p.a().x().toBigInteger(), p.a().y().toBigInteger()),
        List.of(List.of(p.b().x().c1().toBigInteger(), p.b().x().c0().toBigInteger()),
            List.of(p.b().y().c1().toBigInteger(), p.b().y().c0().toBigInteger())),
        List.of(p.c().x().toBigInteger(), p.c().y().toBigInteger()),
        pub.stream().map(Fr::toBigInteger).toList());
  }
}
