package org.snark4j.core.bn254.internal;

/**
 * Fp6 = Fp2[v]/(v³ - ξ), ξ = 9 + u, on 24 longs: c0, c1, c2 (8 each). Outputs may alias inputs.
 */
public final class Fp6Arith {
  private Fp6Arith() {}

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

  /** Karatsuba, 6 Fp2 products. */
  public static void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
    long[] t = new long[64]; // t0 @0, t1 @8, t2 @16, s @24, u @32, r0 @40, r1 @48, r2 @56
    Fp2Arith.mul(t, 0, x, xo, y, yo);
    Fp2Arith.mul(t, 8, x, xo + 8, y, yo + 8);
    Fp2Arith.mul(t, 16, x, xo + 16, y, yo + 16);
    // r0 = ((a1+a2)(b1+b2) - t1 - t2)ξ + t0
    Fp2Arith.add(t, 24, x, xo + 8, x, xo + 16);
    Fp2Arith.add(t, 32, y, yo + 8, y, yo + 16);
    Fp2Arith.mul(t, 40, t, 24, t, 32);
    Fp2Arith.sub(t, 40, t, 40, t, 8);
    Fp2Arith.sub(t, 40, t, 40, t, 16);
    Fp2Arith.mulByNonResidue(t, 40, t, 40);
    Fp2Arith.add(t, 40, t, 40, t, 0);
    // r1 = (a0+a1)(b0+b1) - t0 - t1 + ξt2
    Fp2Arith.add(t, 24, x, xo, x, xo + 8);
    Fp2Arith.add(t, 32, y, yo, y, yo + 8);
    Fp2Arith.mul(t, 48, t, 24, t, 32);
    Fp2Arith.sub(t, 48, t, 48, t, 0);
    Fp2Arith.sub(t, 48, t, 48, t, 8);
    Fp2Arith.mulByNonResidue(t, 24, t, 16);
    Fp2Arith.add(t, 48, t, 48, t, 24);
    // r2 = (a0+a2)(b0+b2) - t0 - t2 + t1
    Fp2Arith.add(t, 24, x, xo, x, xo + 16);
    Fp2Arith.add(t, 32, y, yo, y, yo + 16);
    Fp2Arith.mul(t, 56, t, 24, t, 32);
    Fp2Arith.sub(t, 56, t, 56, t, 0);
    Fp2Arith.sub(t, 56, t, 56, t, 16);
    Fp2Arith.add(t, 56, t, 56, t, 8);
    System.arraycopy(t, 40, z, zo, 24);
  }

  /** Chung–Hasan SQR2. */
  public static void sqr(long[] z, int zo, long[] x, int xo) {
    long[] t = new long[56]; // s0 @0, s1 @8, s2 @16, s3 @24, s4 @32, r @40.., tmp @48
    Fp2Arith.sqr(t, 0, x, xo);
    Fp2Arith.mul(t, 8, x, xo, x, xo + 8);
    Fp2Arith.dbl(t, 8, t, 8);
    Fp2Arith.sub(t, 16, x, xo, x, xo + 8);
    Fp2Arith.add(t, 16, t, 16, x, xo + 16);
    Fp2Arith.sqr(t, 16, t, 16);
    Fp2Arith.mul(t, 24, x, xo + 8, x, xo + 16);
    Fp2Arith.dbl(t, 24, t, 24);
    Fp2Arith.sqr(t, 32, x, xo + 16);
    long[] r = new long[24];
    Fp2Arith.mulByNonResidue(r, 0, t, 24);
    Fp2Arith.add(r, 0, r, 0, t, 0);
    Fp2Arith.mulByNonResidue(r, 8, t, 32);
    Fp2Arith.add(r, 8, r, 8, t, 8);
    Fp2Arith.add(r, 16, t, 8, t, 16);
    Fp2Arith.add(r, 16, r, 16, t, 24);
    Fp2Arith.sub(r, 16, r, 16, t, 0);
    Fp2Arith.sub(r, 16, r, 16, t, 32);
    System.arraycopy(r, 0, z, zo, 24);
  }

  /** z = x·v: (ξc2, c0, c1). */
  public static void mulByV(long[] z, int zo, long[] x, int xo) {
    long[] r = new long[24];
    Fp2Arith.mulByNonResidue(r, 0, x, xo + 16);
    System.arraycopy(x, xo, r, 8, 16);
    System.arraycopy(r, 0, z, zo, 24);
  }

  /** z = x·(b0 + b1·v), 5 Fp2 products. */
  public static void mulBy01(long[] z, int zo, long[] x, int xo, long[] b, int b0, int b1) {
    long[] t = new long[48]; // a_a @0, b_b @8, tmp @16, tmp2 @24
    long[] r = new long[24];
    Fp2Arith.mul(t, 0, x, xo, b, b0);
    Fp2Arith.mul(t, 8, x, xo + 8, b, b1);
    // r0 = ((a1 + a2)·b1 - b_b)·ξ + a_a
    Fp2Arith.add(t, 16, x, xo + 8, x, xo + 16);
    Fp2Arith.mul(t, 16, t, 16, b, b1);
    Fp2Arith.sub(t, 16, t, 16, t, 8);
    Fp2Arith.mulByNonResidue(t, 16, t, 16);
    Fp2Arith.add(r, 0, t, 16, t, 0);
    // r2 = (a0 + a2)·b0 - a_a + b_b
    Fp2Arith.add(t, 16, x, xo, x, xo + 16);
    Fp2Arith.mul(t, 16, t, 16, b, b0);
    Fp2Arith.sub(t, 16, t, 16, t, 0);
    Fp2Arith.add(r, 16, t, 16, t, 8);
    // r1 = (a0 + a1)(b0 + b1) - a_a - b_b
    Fp2Arith.add(t, 16, x, xo, x, xo + 8);
    Fp2Arith.add(t, 24, b, b0, b, b1);
    Fp2Arith.mul(t, 16, t, 16, t, 24);
    Fp2Arith.sub(t, 16, t, 16, t, 0);
    Fp2Arith.sub(r, 8, t, 16, t, 8);
    System.arraycopy(r, 0, z, zo, 24);
  }

  /** z = x^-1, or 0 when x = 0. */
  public static void inverse(long[] z, int zo, long[] x, int xo) {
    long[] t = new long[48]; // c0 @0, c1 @8, c2 @16, tmp @24, tmp2 @32, inv @40
    // c0 = a0² - ξ·a1·a2
    Fp2Arith.sqr(t, 0, x, xo);
    Fp2Arith.mul(t, 24, x, xo + 8, x, xo + 16);
    Fp2Arith.mulByNonResidue(t, 24, t, 24);
    Fp2Arith.sub(t, 0, t, 0, t, 24);
    // c1 = ξ·a2² - a0·a1
    Fp2Arith.sqr(t, 8, x, xo + 16);
    Fp2Arith.mulByNonResidue(t, 8, t, 8);
    Fp2Arith.mul(t, 24, x, xo, x, xo + 8);
    Fp2Arith.sub(t, 8, t, 8, t, 24);
    // c2 = a1² - a0·a2
    Fp2Arith.sqr(t, 16, x, xo + 8);
    Fp2Arith.mul(t, 24, x, xo, x, xo + 16);
    Fp2Arith.sub(t, 16, t, 16, t, 24);
    // d = a0·c0 + ξ(a2·c1 + a1·c2)
    Fp2Arith.mul(t, 24, x, xo + 16, t, 8);
    Fp2Arith.mul(t, 32, x, xo + 8, t, 16);
    Fp2Arith.add(t, 24, t, 24, t, 32);
    Fp2Arith.mulByNonResidue(t, 24, t, 24);
    Fp2Arith.mul(t, 32, x, xo, t, 0);
    Fp2Arith.add(t, 24, t, 24, t, 32);
    Fp2Arith.inverse(t, 40, t, 24);
    Fp2Arith.mul(z, zo, t, 0, t, 40);
    Fp2Arith.mul(z, zo + 8, t, 8, t, 40);
    Fp2Arith.mul(z, zo + 16, t, 16, t, 40);
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
