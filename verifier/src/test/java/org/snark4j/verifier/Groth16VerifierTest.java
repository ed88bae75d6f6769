package org.snark4j.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;

/** The shared snarkjs triples, and every way a proof must be refused. */
class Groth16VerifierTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode load(String dir, String file) throws Exception {
    try (InputStream in = Groth16VerifierTest.class.getResourceAsStream("/vectors/groth16/" + dir + "/" + file)) {
      return JSON.readTree(in);
    }
  }

  record Triple(Groth16VerifyingKey vk, Groth16Proof proof, List<Fr> inputs) {
    Groth16Verifier verifier() {
      return Groth16Verifier.ofUncontributedKey(vk);
    }
  }

  static Triple triple(String dir) throws Exception {
    return new Triple(SnarkjsFiles.verifyingKey(load(dir, "verification_key.json")),
        SnarkjsFiles.proof(load(dir, "proof.json")), SnarkjsFiles.publicInputs(load(dir, "public.json")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"iden3-snarkjs", "arkworks-circom-compat", "vocdoni-circom2gnark",
      "iden3-go-iden3-auth-atomicQueryMTPV2"})
  void snarkjsProofsVerify(String dir) throws Exception {
    Triple t = triple(dir);
    assertTrue(t.verifier().verify(t.proof(), t.inputs()));
    // a changed input, or the proof of another statement, is refused
    List<Fr> changed = new ArrayList<>(t.inputs());
    changed.set(0, changed.get(0).add(Fr.ONE));
    assertFalse(t.verifier().verify(t.proof(), changed));
    assertFalse(t.verifier().verify(new Groth16Proof(t.proof().c(), t.proof().b(), t.proof().a()), t.inputs()));
    assertFalse(t.verifier().verify(new Groth16Proof(t.proof().a().negate(), t.proof().b(), t.proof().c()), t.inputs()));
    assertFalse(t.verifier().verify(new Groth16Proof(t.proof().a(), t.proof().b().negate(), t.proof().c()), t.inputs()));
    assertFalse(t.verifier().verify(new Groth16Proof(t.proof().a(), t.proof().b(), t.proof().c().negate()), t.inputs()));
  }

  @Test
  void malformedJsonIsRefusedByName() throws Exception {
    // a fuzzer's finding: IC given as an object, not an array
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SnarkjsFiles.verifyingKey(
        JSON.readTree("{\"protocol\":\"groth16\",\"IC\":{\"pi_a\":[\"\",\"\",\"0\"]}}")));
    assertTrue(e.getMessage().startsWith("IC: expected an array"), e.getMessage());
    // a million-digit number is refused before BigInteger spends seconds parsing it
    String huge = "[\"" + "7".repeat(1_000_000) + "\"]";
    e = assertThrows(IllegalArgumentException.class, () -> SnarkjsFiles.publicInputs(JSON.readTree(huge)));
    assertTrue(e.getMessage().contains("a string of 1000000 characters"), e.getMessage());
    JsonNode proof = load("iden3-snarkjs", "proof.json");
    ((com.fasterxml.jackson.databind.node.ArrayNode) proof.get("pi_a")).set(0, "7".repeat(1_000_000));
    e = assertThrows(IllegalArgumentException.class, () -> SnarkjsFiles.proof(proof));
    assertTrue(e.getMessage().contains("a string of 1000000 characters"), e.getMessage());
  }

  @Test
  void uncontributedKeysAreRefusedByDefault() throws Exception {
    Triple t = triple("iden3-snarkjs");
    assertTrue(t.vk().isUncontributed());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Groth16Verifier.of(t.vk()));
    assertTrue(e.getMessage().contains("anyone can forge"), e.getMessage());
    // of the shared keys only iden3's credential key went through a contribution
    for (String dir : new String[] {"arkworks-circom-compat", "vocdoni-circom2gnark"}) {
      assertTrue(triple(dir).vk().isUncontributed(), dir);
    }
    Triple ok = triple("iden3-go-iden3-auth-atomicQueryMTPV2");
    assertFalse(ok.vk().isUncontributed());
    assertTrue(Groth16Verifier.of(ok.vk()).verify(ok.proof(), ok.inputs()));
  }

  @Test
  void inputAliasingAndCountsAreRefused() throws Exception {
    Triple t = triple("arkworks-circom-compat");
    Groth16Verifier v = t.verifier();
    BigInteger x = t.inputs().get(0).toBigInteger();
    assertTrue(v.verify(t.proof(), x));
    IllegalArgumentException alias = assertThrows(IllegalArgumentException.class,
        () -> v.verify(t.proof(), x.add(Fr.MODULUS)));
    assertTrue(alias.getMessage().contains("must be in [0, r)"), alias.getMessage());
    assertThrows(IllegalArgumentException.class, () -> v.verify(t.proof(), x.negate()));
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> v.verify(t.proof(), x, x));
    assertTrue(count.getMessage().contains("takes 1 public inputs, got 2"), count.getMessage());
    assertThrows(IllegalArgumentException.class, () -> v.verify(t.proof(), List.of()));
    // the same proof under another key
    Triple other = triple("vocdoni-circom2gnark");
    assertFalse(other.verifier().verify(t.proof(), t.inputs()));
  }

  @Test
  void infinityAndMalformedPointsAreRefused() throws Exception {
    Triple t = triple("arkworks-circom-compat");
    Groth16Verifier v = t.verifier();
    assertFalse(v.verify(new Groth16Proof(G1Affine.INFINITY, t.proof().b(), t.proof().c()), t.inputs()));
    assertFalse(v.verify(new Groth16Proof(t.proof().a(), G2Affine.INFINITY, t.proof().c()), t.inputs()));
    assertFalse(v.verify(new Groth16Proof(t.proof().a(), t.proof().b(), G1Affine.INFINITY), t.inputs()));
    // off the curve, in JSON
    com.fasterxml.jackson.databind.node.ObjectNode p = (com.fasterxml.jackson.databind.node.ObjectNode) load(
        "arkworks-circom-compat", "proof.json").deepCopy();
    ((com.fasterxml.jackson.databind.node.ArrayNode) p.get("pi_a")).set(1, JSON.getNodeFactory().textNode("5"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SnarkjsFiles.proof(p));
    assertTrue(e.getMessage().startsWith("pi_a: "), e.getMessage());
    IllegalArgumentException pub = assertThrows(IllegalArgumentException.class,
        () -> SnarkjsFiles.publicInputs(JSON.readTree("[\"" + Fr.MODULUS + "\"]")));
    assertTrue(pub.getMessage().contains("public input 0"), pub.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SnarkjsFiles.verifyingKey(JSON.readTree("{\"protocol\": \"plonk\"}")));
  }

  @Test
  void batchesVerifyAndFindTheBadProofs() throws Exception {
    Triple t = triple("iden3-go-iden3-auth-atomicQueryMTPV2");
    Groth16Verifier v = Groth16Verifier.of(t.vk());
    List<Groth16Proof> proofs = new ArrayList<>();
    List<List<Fr>> inputs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      proofs.add(t.proof());
      inputs.add(t.inputs());
    }
    Random r = new Random(1);
    assertTrue(v.verifyBatch(proofs, inputs, r).allValid());
    List<Fr> changed = new ArrayList<>(t.inputs());
    changed.set(5, changed.get(5).add(Fr.ONE));
    inputs.set(2, changed);
    proofs.set(4, new Groth16Proof(t.proof().a(), t.proof().b(), t.proof().c().negate()));
    assertEquals(List.of(2, 4), v.verifyBatch(proofs, inputs, r).failed());
    assertThrows(IllegalArgumentException.class, () -> v.verifyBatch(proofs, inputs.subList(0, 3), r));
  }

  @Test
  void jsonRoundTrip() throws Exception {
    Triple t = triple("iden3-go-iden3-auth-atomicQueryMTPV2");
    JsonNode vk = SnarkjsFiles.toJson(t.vk());
    assertEquals(t.vk(), SnarkjsFiles.verifyingKey(vk));
    // vk_alphabeta_12 as snarkjs computes it
    assertEquals(load("iden3-go-iden3-auth-atomicQueryMTPV2", "verification_key.json").get("vk_alphabeta_12"),
        vk.get("vk_alphabeta_12"));
    assertEquals(t.proof(), SnarkjsFiles.proof(SnarkjsFiles.toJson(t.proof())));
    assertEquals(t.inputs(), SnarkjsFiles.publicInputs(SnarkjsFiles.toJson(t.inputs())));
  }
}
