package org.snark4j.core.bn254.internal;

import java.math.BigInteger;

/**
 * Scalar multiplication with the GLV endomorphism φ(x, y) = (βx, y) = [λ](x, y), β a cube root of unity in Fp
 * and λ one in Fr: k = k1 + k2·λ with |k1|, |k2| about √r, then [k1]P + [k2]φ(P) with interleaved width-5 NAFs,
 * about half the doublings of a plain multiplication. On G2 (the twist y² = x³ + b', x in Fp2) the same map
 * with β in Fp multiplying both coordinates of x is an automorphism of the curve and acts on the order-r
 * subgroup as a cube root of unity too. The lattice basis comes from the extended Euclidean algorithm on
 * (r, λ) (Guide to Elliptic Curve Cryptography, algorithm 3.74); which of λ, λ² goes with β is checked on the
 * generator when an instance is made. Right for points of the order-r subgroup only.
 */
public final class Glv {
  static final BigInteger R = FrArith.MODULUS;
  private static final long[] BETA = new long[4];
  private static final BigInteger ROOT;

  static {
    BigInteger beta = cubeRootOfUnity(FpArith.MODULUS);
    FpArith.fromBigInteger(BETA, 0, beta);
    FpArith.toMont(BETA, 0, BETA, 0);
    ROOT = cubeRootOfUnity(R);
  }

  private final CurveArith c;
  private final int jac; // longs per Jacobian point
  final BigInteger lambda;
  private final BigInteger a1;
  private final BigInteger b1;
  private final BigInteger a2;
  private final BigInteger b2;

  /** For the curve c, with its generator in affine limbs (to pair β with λ). */
  public Glv(CurveArith c, long[] generatorAffine) {
    this.c = c;
    this.jac = generatorAffine.length / 2 * 3;
    long[] gj = new long[jac];
    c.jacFromAffine(gj, 0, generatorAffine, 0);
    long[] lg = new long[jac];
    c.jacScalarMul(lg, 0, gj, 0, ROOT);
    long[] phi = new long[jac];
    endomorphism(phi, 0, gj, 0);
    // φ(G) must be [λ]G; otherwise the other root λ² goes with this β
    BigInteger l = c.jacEquals(lg, 0, phi, 0) ? ROOT : ROOT.multiply(ROOT).mod(R);
    c.jacScalarMul(lg, 0, gj, 0, l);
    if (!c.jacEquals(lg, 0, phi, 0)) {
      throw new IllegalStateException("the endomorphism is not a cube root of unity on this group");
    }
    this.lambda = l;
    // shortest vectors of the lattice {(a, b) : a + b·λ ≡ 0 mod r}
    BigInteger[] basis = basis(R, l);
    a1 = basis[0];
    b1 = basis[1];
    a2 = basis[2];
    b2 = basis[3];
  }

  private static BigInteger cubeRootOfUnity(BigInteger q) {
    BigInteger e = q.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3));
    for (long g = 2; ; g++) {
      BigInteger c = BigInteger.valueOf(g).modPow(e, q);
      if (!c.equals(BigInteger.ONE)) {
        return c;
      }
    }
  }

  private static BigInteger[] basis(BigInteger n, BigInteger lambda) {
    BigInteger sqrtN = n.sqrt();
    BigInteger r0 = n;
    BigInteger r1 = lambda;
    BigInteger t0 = BigInteger.ZERO;
    BigInteger t1 = BigInteger.ONE;
    // run until the remainder drops below √n
    while (r1.compareTo(sqrtN) >= 0) {
      BigInteger q = r0.divide(r1);
      BigInteger r2 = r0.subtract(q.multiply(r1));
      BigInteger t2 = t0.subtract(q.multiply(t1));
      r0 = r1;
      r1 = r2;
      t0 = t1;
      t1 = t2;
    }
    // (r_{l+1}, -t_{l+1}) is the first vector; the second is the shorter of (r_l, -t_l), (r_{l+2}, -t_{l+2})
    BigInteger a1 = r1;
    BigInteger b1 = t1.negate();
    BigInteger q = r0.divide(r1);
    BigInteger r2 = r0.subtract(q.multiply(r1));
    BigInteger t2 = t0.subtract(q.multiply(t1));
    BigInteger a2;
    BigInteger b2;
    if (r0.pow(2).add(t0.pow(2)).compareTo(r2.pow(2).add(t2.pow(2))) <= 0) {
      a2 = r0;
      b2 = t0.negate();
    } else {
      a2 = r2;
      b2 = t2.negate();
    }
    return new BigInteger[] {a1, b1, a2, b2};
  }

  /** φ on a Jacobian point: (βX, Y, Z), every Fp component of X times β. */
  private void endomorphism(long[] r, int ro, long[] p, int po) {
    int x = jac / 3;
    for (int i = 0; i < x; i += 4) {
      FpArith.mul(r, ro + i, p, po + i, BETA, 0);
    }
    System.arraycopy(p, po + x, r, ro + x, 2 * x);
  }

  /** (k1, k2) with k1 + k2·λ ≡ k (mod r), both about √r in size (may be negative). */
  BigInteger[] decompose(BigInteger k) {
    BigInteger c1 = roundDiv(b2.multiply(k), R);
    BigInteger c2 = roundDiv(b1.negate().multiply(k), R);
    BigInteger k1 = k.subtract(c1.multiply(a1)).subtract(c2.multiply(a2));
    BigInteger k2 = c1.multiply(b1).add(c2.multiply(b2)).negate();
    return new BigInteger[] {k1, k2};
  }

  private static BigInteger roundDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    BigInteger q = qr[0];
    if (qr[1].abs().shiftLeft(1).compareTo(b) >= 0) {
      q = q.add(BigInteger.valueOf(a.signum() * b.signum()));
    }
    return q;
  }

  /** r = [k]p for 0 ≤ k &lt; r and p in the order-r subgroup (Jacobian in and out). */
  public void scalarMul(long[] r, int ro, long[] p, int po, BigInteger k) {
    if (k.signum() == 0 || c.jacIsInfinity(p, po)) {
      c.jacSetInfinity(r, ro);
      return;
    }
    BigInteger[] ks = decompose(k);
    long[] p1 = new long[jac];
    System.arraycopy(p, po, p1, 0, jac);
    if (ks[0].signum() < 0) {
      c.jacNeg(p1, 0, p1, 0);
    }
    int[] n1 = CurveArith.wnaf(ks[0].abs(), 5);
    int[] n2 = CurveArith.wnaf(ks[1].abs(), 5);
    long[] t1 = oddMultiples(p1);
    // the table of φ(±P) is φ of the table of ±P, negated where the signs of k1 and k2 differ
    long[] t2 = new long[t1.length];
    for (int i = 0; i < 8; i++) {
      endomorphism(t2, jac * i, t1, jac * i);
      if ((ks[0].signum() < 0) != (ks[1].signum() < 0)) {
        c.jacNeg(t2, jac * i, t2, jac * i);
      }
    }
    long[] acc = new long[jac];
    c.jacSetInfinity(acc, 0);
    long[] neg = new long[jac];
    for (int i = Math.max(n1.length, n2.length) - 1; i >= 0; i--) {
      c.jacDouble(acc, 0, acc, 0);
      addDigit(acc, i < n1.length ? n1[i] : 0, t1, neg);
      addDigit(acc, i < n2.length ? n2[i] : 0, t2, neg);
    }
    System.arraycopy(acc, 0, r, ro, jac);
  }

  private void addDigit(long[] acc, int d, long[] table, long[] neg) {
    if (d > 0) {
      c.jacAdd(acc, 0, acc, 0, table, (d >> 1) * jac);
    } else if (d < 0) {
      c.jacNeg(neg, 0, table, ((-d) >> 1) * jac);
      c.jacAdd(acc, 0, acc, 0, neg, 0);
    }
  }

  /** p, 3p, ..., 15p (Jacobian). */
  private long[] oddMultiples(long[] p) {
    long[] t = new long[8 * jac];
    long[] twice = new long[jac];
    System.arraycopy(p, 0, t, 0, jac);
    c.jacDouble(twice, 0, p, 0);
    for (int i = 1; i < 8; i++) {
      c.jacAdd(t, i * jac, t, (i - 1) * jac, twice, 0);
    }
    return t;
  }
}
