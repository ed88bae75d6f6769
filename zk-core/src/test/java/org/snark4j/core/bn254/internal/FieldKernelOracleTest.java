package org.snark4j.core.bn254.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generated limb kernels of Fp and Fr against a BigInteger oracle (STYLE.md 9), on random values and on
 * the edges (0, 1, q - 1, values near 2^64 boundaries).
 */
class FieldKernelOracleTest {
  static final BigInteger R = BigInteger.ONE.shiftLeft(256);

  @Provide
  Arbitrary<Boolean> fields() {
    return Arbitraries.of(true, false);
  }

  static BigInteger modulus(boolean fp) {
    return fp ? FpArith.MODULUS : FrArith.MODULUS;
  }

  @Provide
  Arbitrary<BigInteger> values() {
    // below r < p: valid in both fields
    BigInteger r = FrArith.MODULUS;
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, r.subtract(BigInteger.ONE)),
        Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, r.subtract(BigInteger.ONE),
            r.subtract(BigInteger.TWO), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(64), BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(192), BigInteger.ONE.shiftLeft(253)));
  }

  static long[] mont(BigInteger v, boolean fp) {
    BigInteger m = v.multiply(R).mod(modulus(fp));
    long[] l = new long[4];
    FpArith.fromBigInteger(l, 0, m);
    return l;
  }

  static BigInteger value(long[] l, boolean fp) {
    BigInteger m = FpArith.toBigInteger(l, 0);
    // results must be fully reduced
    org.junit.jupiter.api.Assertions.assertTrue(m.compareTo(modulus(fp)) < 0, "not reduced: " + m);
    return m.multiply(R.modInverse(modulus(fp))).mod(modulus(fp));
  }

  @Property(tries = 3000)
  void mulMatchesOracle(@ForAll("fields") boolean fp, @ForAll("values") BigInteger a, @ForAll("values") BigInteger b) {
    long[] z = new long[4];
    if (fp) {
      FpArith.mul(z, 0, mont(a, fp), 0, mont(b, fp), 0);
    } else {
      FrArith.mul(z, 0, mont(a, fp), 0, mont(b, fp), 0);
    }
    assertEquals(a.multiply(b).mod(modulus(fp)), value(z, fp));
  }

  @Property(tries = 3000)
  void sqrMatchesOracle(@ForAll("fields") boolean fp, @ForAll("values") BigInteger a) {
    long[] z = new long[4];
    if (fp) {
      FpArith.sqr(z, 0, mont(a, fp), 0);
    } else {
      FrArith.sqr(z, 0, mont(a, fp), 0);
    }
    assertEquals(a.multiply(a).mod(modulus(fp)), value(z, fp));
  }

  @Property(tries = 2000)
  void addSubNegDblMatchOracle(@ForAll("fields") boolean fp, @ForAll("values") BigInteger a, @ForAll("values") BigInteger b) {
    BigInteger q = modulus(fp);
    FieldOps f = fp ? FieldOps.FP : FieldOps.FR;
    long[] z = new long[4];
    f.add(z, 0, mont(a, fp), 0, mont(b, fp), 0);
    assertEquals(a.add(b).mod(q), value(z, fp));
    f.sub(z, 0, mont(a, fp), 0, mont(b, fp), 0);
    assertEquals(a.subtract(b).mod(q), value(z, fp));
    f.neg(z, 0, mont(a, fp), 0);
    assertEquals(a.negate().mod(q), value(z, fp));
    f.dbl(z, 0, mont(a, fp), 0);
    assertEquals(a.shiftLeft(1).mod(q), value(z, fp));
  }

  @Property(tries = 500)
  void inverseMatchesOracle(@ForAll("fields") boolean fp, @ForAll("values") BigInteger a) {
    BigInteger q = modulus(fp);
    FieldOps f = fp ? FieldOps.FP : FieldOps.FR;
    long[] z = new long[4];
    f.inverse(z, 0, mont(a, fp), 0);
    assertEquals(a.signum() == 0 ? BigInteger.ZERO : a.modInverse(q), value(z, fp));
  }

  @Property(tries = 500)
  void montgomeryConversionsRoundTrip(@ForAll("fields") boolean fp, @ForAll("values") BigInteger a) {
    long[] c = new long[4];
    FpArith.fromBigInteger(c, 0, a);
    long[] m = new long[4];
    long[] back = new long[4];
    if (fp) {
      FpArith.toMont(m, 0, c, 0);
      FpArith.fromMont(back, 0, m, 0);
    } else {
      FrArith.toMont(m, 0, c, 0);
      FrArith.fromMont(back, 0, m, 0);
    }
    assertEquals(a, value(m, fp));
    assertEquals(a, FpArith.toBigInteger(back, 0));
  }

  @Property(tries = 2000)
  void lazyReductionKernelsMatchOracle(@ForAll("values") BigInteger a, @ForAll("values") BigInteger b,
      @ForAll("values") BigInteger c, @ForAll("values") BigInteger d) {
    BigInteger p = FpArith.MODULUS;
    // values() is below r < p; lift some to the top of Fp, where the bounds are tight
    BigInteger[] v = {a, b, c, d};
    for (int i = 0; i < 4; i++) {
      if (v[i].testBit(0)) {
        v[i] = p.subtract(BigInteger.ONE).subtract(v[i].shiftRight(200));
      }
    }
    long[] x = new long[8];
    long[] y = new long[8];
    for (int i = 0; i < 2; i++) {
      FpArith.fromBigInteger(x, 4 * i, v[i]);
      FpArith.fromBigInteger(y, 4 * i, v[2 + i]);
    }
    long[] w = new long[8];
    FpArith.mulWide(w, 0, x, 0, y, 0);
    assertEquals(v[0].multiply(v[2]), wide(w, 0));
    long[] s = new long[4];
    FpArith.addNoReduce(s, 0, x, 0, x, 4);
    assertEquals(v[0].add(v[1]), FpArith.toBigInteger(s, 0));
    long[] w2 = new long[8];
    FpArith.mulWide(w2, 0, x, 4, y, 4);
    long[] diff = new long[8];
    FpArith.wideSubPlusQQ(diff, 0, w, 0, w2, 0);
    BigInteger expect = v[0].multiply(v[2]).subtract(v[1].multiply(v[3])).add(p.multiply(p));
    assertEquals(expect, wide(diff, 0));
    long[] z = new long[4];
    FpArith.redc(z, 0, diff, 0);
    BigInteger rInv = R.modInverse(p);
    assertEquals(expect.multiply(rInv).mod(p), FpArith.toBigInteger(z, 0));
    // the lazy Fp2 product against schoolbook (Montgomery inputs and outputs)
    long[] mx = new long[8];
    long[] my = new long[8];
    for (int i = 0; i < 2; i++) {
      FpArith.toMont(mx, 4 * i, x, 4 * i);
      FpArith.toMont(my, 4 * i, y, 4 * i);
    }
    long[] prod = new long[8];
    Fp2Arith.mul(prod, 0, mx, 0, my, 0);
    long[] out = new long[8];
    FpArith.fromMont(out, 0, prod, 0);
    FpArith.fromMont(out, 4, prod, 4);
    assertEquals(v[0].multiply(v[2]).subtract(v[1].multiply(v[3])).mod(p), FpArith.toBigInteger(out, 0));
    assertEquals(v[0].multiply(v[3]).add(v[1].multiply(v[2])).mod(p), FpArith.toBigInteger(out, 4));
  }

  static BigInteger wide(long[] w, int o) {
    return FpArith.toBigInteger(w, o + 4).shiftLeft(256).or(FpArith.toBigInteger(w, o));
  }
}
