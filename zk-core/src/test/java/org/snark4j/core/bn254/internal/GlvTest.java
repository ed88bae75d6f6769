package org.snark4j.core.bn254.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The GLV decomposition and multiplication, on G1 and G2, against the plain width-5 NAF multiplication. */
class GlvTest {
  static final Glv G1 = g1();
  static final Glv G2 = g2();

  static Glv g1() {
    long[] l = new long[8];
    org.snark4j.core.bn254.G1Affine.GENERATOR.writeLimbs(l, 0);
    return new Glv(CurveArith.G1, l);
  }

  static Glv g2() {
    long[] l = new long[16];
    org.snark4j.core.bn254.G2Affine.GENERATOR.writeLimbs(l, 0);
    return new Glv(CurveArith.G2, l);
  }

  @Provide
  Arbitrary<BigInteger> scalars() {
    BigInteger r = Glv.R;
    return Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ZERO, r.subtract(BigInteger.ONE)),
        Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, r.subtract(BigInteger.ONE), G1.lambda,
            r.subtract(G1.lambda), r.shiftRight(1)));
  }

  @Property(tries = 500)
  void decompositionIsShortAndCorrect(@ForAll("scalars") BigInteger k) {
    for (Glv glv : new Glv[] {G1, G2}) {
      BigInteger[] ks = glv.decompose(k);
      assertEquals(k.mod(Glv.R), ks[0].add(ks[1].multiply(glv.lambda)).mod(Glv.R));
      assertTrue(ks[0].bitLength() <= 128 && ks[1].bitLength() <= 128, ks[0] + " " + ks[1]);
    }
  }

  @Property(tries = 100)
  void multiplicationMatchesPlainNaf(@ForAll("scalars") BigInteger k, @ForAll("scalars") BigInteger base) {
    CurveArith c = CurveArith.G1;
    long[] g = new long[12];
    long[] aff = new long[8];
    FpArith.setOne(aff, 0);
    FpArith.add(aff, 4, aff, 0, aff, 0); // (1, 2)
    c.jacFromAffine(g, 0, aff, 0);
    long[] p = new long[12];
    c.jacScalarMul(p, 0, g, 0, base);
    long[] expect = new long[12];
    c.jacScalarMul(expect, 0, p, 0, k);
    long[] got = new long[12];
    G1.scalarMul(got, 0, p, 0, k);
    assertTrue(c.jacEquals(expect, 0, got, 0));
  }

  @Property(tries = 60)
  void g2MultiplicationMatchesPlainNaf(@ForAll("scalars") BigInteger k, @ForAll("scalars") BigInteger base) {
    CurveArith c = CurveArith.G2;
    long[] aff = new long[16];
    org.snark4j.core.bn254.G2Affine.GENERATOR.writeLimbs(aff, 0);
    long[] g = new long[24];
    c.jacFromAffine(g, 0, aff, 0);
    long[] p = new long[24];
    c.jacScalarMul(p, 0, g, 0, base);
    long[] expect = new long[24];
    c.jacScalarMul(expect, 0, p, 0, k);
    long[] got = new long[24];
    G2.scalarMul(got, 0, p, 0, k);
    assertTrue(c.jacEquals(expect, 0, got, 0));
  }
}
