package org.snark4j.core.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.internal.CurveArith;
import org.snark4j.core.laws.GroupLaws;


/** The G2 subgroup check against multiplication by r, and refusal of off-curve points. */
class SubgroupCheckTest {
  /** [r]Q == 0 computed without reducing r: the slow oracle of the subgroup check. */
  static boolean inSubgroupOracle(G2Affine q) {
    long[] j = new long[24];
    CurveArith.G2.jacFromAffine(j, 0, q.l, 0);
    CurveArith.G2.jacScalarMul(j, 0, j, 0, Fr.MODULUS);
    return CurveArith.G2.jacIsInfinity(j, 0);
  }

  @Test
  void g2SubgroupCheckAgreesWithMultiplicationByR() {
    Random random = new Random(11);
    BigInteger cofactor = Fp.MODULUS.shiftLeft(1).subtract(Fr.MODULUS);
    for (int i = 0; i < 20; i++) {
      G2Affine q = G2TestPoints.onTwist(random);
      assertTrue(q.isOnCurve());
      assertEquals(inSubgroupOracle(q), q.isInSubgroup());
      assertFalse(q.isInSubgroup(), "a random twist point is in G2 with probability 1/cofactor");
      // clearing the cofactor lands in G2
      long[] j = new long[24];
      CurveArith.G2.jacFromAffine(j, 0, q.l, 0);
      CurveArith.G2.jacScalarMul(j, 0, j, 0, cofactor);
      long[] a = new long[16];
      CurveArith.G2.jacToAffine(a, 0, j, 0);
      G2Affine cleared = new G2Affine(a);
      assertTrue(inSubgroupOracle(cleared));
      assertTrue(cleared.isInSubgroup());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> G2Affine.of(q.x(), q.y()));
      assertTrue(e.getMessage().contains("not in the subgroup"), e.getMessage());
    }
  }

  @Test
  void manyPointsAreCheckedAtOnceAndASmallOrderComponentIsFound() {
    Random random = new Random(12);
    G2Affine[] pts = new G2Affine[200];
    for (int i = 0; i < pts.length; i++) {
      pts[i] = G2Affine.GENERATOR.multiply(Fr.random(random));
    }
    assertTrue(G2Affine.allInSubgroup(pts));
    // a component of order 10069 (the smallest prime of the cofactor) added to one point
    BigInteger cofactor = Fp.MODULUS.shiftLeft(1).subtract(Fr.MODULUS);
    BigInteger k = cofactor.divide(BigInteger.valueOf(10069)).multiply(Fr.MODULUS);
    long[] t = new long[24];
    CurveArith.G2.jacFromAffine(t, 0, G2TestPoints.onTwist(random).l, 0);
    CurveArith.G2.jacScalarMul(t, 0, t, 0, k);
    assertFalse(CurveArith.G2.jacIsInfinity(t, 0));
    long[] sum = new long[24];
    CurveArith.G2.jacFromAffine(sum, 0, pts[77].l, 0);
    CurveArith.G2.jacAdd(sum, 0, sum, 0, t, 0);
    long[] a = new long[16];
    CurveArith.G2.jacToAffine(a, 0, sum, 0);
    G2Affine[] bad = pts.clone();
    bad[77] = new G2Affine(a);
    assertTrue(bad[77].isOnCurve());
    assertFalse(bad[77].isInSubgroup());
    for (int round = 0; round < 5; round++) {
      assertFalse(G2Affine.allInSubgroup(bad));
    }
    bad[77] = G2TestPoints.onTwist(random);
    assertFalse(G2Affine.allInSubgroup(bad));
    bad[77] = G2Affine.ofUnchecked(Fp2.ONE, Fp2.ONE);
    assertFalse(G2Affine.allInSubgroup(bad));
    assertFalse(G2Affine.allInSubgroup(java.util.Arrays.copyOfRange(bad, 70, 80))); // few: one by one
    assertTrue(G2Affine.allInSubgroup(java.util.Arrays.copyOfRange(pts, 70, 80)));
  }

  @Test
  void offCurvePointsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> G1Affine.of(Fp.ONE, Fp.ONE));
    assertThrows(IllegalArgumentException.class, () -> G2Affine.of(Fp2.ONE, Fp2.ONE));
    assertFalse(G2Affine.ofUnchecked(Fp2.ONE, Fp2.ONE).isInSubgroup());
    assertTrue(G1Affine.of(Fp.ZERO, Fp.ZERO).isInfinity());
  }
}
