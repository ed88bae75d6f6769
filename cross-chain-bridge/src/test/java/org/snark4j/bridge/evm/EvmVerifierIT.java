package org.snark4j.bridge.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16VerifyingKey;
import org.snark4j.verifier.SnarkjsFiles;

/**
 * Our generated Solidity verifier on a real node: compiled with solc 0.8.37, installed on Anvil 1.7.1 and called
 * for the four snarkjs-shaped triples of the shared vectors (1 to 77 public inputs). A valid proof is accepted
 * through both ABI forms; a tampered proof, a public input plus r, a wrong input count and a short proof are
 * refused; the gas of a verification is no higher than snarkjs's verifier for the same key. Integration test:
 * starts Node.js and Anvil from interop/.
 */
class EvmVerifierIT {
  static Anvil anvil;
  static EvmRpc rpc;
  static Path work;

  @BeforeAll
  static void startAnvil() throws Exception {
    anvil = new Anvil();
    rpc = anvil.rpc;
    work = Files.createTempDirectory("evm-it");
  }

  @AfterAll
  static void stop() throws Exception {
    if (anvil != null) {
      anvil.close();
    }
    if (work != null) {
      try (var files = Files.walk(work)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  static String node(String... args) throws Exception {
    return anvil.node(null, args);
  }

  /** Compiles a source, installs the named contract's runtime code at the address, returns it. */
  static String install(String source, String contract, String address) throws Exception {
    JsonNode compiled = anvil.compile(work, contract + ".sol", source);
    String runtime = compiled.path(contract).path("deployedBytecode").asText();
    assertTrue(runtime.length() > 2, "no bytecode for " + contract);
    rpc.call("anvil_setCode", address, runtime);
    return address;
  }

  static byte[] word(BigInteger v) {
    return Abi.word(v);
  }

  /** verifyProof(uint256[2],uint256[2][2],uint256[2],uint256[n]) calldata. */
  static byte[] fixedCall(byte[] proof, List<BigInteger> inputs, int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Keccak.selector("verifyProof(uint256[2],uint256[2][2],uint256[2],uint256[" + n + "])"));
    out.writeBytes(proof);
    for (BigInteger x : inputs) {
      out.writeBytes(word(x));
    }
    return out.toByteArray();
  }

  /** verifyProof(bytes,uint256[]) calldata. */
  static byte[] bytesCall(byte[] proof, List<BigInteger> inputs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Keccak.selector("verifyProof(bytes,uint256[])"));
    int proofWords = (proof.length + 31) / 32;
    out.writeBytes(word(BigInteger.valueOf(64)));
    out.writeBytes(word(BigInteger.valueOf(64 + 32 + 32L * proofWords)));
    out.writeBytes(word(BigInteger.valueOf(proof.length)));
    out.writeBytes(Arrays.copyOf(proof, 32 * proofWords));
    out.writeBytes(word(BigInteger.valueOf(inputs.size())));
    for (BigInteger x : inputs) {
      out.writeBytes(word(x));
    }
    return out.toByteArray();
  }

  static boolean call(String to, byte[] data) throws Exception {
    byte[] r = rpc.ethCall(to, data);
    assertEquals(32, r.length, "a bool is one word");
    return r[31] == 1;
  }

  /** Gas used by a call, from Anvil's call tracer (eth_estimateGas misleads for verifiers that return false). */
  static long gas(String to, byte[] data) throws Exception {
    ObjectNode tx = EvmRpc.json().createObjectNode().put("to", to).put("data", Hex.encode(data)).put("gas", "0x1000000");
    ObjectNode opts = EvmRpc.json().createObjectNode().put("tracer", "callTracer");
    JsonNode trace = rpc.call("debug_traceCall", tx, "latest", opts);
    return Long.decode(trace.path("gasUsed").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"iden3-snarkjs", "arkworks-circom-compat", "vocdoni-circom2gnark",
      "iden3-go-iden3-auth-atomicQueryMTPV2"})
  void generatedVerifierAcceptsTheProofAndRefusesTampering(String name) throws Exception {
    Path dir = Path.of(getClass().getResource("/vectors/groth16/" + name).toURI());
    Groth16VerifyingKey vk = SnarkjsFiles.readVerifyingKey(dir.resolve("verification_key.json"));
    Groth16Proof proof = SnarkjsFiles.readProof(dir.resolve("proof.json"));
    List<Fr> pub = SnarkjsFiles.readPublicInputs(dir.resolve("public.json"));
    int n = pub.size();
    String ours = install(SolidityVerifier.source(vk, "Verifier"), "Verifier",
        "0x00000000000000000000000000000000000a" + String.format("%04x", n));
    List<BigInteger> inputs = pub.stream().map(Fr::toBigInteger).toList();
    byte[] p = SolidityVerifier.proofBytes(proof);

    // the calldata text is snarkjs's
    String theirCalldata = node("node_modules/snarkjs/build/cli.cjs", "zkey", "export", "soliditycalldata",
        dir.resolve("public.json").toString(), dir.resolve("proof.json").toString()).strip();
    assertEquals(theirCalldata, SolidityVerifier.calldata(proof, pub));

    assertTrue(call(ours, fixedCall(p, inputs, n)), "valid proof, fixed form");
    assertTrue(call(ours, bytesCall(p, inputs)), "valid proof, bytes form");
    // a tampered A (another point of the curve)
    Groth16Proof tampered = new Groth16Proof(proof.a().add(G1Affine.GENERATOR), proof.b(), proof.c());
    assertTrue(!call(ours, fixedCall(SolidityVerifier.proofBytes(tampered), inputs, n)));
    // a coordinate not on the curve: the precompile fails, the verifier says false
    byte[] offCurve = p.clone();
    offCurve[63] ^= 1;
    assertTrue(!call(ours, fixedCall(offCurve, inputs, n)));
    // the first input plus r (the aliasing bug) and a changed input
    List<BigInteger> aliased = new ArrayList<>(inputs);
    aliased.set(0, aliased.get(0).add(Fr.MODULUS));
    assertTrue(!call(ours, fixedCall(p, aliased, n)));
    assertTrue(!call(ours, bytesCall(p, aliased)));
    List<BigInteger> changed = new ArrayList<>(inputs);
    changed.set(0, changed.get(0).add(BigInteger.ONE).mod(Fr.MODULUS));
    assertTrue(!call(ours, fixedCall(p, changed, n)));
    // wrong counts and a short proof in the bytes form
    assertTrue(!call(ours, bytesCall(p, inputs.subList(0, n - 1))));
    List<BigInteger> extra = new ArrayList<>(inputs);
    extra.add(BigInteger.ONE);
    assertTrue(!call(ours, bytesCall(p, extra)));
    assertTrue(!call(ours, bytesCall(Arrays.copyOf(p, 255), inputs)));

    // gas beside snarkjs's verifier for the same key
    Path theirsSol = work.resolve("Theirs" + n + ".sol");
    node("snarkjs-verifier.mjs", dir.resolve("verification_key.json").toString(), theirsSol.toString());
    String theirs = install(Files.readString(theirsSol), "Groth16Verifier",
        "0x00000000000000000000000000000000000b" + String.format("%04x", n));
    byte[] data = fixedCall(p, inputs, n);
    assertTrue(call(theirs, data), "snarkjs's verifier accepts the same call");
    long ourGas = gas(ours, data);
    long theirGas = gas(theirs, data);
    System.out.printf("gas %s (%d inputs): snark4j %d, snarkjs %d%n", name, n, ourGas, theirGas);
    assertTrue(ourGas <= theirGas, "snark4j " + ourGas + " gas, snarkjs " + theirGas);
  }
}
