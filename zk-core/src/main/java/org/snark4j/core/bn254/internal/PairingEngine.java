package org.snark4j.core.bn254.internal;

import java.math.BigInteger;

/**
 * The optimal ate pairing on BN254 over flat arrays: G1 affine (8 longs), G2 affine (16 longs), results in
 * Fp12 (48 longs). Miller loop over the signed digits of 6x + 2 with the twist point in homogeneous projective
 * coordinates and sparse line multiplications (D-type twist); final exponentiation as (p^6 - 1)(p^2 + 1)
 * followed by the hard part of Fuentes-Castañeda et al. (a fixed power of (p^4 - p^2 + 1)/r coprime to r,
 * as in arkworks and gnark), with Granger–Scott squarings.
 */
public final class PairingEngine {
  private PairingEngine() {}

  /** The BN parameter x (positive for BN254). */
  public static final BigInteger X = new BigInteger("4965661367192848881");

  /** NAF of 6x + 2, least significant digit first. */
  static final int[] ATE_NAF = naf(X.multiply(BigInteger.valueOf(6)).add(BigInteger.TWO));

  /**
   * Width-4 NAF of x, least significant digit first: 16 multiplications for f^x instead of the 23 of the
   * plain NAF (digits ±1, ±3, ±5, ±7; negative ones use the conjugate, the inverse in the cyclotomic group).
   */
  static final int[] X_WNAF = CurveArith.wnaf(X, 4);

  private static final long[] TWO_INV = new long[4];
  /** Scratch longs of a line step: its own 80 and an Fp2 region. */
  private static final int STEP_SCRATCH = 80 + Fp2Arith.SCRATCH;
  /** Scratch for the Miller loop and the final exponentiation. */
  private static final int SCRATCH = Math.max(STEP_SCRATCH, Fp12Arith.SCRATCH);
  private static final long[] TWIST_B = CurveArith.G2.b();

  static {
    long[] two = new long[4];
    FpArith.fromBigInteger(two, 0, BigInteger.TWO);
    FpArith.toMont(two, 0, two, 0);
    FpArith.inverse(TWO_INV, 0, two, 0);
  }

  static int[] naf(BigInteger k) {
    int[] out = new int[k.bitLength() + 1];
    BigInteger v = k;
    int i = 0;
    while (v.signum() > 0) {
      int d = 0;
      if (v.testBit(0)) {
        d = 2 - (v.intValue() & 3);
        v = v.subtract(BigInteger.valueOf(d));
      }
      out[i++] = d;
      v = v.shiftRight(1);
    }
    return java.util.Arrays.copyOf(out, i);
  }

  /**
   * The product of the Miller loops of n pairs, skipping pairs where either point is infinity.
   * g1: n affine G1 points (8 longs each); g2: n affine G2 points (16 longs each).
   */
  public static long[] millerLoop(long[] g1, long[] g2, int n) {
    int[] live = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!CurveArith.G1.affineIsInfinity(g1, 8 * i) && !CurveArith.G2.affineIsInfinity(g2, 16 * i)) {
        live[m++] = i;
      }
    }
    long[] f = new long[48];
    Fp12Arith.setOne(f, 0);
    if (m == 0) {
      return f;
    }
    long[] r = new long[24 * m]; // projective twist points (X, Y, Z)
    long[] negQ = new long[16 * m];
    for (int k = 0; k < m; k++) {
      int i = live[k];
      System.arraycopy(g2, 16 * i, r, 24 * k, 16);
      Fp2Arith.setOne(r, 24 * k + 16);
      CurveArith.G2.affineNeg(negQ, 16 * k, g2, 16 * i);
    }
    long[] coeffs = new long[24];
    long[] s = new long[SCRATCH];
    for (int j = ATE_NAF.length - 2; j >= 0; j--) {
      if (j != ATE_NAF.length - 2) {
        Fp12Arith.sqr(f, 0, f, 0, s, 0);
      }
      for (int k = 0; k < m; k++) {
        doublingStep(r, 24 * k, coeffs, s);
        ell(f, coeffs, g1, 8 * live[k], s);
      }
      int d = ATE_NAF[j];
      if (d != 0) {
        for (int k = 0; k < m; k++) {
          if (d > 0) {
            additionStep(r, 24 * k, g2, 16 * live[k], coeffs, s);
          } else {
            additionStep(r, 24 * k, negQ, 16 * k, coeffs, s);
          }
          ell(f, coeffs, g1, 8 * live[k], s);
        }
      }
    }
    long[] q1 = new long[16];
    long[] q2 = new long[16];
    for (int k = 0; k < m; k++) {
      psiAffine(q1, 0, g2, 16 * live[k]);
      psiAffine(q2, 0, q1, 0);
      Fp2Arith.neg(q2, 8, q2, 8);
      additionStep(r, 24 * k, q1, 0, coeffs, s);
      ell(f, coeffs, g1, 8 * live[k], s);
      additionStep(r, 24 * k, q2, 0, coeffs, s);
      ell(f, coeffs, g1, 8 * live[k], s);
    }
    return f;
  }

  /**
   * The Miller loop's line coefficients for one twist point, in the order the loop uses them (each 24 longs:
   * a doubling per step, an addition after each non-zero digit, the two Frobenius additions at the end).
   * Depends on Q alone, so a fixed Q (a verifying key's γ and δ) is prepared once. q must not be infinity.
   */
  public static long[] lineCoefficients(long[] q, int qo) {
    int steps = 0;
    for (int j = ATE_NAF.length - 2; j >= 0; j--) {
      steps += ATE_NAF[j] != 0 ? 2 : 1;
    }
    long[] out = new long[24 * (steps + 2)];
    long[] r = new long[24];
    System.arraycopy(q, qo, r, 0, 16);
    Fp2Arith.setOne(r, 16);
    long[] negQ = new long[16];
    CurveArith.G2.affineNeg(negQ, 0, q, qo);
    long[] coeffs = new long[24];
    long[] s = new long[SCRATCH];
    int k = 0;
    for (int j = ATE_NAF.length - 2; j >= 0; j--) {
      doublingStep(r, 0, coeffs, s);
      System.arraycopy(coeffs, 0, out, 24 * k++, 24);
      int d = ATE_NAF[j];
      if (d != 0) {
        if (d > 0) {
          additionStep(r, 0, q, qo, coeffs, s);
        } else {
          additionStep(r, 0, negQ, 0, coeffs, s);
        }
        System.arraycopy(coeffs, 0, out, 24 * k++, 24);
      }
    }
    long[] q1 = new long[16];
    long[] q2 = new long[16];
    psiAffine(q1, 0, q, qo);
    psiAffine(q2, 0, q1, 0);
    Fp2Arith.neg(q2, 8, q2, 8);
    additionStep(r, 0, q1, 0, coeffs, s);
    System.arraycopy(coeffs, 0, out, 24 * k++, 24);
    additionStep(r, 0, q2, 0, coeffs, s);
    System.arraycopy(coeffs, 0, out, 24 * k, 24);
    return out;
  }

  /**
   * The product of Miller loops over n G1 points (8 longs each; infinity ones are skipped) and prepared twist
   * points ({@link #lineCoefficients}; null for a twist point at infinity, which is skipped too).
   */
  public static long[] millerLoopPrepared(long[] g1, long[][] prepared, int n) {
    long[] f = new long[48];
    Fp12Arith.setOne(f, 0);
    long[] coeffs = new long[24];
    long[] s = new long[SCRATCH];
    int step = 0;
    for (int j = ATE_NAF.length - 2; j >= 0; j--) {
      if (j != ATE_NAF.length - 2) {
        Fp12Arith.sqr(f, 0, f, 0, s, 0);
      }
      int lines = ATE_NAF[j] != 0 ? 2 : 1;
      for (int l = 0; l < lines; l++) {
        for (int k = 0; k < n; k++) {
          if (prepared[k] != null && !CurveArith.G1.affineIsInfinity(g1, 8 * k)) {
            System.arraycopy(prepared[k], 24 * (step + l), coeffs, 0, 24);
            ell(f, coeffs, g1, 8 * k, s);
          }
        }
      }
      step += lines;
    }
    for (int l = 0; l < 2; l++) {
      for (int k = 0; k < n; k++) {
        if (prepared[k] != null && !CurveArith.G1.affineIsInfinity(g1, 8 * k)) {
          System.arraycopy(prepared[k], 24 * (step + l), coeffs, 0, 24);
          ell(f, coeffs, g1, 8 * k, s);
        }
      }
    }
    return f;
  }

  /** ψ = untwist ∘ Frobenius ∘ twist on an affine twist point: (conj(x)·γ2, conj(y)·γ3). */
  public static void psiAffine(long[] r, int ro, long[] q, int qo) {
    Fp2Arith.conj(r, ro, q, qo);
    Fp2Arith.mul(r, ro, r, ro, Fp12Arith.FROBENIUS_GAMMA, 16);
    Fp2Arith.conj(r, ro + 8, q, qo + 8);
    Fp2Arith.mul(r, ro + 8, r, ro + 8, Fp12Arith.FROBENIUS_GAMMA, 24);
  }

  /** ψ on a Jacobian twist point: the Frobenius commutes with the coordinates, Z is conjugated. */
  public static void psiJacobian(long[] r, int ro, long[] q, int qo) {
    psiAffine(r, ro, q, qo);
    Fp2Arith.conj(r, ro + 16, q, qo + 16);
  }

  /** f ← f · line(P), the line given as (c0, c1, c2) at coeffs[0..24]: c0·P.y, c1·P.x, c2 into w-slots 0, 1, 3. */
  private static void ell(long[] f, long[] coeffs, long[] p, int po, long[] s) {
    Fp2Arith.mulByFp(coeffs, 0, coeffs, 0, p, po + 4);
    Fp2Arith.mulByFp(coeffs, 8, coeffs, 8, p, po);
    Fp12Arith.mulBy034(f, 0, f, 0, coeffs, 0, 8, 16, s, 0);
  }

  /** R ← 2R (homogeneous projective), writing the tangent line's coefficients (-h, 3x², e - b). */
  private static void doublingStep(long[] r, int ro, long[] out, long[] t) {
    int q = 80;
    int a = 0, b = 8, c = 16, e = 24, ff = 32, g = 40, h = 48, i = 56, j = 64, es = 72;
    int x = ro, y = ro + 8, z = ro + 16;
    Fp2Arith.mul(t, a, r, x, r, y, t, q);
    Fp2Arith.mulByFp(t, a, t, a, TWO_INV, 0);
    Fp2Arith.sqr(t, b, r, y, t, q);
    Fp2Arith.sqr(t, c, r, z, t, q);
    Fp2Arith.dbl(t, e, t, c);
    Fp2Arith.add(t, e, t, e, t, c);
    Fp2Arith.mul(t, e, t, e, TWIST_B, 0, t, q);
    Fp2Arith.dbl(t, ff, t, e);
    Fp2Arith.add(t, ff, t, ff, t, e);
    Fp2Arith.add(t, g, t, b, t, ff);
    Fp2Arith.mulByFp(t, g, t, g, TWO_INV, 0);
    Fp2Arith.add(t, h, r, y, r, z);
    Fp2Arith.sqr(t, h, t, h, t, q);
    Fp2Arith.sub(t, h, t, h, t, b);
    Fp2Arith.sub(t, h, t, h, t, c);
    Fp2Arith.sub(t, i, t, e, t, b);
    Fp2Arith.sqr(t, j, r, x, t, q);
    Fp2Arith.sqr(t, es, t, e, t, q);
    // X = A(B - F)
    Fp2Arith.sub(r, x, t, b, t, ff);
    Fp2Arith.mul(r, x, r, x, t, a, t, q);
    // Y = G² - 3E²
    Fp2Arith.sqr(r, y, t, g, t, q);
    Fp2Arith.sub(r, y, r, y, t, es);
    Fp2Arith.sub(r, y, r, y, t, es);
    Fp2Arith.sub(r, y, r, y, t, es);
    // Z = B·H
    Fp2Arith.mul(r, z, t, b, t, h, t, q);
    Fp2Arith.neg(out, 0, t, h);
    Fp2Arith.dbl(out, 8, t, j);
    Fp2Arith.add(out, 8, out, 8, t, j);
    System.arraycopy(t, i, out, 16, 8);
  }

  /** R ← R + Q for affine Q, writing the chord's coefficients (λ, -θ, j). */
  private static void additionStep(long[] r, int ro, long[] q, int qo, long[] out, long[] t) {
    int sc = 80;
    int theta = 0, lambda = 8, c = 16, d = 24, e = 32, ff = 40, g = 48, h = 56;
    int x = ro, y = ro + 8, z = ro + 16;
    Fp2Arith.mul(t, theta, q, qo + 8, r, z, t, sc);
    Fp2Arith.sub(t, theta, r, y, t, theta);
    Fp2Arith.mul(t, lambda, q, qo, r, z, t, sc);
    Fp2Arith.sub(t, lambda, r, x, t, lambda);
    Fp2Arith.sqr(t, c, t, theta, t, sc);
    Fp2Arith.sqr(t, d, t, lambda, t, sc);
    Fp2Arith.mul(t, e, t, lambda, t, d, t, sc);
    Fp2Arith.mul(t, ff, r, z, t, c, t, sc);
    Fp2Arith.mul(t, g, r, x, t, d, t, sc);
    Fp2Arith.add(t, h, t, e, t, ff);
    Fp2Arith.sub(t, h, t, h, t, g);
    Fp2Arith.sub(t, h, t, h, t, g);
    Fp2Arith.mul(r, x, t, lambda, t, h, t, sc);
    // Y = θ(G - H) - E·Y
    Fp2Arith.sub(t, g, t, g, t, h);
    Fp2Arith.mul(t, g, t, g, t, theta, t, sc);
    Fp2Arith.mul(t, c, t, e, r, y, t, sc);
    Fp2Arith.sub(r, y, t, g, t, c);
    Fp2Arith.mul(r, z, r, z, t, e, t, sc);
    // j = θ·Qx - λ·Qy
    Fp2Arith.mul(t, c, t, theta, q, qo, t, sc);
    Fp2Arith.mul(t, d, t, lambda, q, qo + 8, t, sc);
    System.arraycopy(t, lambda, out, 0, 8);
    Fp2Arith.neg(out, 8, t, theta);
    Fp2Arith.sub(out, 16, t, c, t, d);
  }

  /** f^x for f in the cyclotomic subgroup (width-4 NAF of x; conjugation inverts). */
  private static void cyclotomicExpX(long[] z, long[] f, long[] s) {
    // odd powers f, f^3, f^5, f^7 and their inverses
    long[] pos = new long[4 * 48];
    long[] neg = new long[4 * 48];
    long[] f2 = new long[48];
    System.arraycopy(f, 0, pos, 0, 48);
    Fp12Arith.cyclotomicSqr(f2, 0, f, 0, s, 0);
    for (int i = 1; i < 4; i++) {
      Fp12Arith.mul(pos, 48 * i, pos, 48 * (i - 1), f2, 0, s, 0);
    }
    for (int i = 0; i < 4; i++) {
      Fp12Arith.conj(neg, 48 * i, pos, 48 * i);
    }
    long[] r = new long[48];
    int top = X_WNAF.length - 1;
    System.arraycopy(pos, 48 * (X_WNAF[top] >> 1), r, 0, 48);
    for (int i = top - 1; i >= 0; i--) {
      Fp12Arith.cyclotomicSqr(r, 0, r, 0, s, 0);
      int d = X_WNAF[i];
      if (d > 0) {
        Fp12Arith.mul(r, 0, r, 0, pos, 48 * (d >> 1), s, 0);
      } else if (d < 0) {
        Fp12Arith.mul(r, 0, r, 0, neg, 48 * ((-d) >> 1), s, 0);
      }
    }
    System.arraycopy(r, 0, z, 0, 48);
  }

  /** f^-x, by conjugating f^x (x > 0 for BN254). */
  private static long[] expByNegX(long[] f, long[] s) {
    long[] r = new long[48];
    cyclotomicExpX(r, f, s);
    Fp12Arith.conj(r, 0, r, 0);
    return r;
  }

  /** The final exponentiation; input must be non-zero (a Miller loop output is). */
  public static long[] finalExponentiation(long[] f) {
    long[] s = new long[SCRATCH];
    long[] f1 = new long[48];
    Fp12Arith.conj(f1, 0, f, 0);
    long[] f2 = new long[48];
    Fp12Arith.inverse(f2, 0, f, 0);
    long[] r = new long[48];
    Fp12Arith.mul(r, 0, f1, 0, f2, 0, s, 0); // f^(p^6 - 1)
    System.arraycopy(r, 0, f2, 0, 48);
    Fp12Arith.frobenius(r, 0, r, 0, 2);
    Fp12Arith.mul(r, 0, r, 0, f2, 0, s, 0); // f^((p^6 - 1)(p^2 + 1))

    long[] y0 = expByNegX(r, s);
    long[] y1 = new long[48];
    Fp12Arith.cyclotomicSqr(y1, 0, y0, 0, s, 0);
    long[] y2 = new long[48];
    Fp12Arith.cyclotomicSqr(y2, 0, y1, 0, s, 0);
    long[] y3 = new long[48];
    Fp12Arith.mul(y3, 0, y2, 0, y1, 0, s, 0);
    long[] y4 = expByNegX(y3, s);
    long[] y5 = new long[48];
    Fp12Arith.cyclotomicSqr(y5, 0, y4, 0, s, 0);
    long[] y6 = expByNegX(y5, s);
    Fp12Arith.conj(y3, 0, y3, 0);
    Fp12Arith.conj(y6, 0, y6, 0);
    long[] y7 = new long[48];
    Fp12Arith.mul(y7, 0, y6, 0, y4, 0, s, 0);
    long[] y8 = new long[48];
    Fp12Arith.mul(y8, 0, y7, 0, y3, 0, s, 0);
    long[] y9 = new long[48];
    Fp12Arith.mul(y9, 0, y8, 0, y1, 0, s, 0);
    long[] y10 = new long[48];
    Fp12Arith.mul(y10, 0, y8, 0, y4, 0, s, 0);
    long[] y11 = new long[48];
    Fp12Arith.mul(y11, 0, y10, 0, r, 0, s, 0);
    long[] y12 = new long[48];
    Fp12Arith.frobenius(y12, 0, y9, 0, 1);
    long[] y13 = new long[48];
    Fp12Arith.mul(y13, 0, y12, 0, y11, 0, s, 0);
    Fp12Arith.frobenius(y8, 0, y8, 0, 2);
    long[] y14 = new long[48];
    Fp12Arith.mul(y14, 0, y8, 0, y13, 0, s, 0);
    Fp12Arith.conj(r, 0, r, 0);
    long[] y15 = new long[48];
    Fp12Arith.mul(y15, 0, r, 0, y9, 0, s, 0);
    Fp12Arith.frobenius(y15, 0, y15, 0, 3);
    long[] y16 = new long[48];
    Fp12Arith.mul(y16, 0, y15, 0, y14, 0, s, 0);
    return y16;
  }
}
