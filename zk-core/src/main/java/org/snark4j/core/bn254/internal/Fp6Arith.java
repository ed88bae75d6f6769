package org.snark4j.core.bn254.internal;

/**
 * Fp6 = Fp2[v]/(v³ - ξ), ξ = 9 + u, on 24 longs: c0, c1, c2 (8 each). Outputs may alias inputs.
 *
 * <p>Methods that need temporaries take a scratch region s[so .. so + {@link #SCRATCH}) (never an operand);
 * the forms without it allocate one.
 */
public final class Fp6Arith {
  private Fp6Arith() {}

  private static final int OWN = 80;
  /** Longs of scratch the methods of this class use, with what they pass to {@link Fp2Arith}. */
  public static final int SCRATCH = OWN + Fp2Arith.SCRATCH;

  public static void add(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
    for (int i = 0; i < 24; i += 4) {
      FpArith.add(z, zo + i, x, xo + i, y, yo + i);
    }
  }

  public static void sub(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
    for (int i = 0; i < 24; i += 4) {
      FpArith.sub(z, zo + i, x, xo + i, y, yo + i);
    }
  }

  public static void dbl(long[] z, int zo, long[] x, int xo) {
    for (int i = 0; i < 24; i += 4) {
      FpArith.dbl(z, zo + i, x, xo + i);
    }
  }

  public static void neg(long[] z, int zo, long[] x, int xo) {
    for (int i = 0; i < 24; i += 4) {
      FpArith.neg(z, zo + i, x, xo + i);
    }
  }

  public static void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
    mul(z, zo, x, xo, y, yo, new long[SCRATCH], 0);
  }

  /** Karatsuba, 6 Fp2 products. */
  public static void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo, long[] t, int o) {
    // t0 @0, t1 @8, t2 @16, s @24, u @32, r0 @40, r1 @48, r2 @56
    int q = o + OWN;
    Fp2Arith.mul(t, o, x, xo, y, yo, t, q);
    Fp2Arith.mul(t, o + 8, x, xo + 8, y, yo + 8, t, q);
    Fp2Arith.mul(t, o + 16, x, xo + 16, y, yo + 16, t, q);
    // r0 = ((a1+a2)(b1+b2) - t1 - t2)ξ + t0
    Fp2Arith.add(t, o + 24, x, xo + 8, x, xo + 16);
    Fp2Arith.add(t, o + 32, y, yo + 8, y, yo + 16);
    Fp2Arith.mul(t, o + 40, t, o + 24, t, o + 32, t, q);
    Fp2Arith.sub(t, o + 40, t, o + 40, t, o + 8);
    Fp2Arith.sub(t, o + 40, t, o + 40, t, o + 16);
    Fp2Arith.mulByNonResidue(t, o + 40, t, o + 40, t, q);
    Fp2Arith.add(t, o + 40, t, o + 40, t, o);
    // r1 = (a0+a1)(b0+b1) - t0 - t1 + ξt2
    Fp2Arith.add(t, o + 24, x, xo, x, xo + 8);
    Fp2Arith.add(t, o + 32, y, yo, y, yo + 8);
    Fp2Arith.mul(t, o + 48, t, o + 24, t, o + 32, t, q);
    Fp2Arith.sub(t, o + 48, t, o + 48, t, o);
    Fp2Arith.sub(t, o + 48, t, o + 48, t, o + 8);
    Fp2Arith.mulByNonResidue(t, o + 24, t, o + 16, t, q);
    Fp2Arith.add(t, o + 48, t, o + 48, t, o + 24);
    // r2 = (a0+a2)(b0+b2) - t0 - t2 + t1
    Fp2Arith.add(t, o + 24, x, xo, x, xo + 16);
    Fp2Arith.add(t, o + 32, y, yo, y, yo + 16);
    Fp2Arith.mul(t, o + 56, t, o + 24, t, o + 32, t, q);
    Fp2Arith.sub(t, o + 56, t, o + 56, t, o);
    Fp2Arith.sub(t, o + 56, t, o + 56, t, o + 16);
    Fp2Arith.add(t, o + 56, t, o + 56, t, o + 8);
    System.arraycopy(t, o + 40, z, zo, 24);
  }

  public static void sqr(long[] z, int zo, long[] x, int xo) {
    sqr(z, zo, x, xo, new long[SCRATCH], 0);
  }

  /** Chung–Hasan SQR2. */
  public static void sqr(long[] z, int zo, long[] x, int xo, long[] t, int o) {
    // s0 @0, s1 @8, s2 @16, s3 @24, s4 @32, result @40..64
    int q = o + OWN;
    Fp2Arith.sqr(t, o, x, xo, t, q);
    Fp2Arith.mul(t, o + 8, x, xo, x, xo + 8, t, q);
    Fp2Arith.dbl(t, o + 8, t, o + 8);
    Fp2Arith.sub(t, o + 16, x, xo, x, xo + 8);
    Fp2Arith.add(t, o + 16, t, o + 16, x, xo + 16);
    Fp2Arith.sqr(t, o + 16, t, o + 16, t, q);
    Fp2Arith.mul(t, o + 24, x, xo + 8, x, xo + 16, t, q);
    Fp2Arith.dbl(t, o + 24, t, o + 24);
    Fp2Arith.sqr(t, o + 32, x, xo + 16, t, q);
    int r = o + 40;
    Fp2Arith.mulByNonResidue(t, r, t, o + 24, t, q);
    Fp2Arith.add(t, r, t, r, t, o);
    Fp2Arith.mulByNonResidue(t, r + 8, t, o + 32, t, q);
    Fp2Arith.add(t, r + 8, t, r + 8, t, o + 8);
    Fp2Arith.add(t, r + 16, t, o + 8, t, o + 16);
    Fp2Arith.add(t, r + 16, t, r + 16, t, o + 24);
    Fp2Arith.sub(t, r + 16, t, r + 16, t, o);
    Fp2Arith.sub(t, r + 16, t, r + 16, t, o + 32);
    System.arraycopy(t, r, z, zo, 24);
  }

  public static void mulByV(long[] z, int zo, long[] x, int xo) {
    mulByV(z, zo, x, xo, new long[SCRATCH], 0);
  }

  /** z = x·v: (ξc2, c0, c1). */
  public static void mulByV(long[] z, int zo, long[] x, int xo, long[] t, int o) {
    Fp2Arith.mulByNonResidue(t, o, x, xo + 16, t, o + OWN);
    System.arraycopy(x, xo, t, o + 8, 16);
    System.arraycopy(t, o, z, zo, 24);
  }

  public static void mulBy01(long[] z, int zo, long[] x, int xo, long[] b, int b0, int b1) {
    mulBy01(z, zo, x, xo, b, b0, b1, new long[SCRATCH], 0);
  }

  /** z = x·(b0 + b1·v), 5 Fp2 products. b may not lie in the scratch region. */
  public static void mulBy01(long[] z, int zo, long[] x, int xo, long[] b, int b0, int b1, long[] t, int o) {
    // a_a @0, b_b @8, tmp @16, tmp2 @24, result @32..56
    int q = o + OWN;
    int r = o + 32;
    Fp2Arith.mul(t, o, x, xo, b, b0, t, q);
    Fp2Arith.mul(t, o + 8, x, xo + 8, b, b1, t, q);
    // r0 = ((a1 + a2)·b1 - b_b)·ξ + a_a
    Fp2Arith.add(t, o + 16, x, xo + 8, x, xo + 16);
    Fp2Arith.mul(t, o + 16, t, o + 16, b, b1, t, q);
    Fp2Arith.sub(t, o + 16, t, o + 16, t, o + 8);
    Fp2Arith.mulByNonResidue(t, o + 16, t, o + 16, t, q);
    Fp2Arith.add(t, r, t, o + 16, t, o);
    // r2 = (a0 + a2)·b0 - a_a + b_b
    Fp2Arith.add(t, o + 16, x, xo, x, xo + 16);
    Fp2Arith.mul(t, o + 16, t, o + 16, b, b0, t, q);
    Fp2Arith.sub(t, o + 16, t, o + 16, t, o);
    Fp2Arith.add(t, r + 16, t, o + 16, t, o + 8);
    // r1 = (a0 + a1)(b0 + b1) - a_a - b_b
    Fp2Arith.add(t, o + 16, x, xo, x, xo + 8);
    Fp2Arith.add(t, o + 24, b, b0, b, b1);
    Fp2Arith.mul(t, o + 16, t, o + 16, t, o + 24, t, q);
    Fp2Arith.sub(t, o + 16, t, o + 16, t, o);
    Fp2Arith.sub(t, r + 8, t, o + 16, t, o + 8);
    System.arraycopy(t, r, z, zo, 24);
  }

  public static void inverse(long[] z, int zo, long[] x, int xo) {
    inverse(z, zo, x, xo, new long[SCRATCH], 0);
  }

  /** z = x^-1, or 0 when x = 0. */
  public static void inverse(long[] z, int zo, long[] x, int xo, long[] t, int o) {
    // c0 @0, c1 @8, c2 @16, tmp @24, tmp2 @32, inv @40
    int q = o + OWN;
    // c0 = a0² - ξ·a1·a2
    Fp2Arith.sqr(t, o, x, xo, t, q);
    Fp2Arith.mul(t, o + 24, x, xo + 8, x, xo + 16, t, q);
    Fp2Arith.mulByNonResidue(t, o + 24, t, o + 24, t, q);
    Fp2Arith.sub(t, o, t, o, t, o + 24);
    // c1 = ξ·a2² - a0·a1
    Fp2Arith.sqr(t, o + 8, x, xo + 16, t, q);
    Fp2Arith.mulByNonResidue(t, o + 8, t, o + 8, t, q);
    Fp2Arith.mul(t, o + 24, x, xo, x, xo + 8, t, q);
    Fp2Arith.sub(t, o + 8, t, o + 8, t, o + 24);
    // c2 = a1² - a0·a2
    Fp2Arith.sqr(t, o + 16, x, xo + 8, t, q);
    Fp2Arith.mul(t, o + 24, x, xo, x, xo + 16, t, q);
    Fp2Arith.sub(t, o + 16, t, o + 16, t, o + 24);
    // d = a0·c0 + ξ(a2·c1 + a1·c2)
    Fp2Arith.mul(t, o + 24, x, xo + 16, t, o + 8, t, q);
    Fp2Arith.mul(t, o + 32, x, xo + 8, t, o + 16, t, q);
    Fp2Arith.add(t, o + 24, t, o + 24, t, o + 32);
    Fp2Arith.mulByNonResidue(t, o + 24, t, o + 24, t, q);
    Fp2Arith.mul(t, o + 32, x, xo, t, o, t, q);
    Fp2Arith.add(t, o + 24, t, o + 24, t, o + 32);
    Fp2Arith.inverse(t, o + 40, t, o + 24);
    Fp2Arith.mul(z, zo, t, o, t, o + 40, t, q);
    Fp2Arith.mul(z, zo + 8, t, o + 8, t, o + 40, t, q);
    Fp2Arith.mul(z, zo + 16, t, o + 16, t, o + 40, t, q);
  }

  public static boolean isZero(long[] x, int xo) {
    for (int i = 0; i < 24; i++) {
      if (x[xo + i] != 0) {
        return false;
      }
    }
    return true;
  }

  public static void setOne(long[] z, int zo) {
    java.util.Arrays.fill(z, zo, zo + 24, 0L);
    FpArith.setOne(z, zo);
  }
}
