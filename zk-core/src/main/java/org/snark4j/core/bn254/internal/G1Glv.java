package org.snark4j.core.bn254.internal;

import java.math.BigInteger;

/**
 * Scalar multiplication on G1 with the GLV endomorphism φ(x, y) = (βx, y) = [λ](x, y), β a cube root of
 * unity in Fp and λ one in Fr: k = k1 + k2·λ with |k1|, |k2| about √r, then [k1]P + [k2]φ(P) with interleaved
 * width-5 NAFs, about half the doublings of a plain multiplication. The lattice basis comes from the extended
 * Euclidean algorithm on (r, λ) at class load (Guide to Elliptic Curve Cryptography, algorithm 3.74), and the
 * pairing of β with λ is checked on the generator.
 */
public final class G1Glv {
  private G1Glv() {}

  static final BigInteger R = FrArith.MODULUS;
  private static final long[] BETA = new long[4];
  static final BigInteger LAMBDA;
  private static final BigInteger A1;
  private static final BigInteger B1;
  private static final BigInteger A2;
  private static final BigInteger B2;

  static {
    BigInteger p = FpArith.MODULUS;
    BigInteger beta = cubeRootOfUnity(p);
    BigInteger lambda = cubeRootOfUnity(R);
    FpArith.fromBigInteger(BETA, 0, beta);
    FpArith.toMont(BETA, 0, BETA, 0);
    // φ(G) must be [λ]G; otherwise the other root λ² goes with this β
    long[] g = new long[8];
    long[] one = new long[4];
    FpArith.setOne(one, 0);
    long[] two = new long[4];
    FpArith.add(two, 0, one, 0, one, 0);
    System.arraycopy(one, 0, g, 0, 4);
    System.arraycopy(two, 0, g, 4, 4);
    long[] gj = new long[12];
    CurveArith.G1.jacFromAffine(gj, 0, g, 0);
    long[] lg = new long[12];
    CurveArith.G1.jacScalarMul(lg, 0, gj, 0, lambda);
    long[] phi = new long[12];
    endomorphism(phi, gj);
    if (!CurveArith.G1.jacEquals(lg, 0, phi, 0)) {
      lambda = lambda.multiply(lambda).mod(R);
    }
    LAMBDA = lambda;
    // shortest vectors of the lattice {(a, b) : a + b·λ ≡ 0 mod r}
    BigInteger[] basis = basis(R, lambda);
    A1 = basis[0];
    B1 = basis[1];
    A2 = basis[2];
    B2 = basis[3];
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

  /** φ on a Jacobian point: (βX, Y, Z). */
  static void endomorphism(long[] r, long[] p) {
    FpArith.mul(r, 0, p, 0, BETA, 0);
    System.arraycopy(p, 4, r, 4, 8);
  }

  /** (k1, k2) with k1 + k2·λ ≡ k (mod r), both about √r in size (may be negative). */
  static BigInteger[] decompose(BigInteger k) {
    BigInteger c1 = roundDiv(B2.multiply(k), R);
    BigInteger c2 = roundDiv(B1.negate().multiply(k), R);
    BigInteger k1 = k.subtract(c1.multiply(A1)).subtract(c2.multiply(A2));
    BigInteger k2 = c1.multiply(B1).add(c2.multiply(B2)).negate();
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

  /** r = [k]p on G1 for 0 ≤ k &lt; r (Jacobian in and out). */
  public static void scalarMul(long[] r, int ro, long[] p, int po, BigInteger k) {
    CurveArith c = CurveArith.G1;
    if (k.signum() == 0 || c.jacIsInfinity(p, po)) {
      c.jacSetInfinity(r, ro);
      return;
    }
    BigInteger[] ks = decompose(k);
    long[] p1 = new long[12];
    System.arraycopy(p, po, p1, 0, 12);
    if (ks[0].signum() < 0) {
      c.jacNeg(p1, 0, p1, 0);
    }
    int[] n1 = CurveArith.wnaf(ks[0].abs(), 5);
    int[] n2 = CurveArith.wnaf(ks[1].abs(), 5);
    long[] t1 = oddMultiples(p1);
    // the table of φ(±P) is φ of the table of ±P, negated where the signs of k1 and k2 differ
    long[] t2 = new long[t1.length];
    for (int i = 0; i < 8; i++) {
      FpArith.mul(t2, 12 * i, t1, 12 * i, BETA, 0);
      System.arraycopy(t1, 12 * i + 4, t2, 12 * i + 4, 8);
      if ((ks[0].signum() < 0) != (ks[1].signum() < 0)) {
        FpArith.neg(t2, 12 * i + 4, t2, 12 * i + 4);
      }
    }
    long[] acc = new long[12];
    c.jacSetInfinity(acc, 0);
    long[] neg = new long[12];
    for (int i = Math.max(n1.length, n2.length) - 1; i >= 0; i--) {
      c.jacDouble(acc, 0, acc, 0);
      addDigit(acc, i < n1.length ? n1[i] : 0, t1, neg);
      addDigit(acc, i < n2.length ? n2[i] : 0, t2, neg);
    }
    System.arraycopy(acc, 0, r, ro, 12);
  }

  private static void addDigit(long[] acc, int d, long[] table, long[] neg) {
    CurveArith c = CurveArith.G1;
    if (d > 0) {
      c.jacAdd(acc, 0, acc, 0, table, (d >> 1) * 12);
    } else if (d < 0) {
      c.jacNeg(neg, 0, table, ((-d) >> 1) * 12);
      c.jacAdd(acc, 0, acc, 0, neg, 0);
    }
  }

  /** p, 3p, ..., 15p (Jacobian, 12 longs each). */
  private static long[] oddMultiples(long[] p) {
    CurveArith c = CurveArith.G1;
    long[] t = new long[8 * 12];
    long[] twice = new long[12];
    System.arraycopy(p, 0, t, 0, 12);
    c.jacDouble(twice, 0, p, 0);
    for (int i = 1; i < 8; i++) {
      c.jacAdd(t, i * 12, t, (i - 1) * 12, twice, 0);
    }
    return t;
  }
}
