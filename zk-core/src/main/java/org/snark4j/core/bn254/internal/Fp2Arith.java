package org.snark4j.core.bn254.internal;

/**
 * Fp2 = Fp[u]/(u² + 1) on 8 longs: c0 (4 limbs) then c1. Montgomery form; outputs may alias inputs.
 *
 * <p>Methods that need temporaries take a scratch region s[so .. so + {@link #SCRATCH}) (never an operand);
 * the forms without it allocate one.
 */
public final class Fp2Arith {
  private Fp2Arith() {}

  /** Longs of scratch the methods of this class use. */
  public static final int SCRATCH = 32;

  public static void add(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
    FpArith.add(z, zo, x, xo, y, yo);
    FpArith.add(z, zo + 4, x, xo + 4, y, yo + 4);
  }

  public static void sub(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
    FpArith.sub(z, zo, x, xo, y, yo);
    FpArith.sub(z, zo + 4, x, xo + 4, y, yo + 4);
  }

  public static void dbl(long[] z, int zo, long[] x, int xo) {
    FpArith.dbl(z, zo, x, xo);
    FpArith.dbl(z, zo + 4, x, xo + 4);
  }

  public static void neg(long[] z, int zo, long[] x, int xo) {
    FpArith.neg(z, zo, x, xo);
    FpArith.neg(z, zo + 4, x, xo + 4);
  }

  /** z = conjugate(x) = x^p. */
  public static void conj(long[] z, int zo, long[] x, int xo) {
    System.arraycopy(x, xo, z, zo, 4);
    FpArith.neg(z, zo + 4, x, xo + 4);
  }

  /** Karatsuba: 3 Fp products. */
  public static void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
    mul(z, zo, x, xo, y, yo, new long[SCRATCH], 0);
  }

  /**
   * Karatsuba with lazy reduction: c0 = REDC(a0b0 - a1b1 + q²), c1 = REDC((a0+a1)(b0+b1) - a0b0 - a1b1) from
   * three 512-bit products, two Montgomery reductions instead of three.
   */
  public static void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo, long[] t, int o) {
    FpArith.mulWide(t, o, x, xo, y, yo); // T0 = a0b0
    FpArith.mulWide(t, o + 8, x, xo + 4, y, yo + 4); // T1 = a1b1
    FpArith.addNoReduce(t, o + 16, x, xo, x, xo + 4);
    FpArith.addNoReduce(t, o + 20, y, yo, y, yo + 4);
    FpArith.mulWide(t, o + 24, t, o + 16, t, o + 20); // T2 = (a0+a1)(b0+b1) < 4q²
    FpArith.wideSub(t, o + 24, t, o + 24, t, o);
    FpArith.wideSub(t, o + 24, t, o + 24, t, o + 8); // a0b1 + a1b0 < 2q²
    FpArith.wideSubPlusQQ(t, o, t, o, t, o + 8); // a0b0 - a1b1 + q² in (0, 2q²)
    FpArith.redc(z, zo + 4, t, o + 24);
    FpArith.redc(z, zo, t, o);
  }

  /** (a0 + a1u)² = (a0 + a1)(a0 - a1) + 2a0a1·u: 2 Fp products. */
  public static void sqr(long[] z, int zo, long[] x, int xo) {
    sqr(z, zo, x, xo, new long[SCRATCH], 0);
  }

  public static void sqr(long[] z, int zo, long[] x, int xo, long[] t, int o) {
    FpArith.add(t, o, x, xo, x, xo + 4);
    FpArith.sub(t, o + 4, x, xo, x, xo + 4);
    FpArith.mul(t, o + 8, x, xo, x, xo + 4);
    FpArith.mul(z, zo, t, o, t, o + 4);
    FpArith.dbl(z, zo + 4, t, o + 8);
  }

  /** z = x·c for c in Fp. */
  public static void mulByFp(long[] z, int zo, long[] x, int xo, long[] c, int co) {
    FpArith.mul(z, zo, x, xo, c, co);
    FpArith.mul(z, zo + 4, x, xo + 4, c, co);
  }

  /** z = x·ξ with ξ = 9 + u: (9a0 - a1) + (a0 + 9a1)u. */
  public static void mulByNonResidue(long[] z, int zo, long[] x, int xo) {
    mulByNonResidue(z, zo, x, xo, new long[SCRATCH], 0);
  }

  public static void mulByNonResidue(long[] z, int zo, long[] x, int xo, long[] t, int o) {
    dbl(t, o, x, xo);
    dbl(t, o, t, o);
    dbl(t, o, t, o);
    add(t, o, t, o, x, xo); // 9x
    FpArith.sub(t, o + 8, t, o, x, xo + 4);
    FpArith.add(z, zo + 4, t, o + 4, x, xo);
    System.arraycopy(t, o + 8, z, zo, 4);
  }

  /** z = x^-1, or 0 when x = 0: conj(x) / (a0² + a1²). */
  public static void inverse(long[] z, int zo, long[] x, int xo) {
    long[] t = new long[8];
    FpArith.sqr(t, 0, x, xo);
    FpArith.sqr(t, 4, x, xo + 4);
    FpArith.add(t, 0, t, 0, t, 4);
    FpArith.inverse(t, 0, t, 0);
    FpArith.mul(t, 4, x, xo + 4, t, 0);
    FpArith.mul(z, zo, x, xo, t, 0);
    FpArith.neg(z, zo + 4, t, 4);
  }

  public static boolean isZero(long[] x, int xo) {
    return FpArith.isZero(x, xo) && FpArith.isZero(x, xo + 4);
  }

  public static boolean isOne(long[] x, int xo) {
    return FpArith.isOne(x, xo) && FpArith.isZero(x, xo + 4);
  }

  public static boolean eq(long[] x, int xo, long[] y, int yo) {
    return FpArith.eq(x, xo, y, yo) && FpArith.eq(x, xo + 4, y, yo + 4);
  }

  public static void setOne(long[] z, int zo) {
    FpArith.setOne(z, zo);
    z[zo + 4] = 0;
    z[zo + 5] = 0;
    z[zo + 6] = 0;
    z[zo + 7] = 0;
  }

  public static void setZero(long[] z, int zo) {
    java.util.Arrays.fill(z, zo, zo + 8, 0L);
  }
}
