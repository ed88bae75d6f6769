package org.snark4j.core.bn254.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The GLV decomposition and multiplication against the plain width-5 NAF multiplication. */
class G1GlvTest {
  @Provide
  Arbitrary<BigInteger> scalars() {
    BigInteger r = G1Glv.R;
    return Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ZERO, r.subtract(BigInteger.ONE)),
        Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, r.subtract(BigInteger.ONE), G1Glv.LAMBDA,
            r.subtract(G1Glv.LAMBDA), r.shiftRight(1)));
  }

  @Property(tries = 500)
  void decompositionIsShortAndCorrect(@ForAll("scalars") BigInteger k) {
    BigInteger[] ks = G1Glv.decompose(k);
    assertEquals(k.mod(G1Glv.R), ks[0].add(ks[1].multiply(G1Glv.LAMBDA)).mod(G1Glv.R));
    assertTrue(ks[0].bitLength() <= 128 && ks[1].bitLength() <= 128, ks[0] + " " + ks[1]);
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
    G1Glv.scalarMul(got, 0, p, 0, k);
    assertTrue(c.jacEquals(expect, 0, got, 0));
  }
}
