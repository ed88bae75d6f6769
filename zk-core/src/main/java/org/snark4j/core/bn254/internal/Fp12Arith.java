package org.snark4j.core.bn254.internal;

import java.math.BigInteger;

/**
 * Fp12 = Fp6[w]/(w² - v) on 48 longs: c0 (Fp6, 24 longs) then c1. As a vector over Fp2 in the basis
 * 1, w, w², w³, w⁴, w⁵ the coefficients sit at c0.c0, c1.c0, c0.c1, c1.c1, c0.c2, c1.c2. Outputs may alias inputs.
 *
 * <p>Methods that need temporaries take a scratch region s[so .. so + {@link #SCRATCH}) (never an operand);
 * the forms without it allocate one.
 */
public final class Fp12Arith {
  private Fp12Arith() {}

  private static final int OWN = 120;
  /** Longs of scratch the methods of this class use, with what they pass down the tower. */
  public static final int SCRATCH = OWN + Fp6Arith.SCRATCH;

  /** Offsets of the coefficient of w^i (i = 0..5) inside an Fp12. */
  static final int[] W_OFFSET = {0, 24, 8, 32, 16, 40};

  /** γ_i = ξ^(i(p-1)/6) for i = 0..5, 8 longs each: the Frobenius multipliers of w^i. */
  static final long[] FROBENIUS_GAMMA = new long[48];

  static {
    BigInteger p = FpArith.MODULUS;
    long[] xi = new long[8];
    long[] nine = new long[4];
    FpArith.fromBigInteger(nine, 0, BigInteger.valueOf(9));
    FpArith.toMont(xi, 0, nine, 0);
    FpArith.setOne(xi, 4);
    long[] g1 = new long[8];
    pow2(g1, xi, p.subtract(BigInteger.ONE).divide(BigInteger.valueOf(6)));
    Fp2Arith.setOne(FROBENIUS_GAMMA, 0);
    for (int i = 1; i < 6; i++) {
      Fp2Arith.mul(FROBENIUS_GAMMA, 8 * i, FROBENIUS_GAMMA, 8 * (i - 1), g1, 0);
    }
  }

  /** z = x^e in Fp2 (square and multiply, for constants). */
  static void pow2(long[] z, long[] x, BigInteger e) {
    long[] r = new long[8];
    Fp2Arith.setOne(r, 0);
    for (int i = e.bitLength() - 1; i >= 0; i--) {
      Fp2Arith.sqr(r, 0, r, 0);
      if (e.testBit(i)) {
        Fp2Arith.mul(r, 0, r, 0, x, 0);
      }
    }
    System.arraycopy(r, 0, z, 0, 8);
  }

  public static void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
    mul(z, zo, x, xo, y, yo, new long[SCRATCH], 0);
  }

  public static void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo, long[] t, int o) {
    // t0 @0, t1 @24, s @48, u @72
    int q = o + OWN;
    Fp6Arith.mul(t, o, x, xo, y, yo, t, q);
    Fp6Arith.mul(t, o + 24, x, xo + 24, y, yo + 24, t, q);
    Fp6Arith.add(t, o + 48, x, xo, x, xo + 24);
    Fp6Arith.add(t, o + 72, y, yo, y, yo + 24);
    Fp6Arith.mul(t, o + 48, t, o + 48, t, o + 72, t, q);
    Fp6Arith.sub(t, o + 48, t, o + 48, t, o);
    Fp6Arith.sub(z, zo + 24, t, o + 48, t, o + 24);
    Fp6Arith.mulByV(t, o + 24, t, o + 24, t, q);
    Fp6Arith.add(z, zo, t, o, t, o + 24);
  }

  /** Complex squaring: 2 Fp6 products. */
  public static void sqr(long[] z, int zo, long[] x, int xo) {
    sqr(z, zo, x, xo, new long[SCRATCH], 0);
  }

  public static void sqr(long[] z, int zo, long[] x, int xo, long[] t, int o) {
    // ab @0, s @24, u @48, vab @72
    int q = o + OWN;
    Fp6Arith.mul(t, o, x, xo, x, xo + 24, t, q);
    Fp6Arith.add(t, o + 24, x, xo, x, xo + 24);
    Fp6Arith.mulByV(t, o + 48, x, xo + 24, t, q);
    Fp6Arith.add(t, o + 48, t, o + 48, x, xo);
    Fp6Arith.mul(t, o + 24, t, o + 24, t, o + 48, t, q);
    Fp6Arith.mulByV(t, o + 72, t, o, t, q);
    Fp6Arith.sub(t, o + 24, t, o + 24, t, o);
    Fp6Arith.sub(z, zo, t, o + 24, t, o + 72);
    Fp6Arith.dbl(z, zo + 24, t, o);
  }

  /**
   * Granger–Scott squaring, valid only for elements of the cyclotomic subgroup (norm 1 over Fp6), such as
   * the output of the easy part of the final exponentiation.
   */
  public static void cyclotomicSqr(long[] z, int zo, long[] x, int xo) {
    cyclotomicSqr(z, zo, x, xo, new long[SCRATCH], 0);
  }

  public static void cyclotomicSqr(long[] z, int zo, long[] x, int xo, long[] t, int o) {
    // t0..t8 at o + 8i, result at o + 72
    int q = o + OWN;
    int c0b0 = xo, c0b1 = xo + 8, c0b2 = xo + 16, c1b0 = xo + 24, c1b1 = xo + 32, c1b2 = xo + 40;
    int t0 = o, t1 = o + 8, t2 = o + 16, t3 = o + 24, t4 = o + 32, t5 = o + 40, t6 = o + 48, t7 = o + 56, t8 = o + 64;
    int r = o + 72;
    Fp2Arith.sqr(t, t0, x, c1b1, t, q);
    Fp2Arith.sqr(t, t1, x, c0b0, t, q);
    Fp2Arith.add(t, t6, x, c1b1, x, c0b0);
    Fp2Arith.sqr(t, t6, t, t6, t, q);
    Fp2Arith.sub(t, t6, t, t6, t, t0);
    Fp2Arith.sub(t, t6, t, t6, t, t1);
    Fp2Arith.sqr(t, t2, x, c0b2, t, q);
    Fp2Arith.sqr(t, t3, x, c1b0, t, q);
    Fp2Arith.add(t, t7, x, c0b2, x, c1b0);
    Fp2Arith.sqr(t, t7, t, t7, t, q);
    Fp2Arith.sub(t, t7, t, t7, t, t2);
    Fp2Arith.sub(t, t7, t, t7, t, t3);
    Fp2Arith.sqr(t, t4, x, c1b2, t, q);
    Fp2Arith.sqr(t, t5, x, c0b1, t, q);
    Fp2Arith.add(t, t8, x, c1b2, x, c0b1);
    Fp2Arith.sqr(t, t8, t, t8, t, q);
    Fp2Arith.sub(t, t8, t, t8, t, t4);
    Fp2Arith.sub(t, t8, t, t8, t, t5);
    Fp2Arith.mulByNonResidue(t, t8, t, t8, t, q);
    Fp2Arith.mulByNonResidue(t, t0, t, t0, t, q);
    Fp2Arith.add(t, t0, t, t0, t, t1);
    Fp2Arith.mulByNonResidue(t, t2, t, t2, t, q);
    Fp2Arith.add(t, t2, t, t2, t, t3);
    Fp2Arith.mulByNonResidue(t, t4, t, t4, t, q);
    Fp2Arith.add(t, t4, t, t4, t, t5);
    Fp2Arith.sub(t, r, t, t0, x, c0b0);
    Fp2Arith.dbl(t, r, t, r);
    Fp2Arith.add(t, r, t, r, t, t0);
    Fp2Arith.sub(t, r + 8, t, t2, x, c0b1);
    Fp2Arith.dbl(t, r + 8, t, r + 8);
    Fp2Arith.add(t, r + 8, t, r + 8, t, t2);
    Fp2Arith.sub(t, r + 16, t, t4, x, c0b2);
    Fp2Arith.dbl(t, r + 16, t, r + 16);
    Fp2Arith.add(t, r + 16, t, r + 16, t, t4);
    Fp2Arith.add(t, r + 24, t, t8, x, c1b0);
    Fp2Arith.dbl(t, r + 24, t, r + 24);
    Fp2Arith.add(t, r + 24, t, r + 24, t, t8);
    Fp2Arith.add(t, r + 32, t, t6, x, c1b1);
    Fp2Arith.dbl(t, r + 32, t, r + 32);
    Fp2Arith.add(t, r + 32, t, r + 32, t, t6);
    Fp2Arith.add(t, r + 40, t, t7, x, c1b2);
    Fp2Arith.dbl(t, r + 40, t, r + 40);
    Fp2Arith.add(t, r + 40, t, r + 40, t, t7);
    System.arraycopy(t, r, z, zo, 48);
  }

  /** z = x·(d0 + d3·w + d4·w³), the sparse line value: c0 = (d0, 0, 0), c1 = (d3, d4, 0). */
  public static void mulBy034(long[] z, int zo, long[] x, int xo, long[] d, int d0, int d3, int d4) {
    mulBy034(z, zo, x, xo, d, d0, d3, d4, new long[SCRATCH], 0);
  }

  /** As above; d may not lie in the scratch region. */
  public static void mulBy034(long[] z, int zo, long[] x, int xo, long[] d, int d0, int d3, int d4,
      long[] t, int o) {
    // a @0, b @24, e @48, tmp @72, (d0 + d3, d4) @96
    int q = o + OWN;
    Fp2Arith.mul(t, o, x, xo, d, d0, t, q);
    Fp2Arith.mul(t, o + 8, x, xo + 8, d, d0, t, q);
    Fp2Arith.mul(t, o + 16, x, xo + 16, d, d0, t, q);
    Fp6Arith.mulBy01(t, o + 24, x, xo + 24, d, d3, d4, t, q);
    Fp6Arith.add(t, o + 48, x, xo, x, xo + 24);
    Fp2Arith.add(t, o + 96, d, d0, d, d3);
    System.arraycopy(d, d4, t, o + 104, 8);
    Fp6Arith.mulBy01(t, o + 48, t, o + 48, t, o + 96, o + 104, t, q);
    Fp6Arith.add(t, o + 72, t, o, t, o + 24);
    Fp6Arith.sub(z, zo + 24, t, o + 48, t, o + 72);
    Fp6Arith.mulByV(t, o + 24, t, o + 24, t, q);
    Fp6Arith.add(z, zo, t, o + 24, t, o);
  }

  /** z = conjugate = x^(p^6); the inverse for elements of the cyclotomic subgroup. */
  public static void conj(long[] z, int zo, long[] x, int xo) {
    System.arraycopy(x, xo, z, zo, 24);
    Fp6Arith.neg(z, zo + 24, x, xo + 24);
  }

  /** z = x^-1, or 0 when x = 0. */
  public static void inverse(long[] z, int zo, long[] x, int xo) {
    long[] t = new long[48];
    Fp6Arith.sqr(t, 0, x, xo);
    Fp6Arith.sqr(t, 24, x, xo + 24);
    Fp6Arith.mulByV(t, 24, t, 24);
    Fp6Arith.sub(t, 0, t, 0, t, 24);
    Fp6Arith.inverse(t, 0, t, 0);
    long[] r = new long[48];
    Fp6Arith.mul(r, 0, x, xo, t, 0);
    Fp6Arith.mul(r, 24, x, xo + 24, t, 0);
    Fp6Arith.neg(r, 24, r, 24);
    System.arraycopy(r, 0, z, zo, 48);
  }

  /** z = x^(p^k). */
  public static void frobenius(long[] z, int zo, long[] x, int xo, int k) {
    long[] r = new long[48];
    System.arraycopy(x, xo, r, 0, 48);
    for (int n = 0; n < k; n++) {
      for (int i = 0; i < 6; i++) {
        int o = W_OFFSET[i];
        Fp2Arith.conj(r, o, r, o);
        if (i > 0) {
          Fp2Arith.mul(r, o, r, o, FROBENIUS_GAMMA, 8 * i);
        }
      }
    }
    System.arraycopy(r, 0, z, zo, 48);
  }

  public static boolean isOne(long[] x, int xo) {
    if (!Fp2Arith.isOne(x, xo)) {
      return false;
    }
    for (int i = 8; i < 48; i++) {
      if (x[xo + i] != 0) {
        return false;
      }
    }
    return true;
  }

  public static boolean eq(long[] x, int xo, long[] y, int yo) {
    return java.util.Arrays.equals(x, xo, xo + 48, y, yo, yo + 48);
  }

  public static void setOne(long[] z, int zo) {
    java.util.Arrays.fill(z, zo, zo + 48, 0L);
    FpArith.setOne(z, zo);
  }
}
