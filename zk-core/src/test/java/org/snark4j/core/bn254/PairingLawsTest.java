package org.snark4j.core.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Bilinearity, non-degeneracy and the multi-pairing. */
class PairingLawsTest {
  @Provide
  Arbitrary<BigInteger> scalars() {
    return Arbitraries.bigIntegers().between(BigInteger.ONE, Fr.MODULUS.subtract(BigInteger.ONE));
  }

  @Property(tries = 8)
  void bilinear(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    G1Affine p = G1Affine.GENERATOR.multiply(a);
    G2Affine q = G2Affine.GENERATOR.multiply(b);
    Fp12 base = Pairing.pair(G1Affine.GENERATOR, G2Affine.GENERATOR);
    assertEquals(base.pow(a.multiply(b).mod(Fr.MODULUS)), Pairing.pair(p, q));
    assertEquals(Pairing.pair(p.multiply(b), G2Affine.GENERATOR), Pairing.pair(p, q));
    // e(aG1, bG2)·e(-abG1, G2) = 1
    assertTrue(Pairing.pairingCheck(List.of(p, p.multiply(b).negate()), List.of(q, G2Affine.GENERATOR)));
    assertFalse(Pairing.pairingCheck(List.of(p, p.multiply(b)), List.of(q, G2Affine.GENERATOR)));
  }

  @Property(tries = 5)
  void multiPairingIsTheProduct(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b, @ForAll("scalars") BigInteger c) {
    G1Affine p1 = G1Affine.GENERATOR.multiply(a);
    G1Affine p2 = G1Affine.GENERATOR.multiply(b);
    G2Affine q1 = G2Affine.GENERATOR.multiply(c);
    G2Affine q2 = G2Affine.GENERATOR;
    assertEquals(Pairing.pair(p1, q1).multiply(Pairing.pair(p2, q2)), Pairing.multiPair(List.of(p1, p2), List.of(q1, q2)));
  }

  @Test
  void nonDegenerateOfOrderR() {
    Fp12 e = Pairing.pair(G1Affine.GENERATOR, G2Affine.GENERATOR);
    assertFalse(e.isOne());
    assertTrue(e.pow(Fr.MODULUS).isOne());
    assertEquals(e.inverse(), e.conjugate());
  }

  @Test
  void infinityPairsToOne() {
    assertTrue(Pairing.pair(G1Affine.INFINITY, G2Affine.GENERATOR).isOne());
    assertTrue(Pairing.pair(G1Affine.GENERATOR, G2Affine.INFINITY).isOne());
    assertTrue(Pairing.pairingCheck(List.of(), List.of()));
  }

  @Test
  void mismatchedListsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Pairing.pairingCheck(List.of(G1Affine.GENERATOR), List.of()));
    assertThrows(ArithmeticException.class, () -> Pairing.finalExponentiation(Fp12.ZERO));
  }

  @Property(tries = 5)
  void preparedPairingsAgree(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b, @ForAll("scalars") BigInteger c) {
    G1Affine p1 = G1Affine.GENERATOR.multiply(a);
    G2Affine q1 = G2Affine.GENERATOR.multiply(b);
    G2Affine q2 = G2Affine.GENERATOR.multiply(c);
    assertEquals(Pairing.multiPair(List.of(p1, p1.negate(), G1Affine.INFINITY), List.of(q1, q2, q2)),
        Pairing.multiPairPrepared(List.of(p1, p1.negate(), G1Affine.INFINITY),
            List.of(Pairing.prepare(q1), Pairing.prepare(q2), Pairing.prepare(q2))));
    assertTrue(Pairing.multiPairPrepared(List.of(p1), List.of(Pairing.prepare(G2Affine.INFINITY))).isOne());
  }
}
