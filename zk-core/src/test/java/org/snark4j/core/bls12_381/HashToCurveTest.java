package org.snark4j.core.bls12_381;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snark4j.core.bls12_381.internal.CurveArith;
import org.snark4j.core.internal.ExpandMessageXmd;
import org.snark4j.core.testing.TestVectors;

/** RFC 9380's BLS12-381 suites on the RFC's appendix J vectors, and the cofactor clearing against h_eff. */
class HashToCurveTest {
  static Stream<JsonNode> g1() {
    return vectors("G1");
  }

  static Stream<JsonNode> g2() {
    return vectors("G2");
  }

  private static Stream<JsonNode> vectors(String group) {
    JsonNode suite = TestVectors.load("hash-to-curve/bls12_381.json").get(group);
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode v : suite.get("vectors")) {
      out.add(v);
    }
    return out.stream();
  }

  private static String dst(String group) {
    return TestVectors.load("hash-to-curve/bls12_381.json").get(group).get("dst").asText();
  }

  private static Fp fp(JsonNode hex) {
    return Fp.of(new BigInteger(hex.asText(), 16));
  }

  private static Fp2 fp2(JsonNode pair) {
    return Fp2.of(fp(pair.get(0)), fp(pair.get(1)));
  }

  @ParameterizedTest
  @MethodSource("g1")
  void hashToG1(JsonNode v) {
    byte[] msg = v.get("msg").asText().getBytes(StandardCharsets.US_ASCII);
    byte[] dst = dst("G1").getBytes(StandardCharsets.US_ASCII);
    Fp[] u = HashToCurve.hashToFp(msg, dst, 2);
    assertEquals(fp(v.get("u").get(0)), u[0]);
    assertEquals(fp(v.get("u").get(1)), u[1]);
    G1Affine p = HashToCurve.hashToG1(msg, dst);
    assertEquals(G1Affine.of(fp(v.get("P").get("x")), fp(v.get("P").get("y"))), p);
    assertTrue(p.isInSubgroup());
  }

  @ParameterizedTest
  @MethodSource("g2")
  void hashToG2(JsonNode v) {
    byte[] msg = v.get("msg").asText().getBytes(StandardCharsets.US_ASCII);
    byte[] dst = dst("G2").getBytes(StandardCharsets.US_ASCII);
    Fp2[] u = HashToCurve.hashToFp2(msg, dst, 2);
    assertEquals(fp2(v.get("u").get(0)), u[0]);
    assertEquals(fp2(v.get("u").get(1)), u[1]);
    G2Affine p = HashToCurve.hashToG2(msg, dst);
    assertEquals(G2Affine.of(fp2(v.get("P").get("x")), fp2(v.get("P").get("y"))), p);
  }

  @Test
  void g2CofactorClearingThroughPsiIsMultiplicationByHEff() {
    Random random = new Random(31);
    for (int i = 0; i < 5; i++) {
      G2Affine q = G2TestPoints.onTwist(random);
      long[] expect = new long[q.toJacobian().l.length];
      CurveArith.G2.jacScalarMul(expect, 0, q.toJacobian().l, 0, HashToCurve.H_EFF_G2);
      G2Jacobian fast = HashToCurve.clearCofactorG2(q.toJacobian());
      assertEquals(new G2Jacobian(expect).toAffine(), fast.toAffine());
      assertTrue(fast.toAffine().isInSubgroup());
    }
  }

  @Test
  void g1CofactorClearingLandsInG1() {
    Random random = new Random(32);
    for (int i = 0; i < 5; i++) {
      G1Affine p = G2TestPoints.onG1Curve(random);
      assertTrue(HashToCurve.clearCofactorG1(p.toJacobian()).toAffine().isInSubgroup());
    }
  }

  @Test
  void expandMessageRefusesWhatTheRfcForbids() {
    byte[] dst = "QUUX-V01-CS02-with-expander-SHA256-128".getBytes(StandardCharsets.US_ASCII);
    assertEquals(32, ExpandMessageXmd.expand(new byte[0], dst, 32).length);
    assertEquals(8160, ExpandMessageXmd.expand(new byte[0], dst, 8160).length);
    assertThrows(IllegalArgumentException.class, () -> ExpandMessageXmd.expand(new byte[0], dst, 8161));
    assertThrows(IllegalArgumentException.class, () -> ExpandMessageXmd.expand(new byte[0], dst, 0));
    assertThrows(IllegalArgumentException.class, () -> ExpandMessageXmd.expand(new byte[0], new byte[256], 32));
    assertEquals(32, ExpandMessageXmd.tag(new byte[256]).length);
  }
}
