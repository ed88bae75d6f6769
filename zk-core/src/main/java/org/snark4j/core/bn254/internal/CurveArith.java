package org.snark4j.core.bn254.internal;

import java.math.BigInteger;

/**
 * Short Weierstrass y² = x³ + b (a = 0) over a field given by {@link FieldOps}, on flat {@code long[]}.
 * Written once for G1 (over Fp) and G2 (the twist over Fp2).
 *
 * <p>Layouts, w = field width: affine (x, y), 2w longs, with (0, 0) meaning the point at infinity (it is on
 * neither curve, as b ≠ 0); Jacobian (X, Y, Z), 3w longs, x = X/Z², y = Y/Z³, infinity iff Z = 0; XYZZ
 * (X, Y, ZZ, ZZZ), 4w longs, x = X/ZZ, y = Y/ZZZ, infinity iff ZZ = 0 (used by MSM buckets).
 */
public final class CurveArith {
  /** G1: y² = x³ + 3 over Fp. */
  public static final CurveArith G1 = new CurveArith(FieldOps.FP, g1B());
  /** G2: y² = x³ + 3/ξ over Fp2 (the D-type sextic twist). */
  public static final CurveArith G2 = new CurveArith(FieldOps.FP2, g2B());

  public final FieldOps f;
  public final int w;
  private final long[] b;

  private CurveArith(FieldOps f, long[] b) {
    this.f = f;
    this.w = f.width();
    this.b = b;
  }

  private static long[] g1B() {
    long[] three = new long[4];
    FpArith.fromBigInteger(three, 0, BigInteger.valueOf(3));
    long[] b = new long[4];
    FpArith.toMont(b, 0, three, 0);
    return b;
  }

  private static long[] g2B() {
    long[] three = g1B();
    long[] xi = new long[8];
    long[] nine = new long[4];
    FpArith.fromBigInteger(nine, 0, BigInteger.valueOf(9));
    FpArith.toMont(xi, 0, nine, 0);
    FpArith.setOne(xi, 4);
    Fp2Arith.inverse(xi, 0, xi, 0);
    long[] b = new long[8];
    Fp2Arith.mulByFp(b, 0, xi, 0, three, 0);
    return b;
  }

  /** The coefficient b (Montgomery form). */
  public long[] b() {
    return b.clone();
  }

  // ---------------------------------------------------------------- affine

  public boolean affineIsInfinity(long[] a, int ao) {
    return f.isZero(a, ao) && f.isZero(a, ao + w);
  }

  /** Whether the affine point is on the curve; (0, 0), the point at infinity, counts as on it. */
  public boolean isOnCurve(long[] a, int ao) {
    if (affineIsInfinity(a, ao)) {
      return true;
    }
    long[] t = new long[2 * w];
    f.sqr(t, 0, a, ao); // x²
    f.mul(t, 0, t, 0, a, ao); // x³
    f.add(t, 0, t, 0, b, 0);
    f.sqr(t, w, a, ao + w); // y²
    return f.eq(t, 0, t, w);
  }

  public void affineNeg(long[] r, int ro, long[] a, int ao) {
    System.arraycopy(a, ao, r, ro, w);
    f.neg(r, ro + w, a, ao + w);
  }

  // ---------------------------------------------------------------- Jacobian

  public boolean jacIsInfinity(long[] p, int po) {
    return f.isZero(p, po + 2 * w);
  }

  public void jacSetInfinity(long[] r, int ro) {
    f.setOne(r, ro);
    f.setOne(r, ro + w);
    java.util.Arrays.fill(r, ro + 2 * w, ro + 3 * w, 0L);
  }

  public void jacFromAffine(long[] r, int ro, long[] a, int ao) {
    if (affineIsInfinity(a, ao)) {
      jacSetInfinity(r, ro);
      return;
    }
    System.arraycopy(a, ao, r, ro, 2 * w);
    f.setOne(r, ro + 2 * w);
  }

  /** r = affine form of p ((0, 0) for infinity). */
  public void jacToAffine(long[] r, int ro, long[] p, int po) {
    if (jacIsInfinity(p, po)) {
      java.util.Arrays.fill(r, ro, ro + 2 * w, 0L);
      return;
    }
    long[] t = new long[2 * w];
    f.inverse(t, 0, p, po + 2 * w); // 1/Z
    f.sqr(t, w, t, 0); // 1/Z²
    f.mul(t, 0, t, 0, t, w); // 1/Z³
    f.mul(r, ro + w, p, po + w, t, 0);
    f.mul(r, ro, p, po, t, w);
  }

  /**
   * Converts n Jacobian points to affine with one field inversion (Montgomery's trick). Points at infinity
   * become (0, 0).
   */
  public void jacToAffineBatch(long[] r, int ro, long[] p, int po, int n) {
    long[] acc = new long[n * w];
    long[] run = new long[w];
    f.setOne(run, 0);
    for (int i = 0; i < n; i++) {
      System.arraycopy(run, 0, acc, i * w, w);
      int z = po + i * 3 * w + 2 * w;
      if (!f.isZero(p, z)) {
        f.mul(run, 0, run, 0, p, z);
      }
    }
    f.inverse(run, 0, run, 0);
    long[] t = new long[2 * w];
    for (int i = n - 1; i >= 0; i--) {
      int pi = po + i * 3 * w;
      int z = pi + 2 * w;
      int out = ro + i * 2 * w;
      if (f.isZero(p, z)) {
        java.util.Arrays.fill(r, out, out + 2 * w, 0L);
        continue;
      }
      f.mul(t, 0, run, 0, acc, i * w); // 1/Z_i
      f.mul(run, 0, run, 0, p, z);
      f.sqr(t, w, t, 0);
      f.mul(t, 0, t, 0, t, w);
      f.mul(r, out + w, p, pi + w, t, 0);
      f.mul(r, out, p, pi, t, w);
    }
  }

  public void jacNeg(long[] r, int ro, long[] p, int po) {
    System.arraycopy(p, po, r, ro, w);
    f.neg(r, ro + w, p, po + w);
    System.arraycopy(p, po + 2 * w, r, ro + 2 * w, w);
  }

  /** Whether p and q are the same point (Jacobian, any representatives). */
  public boolean jacEquals(long[] p, int po, long[] q, int qo) {
    boolean pi = jacIsInfinity(p, po);
    boolean qi = jacIsInfinity(q, qo);
    if (pi || qi) {
      return pi && qi;
    }
    long[] t = new long[6 * w];
    f.sqr(t, 0, p, po + 2 * w); // Zp²
    f.sqr(t, w, q, qo + 2 * w); // Zq²
    f.mul(t, 2 * w, p, po, t, w); // Xp·Zq²
    f.mul(t, 3 * w, q, qo, t, 0); // Xq·Zp²
    if (!f.eq(t, 2 * w, t, 3 * w)) {
      return false;
    }
    f.mul(t, 0, t, 0, p, po + 2 * w); // Zp³
    f.mul(t, w, t, w, q, qo + 2 * w); // Zq³
    f.mul(t, 4 * w, p, po + w, t, w);
    f.mul(t, 5 * w, q, qo + w, t, 0);
    return f.eq(t, 4 * w, t, 5 * w);
  }

  /** r = 2p (dbl-2009-l). */
  public void jacDouble(long[] r, int ro, long[] p, int po) {
    if (jacIsInfinity(p, po)) {
      System.arraycopy(p, po, r, ro, 3 * w);
      return;
    }
    long[] t = new long[6 * w]; // A, B, C, D, E, F
    int a = 0, bb = w, c = 2 * w, d = 3 * w, e = 4 * w, ff = 5 * w;
    f.sqr(t, a, p, po);
    f.sqr(t, bb, p, po + w);
    f.sqr(t, c, t, bb);
    f.add(t, d, p, po, t, bb);
    f.sqr(t, d, t, d);
    f.sub(t, d, t, d, t, a);
    f.sub(t, d, t, d, t, c);
    f.dbl(t, d, t, d);
    f.dbl(t, e, t, a);
    f.add(t, e, t, e, t, a);
    f.sqr(t, ff, t, e);
    // Z3 = 2·Y1·Z1 first (p and r may alias)
    f.mul(r, ro + 2 * w, p, po + w, p, po + 2 * w);
    f.dbl(r, ro + 2 * w, r, ro + 2 * w);
    // X3 = F - 2D
    f.sub(r, ro, t, ff, t, d);
    f.sub(r, ro, r, ro, t, d);
    // Y3 = E(D - X3) - 8C
    f.sub(t, d, t, d, r, ro);
    f.mul(t, d, t, d, t, e);
    f.dbl(t, c, t, c);
    f.dbl(t, c, t, c);
    f.dbl(t, c, t, c);
    f.sub(r, ro + w, t, d, t, c);
  }

  /** r = p + a with a affine (madd-2007-bl). */
  public void jacAddMixed(long[] r, int ro, long[] p, int po, long[] a, int ao) {
    if (affineIsInfinity(a, ao)) {
      System.arraycopy(p, po, r, ro, 3 * w);
      return;
    }
    if (jacIsInfinity(p, po)) {
      jacFromAffine(r, ro, a, ao);
      return;
    }
    long[] t = new long[9 * w];
    int z1z1 = 0, u2 = w, s2 = 2 * w, h = 3 * w, hh = 4 * w, i = 5 * w, j = 6 * w, rr = 7 * w, v = 8 * w;
    f.sqr(t, z1z1, p, po + 2 * w);
    f.mul(t, u2, a, ao, t, z1z1);
    f.mul(t, s2, a, ao + w, p, po + 2 * w);
    f.mul(t, s2, t, s2, t, z1z1);
    f.sub(t, h, t, u2, p, po);
    f.sub(t, rr, t, s2, p, po + w);
    if (f.isZero(t, h)) {
      if (f.isZero(t, rr)) {
        jacDouble(r, ro, p, po);
      } else {
        jacSetInfinity(r, ro);
      }
      return;
    }
    f.dbl(t, rr, t, rr);
    f.sqr(t, hh, t, h);
    f.dbl(t, i, t, hh);
    f.dbl(t, i, t, i);
    f.mul(t, j, t, h, t, i);
    f.mul(t, v, p, po, t, i);
    // Z3 = (Z1 + H)² - Z1Z1 - HH
    long[] z3 = new long[w];
    f.add(z3, 0, p, po + 2 * w, t, h);
    f.sqr(z3, 0, z3, 0);
    f.sub(z3, 0, z3, 0, t, z1z1);
    f.sub(z3, 0, z3, 0, t, hh);
    // Y1·J before Y1 is overwritten
    f.mul(t, u2, p, po + w, t, j);
    f.dbl(t, u2, t, u2);
    // X3 = r² - J - 2V
    f.sqr(r, ro, t, rr);
    f.sub(r, ro, r, ro, t, j);
    f.sub(r, ro, r, ro, t, v);
    f.sub(r, ro, r, ro, t, v);
    // Y3 = r(V - X3) - 2·Y1·J
    f.sub(t, v, t, v, r, ro);
    f.mul(t, v, t, v, t, rr);
    f.sub(r, ro + w, t, v, t, u2);
    System.arraycopy(z3, 0, r, ro + 2 * w, w);
  }

  /** r = p + q (add-2007-bl). */
  public void jacAdd(long[] r, int ro, long[] p, int po, long[] q, int qo) {
    if (jacIsInfinity(p, po)) {
      System.arraycopy(q, qo, r, ro, 3 * w);
      return;
    }
    if (jacIsInfinity(q, qo)) {
      System.arraycopy(p, po, r, ro, 3 * w);
      return;
    }
    long[] t = new long[11 * w];
    int z1z1 = 0, z2z2 = w, u1 = 2 * w, u2 = 3 * w, s1 = 4 * w, s2 = 5 * w, h = 6 * w, i = 7 * w, j = 8 * w,
        rr = 9 * w, v = 10 * w;
    f.sqr(t, z1z1, p, po + 2 * w);
    f.sqr(t, z2z2, q, qo + 2 * w);
    f.mul(t, u1, p, po, t, z2z2);
    f.mul(t, u2, q, qo, t, z1z1);
    f.mul(t, s1, p, po + w, q, qo + 2 * w);
    f.mul(t, s1, t, s1, t, z2z2);
    f.mul(t, s2, q, qo + w, p, po + 2 * w);
    f.mul(t, s2, t, s2, t, z1z1);
    f.sub(t, h, t, u2, t, u1);
    f.sub(t, rr, t, s2, t, s1);
    if (f.isZero(t, h)) {
      if (f.isZero(t, rr)) {
        jacDouble(r, ro, p, po);
      } else {
        jacSetInfinity(r, ro);
      }
      return;
    }
    f.dbl(t, rr, t, rr);
    f.dbl(t, i, t, h);
    f.sqr(t, i, t, i);
    f.mul(t, j, t, h, t, i);
    f.mul(t, v, t, u1, t, i);
    // Z3 = ((Z1 + Z2)² - Z1Z1 - Z2Z2)·H
    long[] z3 = new long[w];
    f.add(z3, 0, p, po + 2 * w, q, qo + 2 * w);
    f.sqr(z3, 0, z3, 0);
    f.sub(z3, 0, z3, 0, t, z1z1);
    f.sub(z3, 0, z3, 0, t, z2z2);
    f.mul(z3, 0, z3, 0, t, h);
    f.sqr(r, ro, t, rr);
    f.sub(r, ro, r, ro, t, j);
    f.sub(r, ro, r, ro, t, v);
    f.sub(r, ro, r, ro, t, v);
    f.sub(t, v, t, v, r, ro);
    f.mul(t, v, t, v, t, rr);
    f.mul(t, s1, t, s1, t, j);
    f.dbl(t, s1, t, s1);
    f.sub(r, ro + w, t, v, t, s1);
    System.arraycopy(z3, 0, r, ro + 2 * w, w);
  }

  /**
   * r = [k]p for a non-negative k of any size (no reduction modulo the group order: the subgroup checks
   * rely on that). Width-5 NAF; variable-time.
   */
  public void jacScalarMul(long[] r, int ro, long[] p, int po, BigInteger k) {
    if (k.signum() < 0) {
      throw new IllegalArgumentException("scalar must be non-negative, got " + k);
    }
    int pw = 3 * w;
    long[] acc = new long[pw];
    jacSetInfinity(acc, 0);
    if (k.signum() == 0 || jacIsInfinity(p, po)) {
      System.arraycopy(acc, 0, r, ro, pw);
      return;
    }
    // odd multiples p, 3p, ..., 15p
    long[] table = new long[8 * pw];
    long[] twoP = new long[pw];
    System.arraycopy(p, po, table, 0, pw);
    jacDouble(twoP, 0, p, po);
    for (int i = 1; i < 8; i++) {
      jacAdd(table, i * pw, table, (i - 1) * pw, twoP, 0);
    }
    int[] naf = wnaf(k, 5);
    long[] neg = new long[pw];
    for (int i = naf.length - 1; i >= 0; i--) {
      jacDouble(acc, 0, acc, 0);
      int d = naf[i];
      if (d > 0) {
        jacAdd(acc, 0, acc, 0, table, (d >> 1) * pw);
      } else if (d < 0) {
        jacNeg(neg, 0, table, ((-d) >> 1) * pw);
        jacAdd(acc, 0, acc, 0, neg, 0);
      }
    }
    System.arraycopy(acc, 0, r, ro, pw);
  }

  /** Width-w NAF digits of k ≥ 0, least significant first; digits are odd in (-2^(w-1), 2^(w-1)) or 0. */
  static int[] wnaf(BigInteger k, int width) {
    int[] out = new int[k.bitLength() + 1];
    BigInteger v = k;
    int mod = 1 << width;
    int i = 0;
    while (v.signum() > 0) {
      int d = 0;
      if (v.testBit(0)) {
        d = v.intValue() & (mod - 1);
        if (d >= mod / 2) {
          d -= mod;
        }
        v = v.subtract(BigInteger.valueOf(d));
      }
      out[i++] = d;
      v = v.shiftRight(1);
    }
    return java.util.Arrays.copyOf(out, i);
  }

  // ---------------------------------------------------------------- XYZZ (MSM buckets)

  /** Scratch longs the XYZZ methods need. */
  public int scratchSize() {
    return 8 * w;
  }

  public void xyzzSetInfinity(long[] r, int ro) {
    java.util.Arrays.fill(r, ro, ro + 4 * w, 0L);
  }

  public boolean xyzzIsInfinity(long[] r, int ro) {
    return f.isZero(r, ro + 2 * w);
  }

  /** r += a for affine a, in place (madd-2008-s; mdbl-2008-s-1 when they are equal). */
  public void xyzzAddMixed(long[] r, int ro, long[] a, int ao, long[] s) {
    if (affineIsInfinity(a, ao)) {
      return;
    }
    int x = ro, y = ro + w, zz = ro + 2 * w, zzz = ro + 3 * w;
    if (f.isZero(r, zz)) {
      System.arraycopy(a, ao, r, ro, 2 * w);
      f.setOne(r, zz);
      f.setOne(r, zzz);
      return;
    }
    int u2 = 0, s2 = w, pp = 2 * w, ppp = 3 * w, q = 4 * w, rr = 5 * w, pq = 6 * w;
    f.mul(s, u2, a, ao, r, zz);
    f.mul(s, s2, a, ao + w, r, zzz);
    f.sub(s, pq, s, u2, r, x); // P
    f.sub(s, rr, s, s2, r, y); // R
    if (f.isZero(s, pq)) {
      if (f.isZero(s, rr)) {
        xyzzDoubleAffine(r, ro, a, ao, s);
      } else {
        xyzzSetInfinity(r, ro);
      }
      return;
    }
    f.sqr(s, pp, s, pq);
    f.mul(s, ppp, s, pq, s, pp);
    f.mul(s, q, r, x, s, pp);
    // X3 = R² - PPP - 2Q
    f.sqr(r, x, s, rr);
    f.sub(r, x, r, x, s, ppp);
    f.sub(r, x, r, x, s, q);
    f.sub(r, x, r, x, s, q);
    // Y3 = R(Q - X3) - Y1·PPP
    f.sub(s, q, s, q, r, x);
    f.mul(s, q, s, q, s, rr);
    f.mul(s, u2, r, y, s, ppp);
    f.sub(r, y, s, q, s, u2);
    f.mul(r, zz, r, zz, s, pp);
    f.mul(r, zzz, r, zzz, s, ppp);
  }

  /** r = 2a for affine a ≠ infinity, as XYZZ (mdbl-2008-s-1). */
  private void xyzzDoubleAffine(long[] r, int ro, long[] a, int ao, long[] s) {
    int u = 0, v = w, ww = 2 * w, ss = 3 * w, m = 4 * w;
    f.dbl(s, u, a, ao + w);
    f.sqr(s, v, s, u);
    f.mul(s, ww, s, u, s, v);
    f.mul(s, ss, a, ao, s, v);
    f.sqr(s, m, a, ao);
    f.dbl(s, u, s, m);
    f.add(s, m, s, m, s, u);
    int x = ro, y = ro + w;
    f.sqr(r, x, s, m);
    f.sub(r, x, r, x, s, ss);
    f.sub(r, x, r, x, s, ss);
    f.sub(s, ss, s, ss, r, x);
    f.mul(s, ss, s, ss, s, m);
    f.mul(s, u, s, ww, a, ao + w);
    f.sub(r, y, s, ss, s, u);
    System.arraycopy(s, v, r, ro + 2 * w, w);
    System.arraycopy(s, ww, r, ro + 3 * w, w);
  }

  /** r = 2r in place (dbl-2008-s-1). */
  public void xyzzDouble(long[] r, int ro, long[] s) {
    if (f.isZero(r, ro + 2 * w)) {
      return;
    }
    int x = ro, y = ro + w, zz = ro + 2 * w, zzz = ro + 3 * w;
    int u = 0, v = w, ww = 2 * w, ss = 3 * w, m = 4 * w;
    f.dbl(s, u, r, y);
    f.sqr(s, v, s, u);
    f.mul(s, ww, s, u, s, v);
    f.mul(s, ss, r, x, s, v);
    f.sqr(s, m, r, x);
    f.dbl(s, u, s, m);
    f.add(s, m, s, m, s, u);
    f.sqr(r, x, s, m);
    f.sub(r, x, r, x, s, ss);
    f.sub(r, x, r, x, s, ss);
    f.sub(s, ss, s, ss, r, x);
    f.mul(s, ss, s, ss, s, m);
    f.mul(s, u, s, ww, r, y);
    f.sub(r, y, s, ss, s, u);
    f.mul(r, zz, r, zz, s, v);
    f.mul(r, zzz, r, zzz, s, ww);
  }

  /** r += q for XYZZ q, in place (add-2008-s). */
  public void xyzzAdd(long[] r, int ro, long[] q, int qo, long[] s) {
    if (f.isZero(q, qo + 2 * w)) {
      return;
    }
    if (f.isZero(r, ro + 2 * w)) {
      System.arraycopy(q, qo, r, ro, 4 * w);
      return;
    }
    int x = ro, y = ro + w, zz = ro + 2 * w, zzz = ro + 3 * w;
    int u1 = 0, u2 = w, s1 = 2 * w, s2 = 3 * w, p = 4 * w, rr = 5 * w, pp = 6 * w, ppp = 7 * w;
    f.mul(s, u1, r, x, q, qo + 2 * w);
    f.mul(s, u2, q, qo, r, zz);
    f.mul(s, s1, r, y, q, qo + 3 * w);
    f.mul(s, s2, q, qo + w, r, zzz);
    f.sub(s, p, s, u2, s, u1);
    f.sub(s, rr, s, s2, s, s1);
    if (f.isZero(s, p)) {
      if (f.isZero(s, rr)) {
        xyzzDouble(r, ro, s);
      } else {
        xyzzSetInfinity(r, ro);
      }
      return;
    }
    f.sqr(s, pp, s, p);
    f.mul(s, ppp, s, p, s, pp);
    f.mul(s, u1, s, u1, s, pp); // Q
    f.sqr(r, x, s, rr);
    f.sub(r, x, r, x, s, ppp);
    f.sub(r, x, r, x, s, u1);
    f.sub(r, x, r, x, s, u1);
    f.sub(s, u1, s, u1, r, x);
    f.mul(s, u1, s, u1, s, rr);
    f.mul(s, s1, s, s1, s, ppp);
    f.sub(r, y, s, u1, s, s1);
    f.mul(r, zz, r, zz, q, qo + 2 * w);
    f.mul(r, zz, r, zz, s, pp);
    f.mul(r, zzz, r, zzz, q, qo + 3 * w);
    f.mul(r, zzz, r, zzz, s, ppp);
  }

  /** Jacobian form of an XYZZ point: X' = X·ZZ·ZZZ², Y' = Y·ZZ³·ZZZ², Z' = ZZ·ZZZ. */
  public void xyzzToJac(long[] r, int ro, long[] q, int qo) {
    if (f.isZero(q, qo + 2 * w)) {
      jacSetInfinity(r, ro);
      return;
    }
    long[] t = new long[3 * w];
    f.sqr(t, 0, q, qo + 3 * w); // ZZZ²
    f.mul(t, w, q, qo + 2 * w, t, 0); // ZZ·ZZZ²
    f.mul(r, ro, q, qo, t, w);
    f.sqr(t, 2 * w, q, qo + 2 * w); // ZZ²
    f.mul(t, 2 * w, t, 2 * w, t, w); // ZZ³·ZZZ²
    f.mul(r, ro + w, q, qo + w, t, 2 * w);
    f.mul(r, ro + 2 * w, q, qo + 2 * w, q, qo + 3 * w);
  }
}
