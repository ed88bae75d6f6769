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
  void offCurvePointsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> G1Affine.of(Fp.ONE, Fp.ONE));
    assertThrows(IllegalArgumentException.class, () -> G2Affine.of(Fp2.ONE, Fp2.ONE));
    assertFalse(G2Affine.ofUnchecked(Fp2.ONE, Fp2.ONE).isInSubgroup());
    assertTrue(G1Affine.of(Fp.ZERO, Fp.ZERO).isInfinity());
  }
}
