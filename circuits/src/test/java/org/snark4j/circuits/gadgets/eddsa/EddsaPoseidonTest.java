package org.snark4j.circuits.gadgets.eddsa;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.UnsatisfiedConstraintException;
import org.snark4j.circuits.Variable;
import org.snark4j.circuits.gadgets.babyjub.BabyJubPoint;
import org.snark4j.core.bn254.Fr;

/** EdDSA-Poseidon against circomlibjs's signatures, natively and in a circuit; forgeries refused. */
class EddsaPoseidonTest {
  record Sig(BabyJubPoint a, BabyJubPoint r8, BigInteger s, Fr m) {}

  static Stream<Sig> signatures() throws Exception {
    try (InputStream in = EddsaPoseidonTest.class.getResourceAsStream("/vectors/circomlib/eddsa_poseidon.json")) {
      List<Sig> out = new ArrayList<>();
      for (JsonNode c : new ObjectMapper().readTree(in)) {
        out.add(new Sig(point(c.get("publicKey")), point(c.get("R8")), new BigInteger(c.get("S").asText()),
            Fr.parse(c.get("message").asText())));
      }
      return out.stream();
    }
  }

  static BabyJubPoint point(JsonNode p) {
    return new BabyJubPoint(Fr.parse(p.get(0).asText()), Fr.parse(p.get(1).asText()));
  }

  static final Circuit VERIFIER = api -> EddsaPoseidon.verify(api, api.secretInput("enabled"),
      new Variable[] {api.publicInput("A.x"), api.publicInput("A.y")}, api.secretInput("S"),
      new Variable[] {api.secretInput("R8.x"), api.secretInput("R8.y")}, api.publicInput("M"));

  static final CompiledCircuit CC = CompiledCircuit.compile(VERIFIER, false);

  static Assignment assignment(Sig sig, long enabled) {
    return Assignment.builder().set("enabled", enabled).set("A.x", sig.a().x()).set("A.y", sig.a().y())
        .set("S", sig.s()).set("R8.x", sig.r8().x()).set("R8.y", sig.r8().y()).set("M", sig.m()).build();
  }

  @ParameterizedTest
  @MethodSource("signatures")
  void circomlibjsSignaturesVerify(Sig sig) {
    assertTrue(EddsaPoseidon.verify(sig.a(), sig.r8(), sig.s(), sig.m()));
    CC.solve(assignment(sig, 1));
    Sig otherMessage = new Sig(sig.a(), sig.r8(), sig.s(), sig.m().add(Fr.ONE));
    assertFalse(EddsaPoseidon.verify(otherMessage.a(), otherMessage.r8(), otherMessage.s(), otherMessage.m()));
    assertThrows(UnsatisfiedConstraintException.class, () -> CC.solve(assignment(otherMessage, 1)));
  }

  @Test
  void forgeriesAreRefused() throws Exception {
    Sig sig = signatures().findFirst().orElseThrow();
    // S + subgroup order passes the group equation but not the range check
    Sig malleable = new Sig(sig.a(), sig.r8(), sig.s().add(BabyJubPoint.SUB_ORDER), sig.m());
    assertFalse(EddsaPoseidon.verify(malleable.a(), malleable.r8(), malleable.s(), malleable.m()));
    assertThrows(UnsatisfiedConstraintException.class, () -> CC.solve(assignment(malleable, 1)));
    Sig otherS = new Sig(sig.a(), sig.r8(), sig.s().add(BigInteger.ONE), sig.m());
    assertThrows(UnsatisfiedConstraintException.class, () -> CC.solve(assignment(otherS, 1)));
    Sig otherKey = new Sig(sig.a().add(BabyJubPoint.BASE8), sig.r8(), sig.s(), sig.m());
    assertThrows(UnsatisfiedConstraintException.class, () -> CC.solve(assignment(otherKey, 1)));
    // disabled, a wrong signature is not checked (as circomlib)
    CC.solve(assignment(otherS, 0));
  }

  @Test
  void noWorseThanCircomlib() {
    int ours = CC.r1cs().constraintCount();
    assertTrue(ours <= 4217, "EdDSAPoseidonVerifier costs " + ours + ", circomlib's 4217");
    assertEquals(ours, CompiledCircuit.compile(VERIFIER, false).r1cs().constraintCount());
  }

  /** Signs natively with a secret scalar: A = a·B8, R8 = r·B8, S = r + 8·h·a mod the subgroup order. */
  static Sig sign(BigInteger secret, BigInteger nonce, Fr m) {
    BabyJubPoint a = BabyJubPoint.BASE8.multiply(secret);
    BabyJubPoint r8 = BabyJubPoint.BASE8.multiply(nonce);
    BigInteger h = EddsaPoseidon.challenge(a, r8, m).toBigInteger();
    BigInteger s = nonce.add(h.multiply(BigInteger.valueOf(8)).multiply(secret)).mod(BabyJubPoint.SUB_ORDER);
    return new Sig(a, r8, s, m);
  }

  @net.jqwik.api.Property(tries = 5)
  void randomSignaturesVerifyNativelyAndInCircuit(@net.jqwik.api.ForAll long seed) {
    java.util.Random r = new java.util.Random(seed);
    Sig sig = sign(new BigInteger(250, r).add(BigInteger.ONE), new BigInteger(250, r).add(BigInteger.ONE), Fr.random(r));
    assertTrue(EddsaPoseidon.verify(sig.a(), sig.r8(), sig.s(), sig.m()));
    CC.solve(assignment(sig, 1));
  }
}
