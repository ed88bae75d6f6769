package org.snark4j.core.bls12_381.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BLS12-381's generated SIMD kernels, Fp in 8×52-bit limbs and Fr in 6×52, against a BigInteger oracle (STYLE.md
 * 9): random values up to the documented bounds and the edges (0, 1, q − 1, q, 2q − 1, limbs at 0 and 2^52 − 1,
 * the largest product inputs), a different value in every lane; and the conversions from and to the 64-bit form.
 */
class VectorOracleTest {
  /** One field's kernels behind one shape; loaded only when the module is there. */
  record Field(String name, BigInteger q, int m, int n64, Kernels k) {
    BigInteger r() {
      return BigInteger.ONE.shiftLeft(52 * m);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  interface Kernels {
    void mul(long[] z, long[] x, long[] y);
    void sqr(long[] z, long[] x);
    void mulBroadcast(long[] z, long[] x, long[] c);
    void add(long[] z, long[] x, long[] y);
    void sub(long[] z, long[] x, long[] y, int k);
    void condSub(long[] z, long[] x, int k);
    void from64(long[] z, long[] x, long[] t);
    void to64(long[] z, long[] x, long[] t);
    void negNonZero(long[] z, long[] x);
    void fromBigInteger(long[] z, BigInteger v);
    BigInteger toBigInteger(long[] x);
  }

  static List<Field> fields() {
    return List.of(
        new Field("Fp", FpArith.MODULUS, 8, FpArith.N, new Kernels() {
          public void mul(long[] z, long[] x, long[] y) { FpVector.mul(z, 0, x, 0, y, 0); }
          public void sqr(long[] z, long[] x) { FpVector.sqr(z, 0, x, 0); }
          public void mulBroadcast(long[] z, long[] x, long[] c) { FpVector.mulBroadcast(z, 0, x, 0, c, 0); }
          public void add(long[] z, long[] x, long[] y) { FpVector.add(z, 0, x, 0, y, 0); }
          public void sub(long[] z, long[] x, long[] y, int k) { FpVector.sub(z, 0, x, 0, y, 0, k); }
          public void condSub(long[] z, long[] x, int k) { FpVector.condSub(z, 0, x, 0, k); }
          public void from64(long[] z, long[] x, long[] t) { Fp52.from64(z, 0, 1, x, 0, t); }
          public void to64(long[] z, long[] x, long[] t) { Fp52.to64(z, 0, x, 0, 1, t); }
          public void negNonZero(long[] z, long[] x) { Fp52.negNonZero(z, 0, x, 0); }
          public void fromBigInteger(long[] z, BigInteger v) { FpArith.fromBigInteger(z, 0, v); }
          public BigInteger toBigInteger(long[] x) { return FpArith.toBigInteger(x, 0); }
        }),
        new Field("Fr", FrArith.MODULUS, 6, FrArith.N, new Kernels() {
          public void mul(long[] z, long[] x, long[] y) { FrVector.mul(z, 0, x, 0, y, 0); }
          public void sqr(long[] z, long[] x) { FrVector.sqr(z, 0, x, 0); }
          public void mulBroadcast(long[] z, long[] x, long[] c) { FrVector.mulBroadcast(z, 0, x, 0, c, 0); }
          public void add(long[] z, long[] x, long[] y) { FrVector.add(z, 0, x, 0, y, 0); }
          public void sub(long[] z, long[] x, long[] y, int k) { FrVector.sub(z, 0, x, 0, y, 0, k); }
          public void condSub(long[] z, long[] x, int k) { FrVector.condSub(z, 0, x, 0, k); }
          public void from64(long[] z, long[] x, long[] t) { Fr52.from64(z, 0, 1, x, 0, t); }
          public void to64(long[] z, long[] x, long[] t) { Fr52.to64(z, 0, x, 0, 1, t); }
          public void negNonZero(long[] z, long[] x) { Fr52.negNonZero(z, 0, x, 0); }
          public void fromBigInteger(long[] z, BigInteger v) { FrArith.fromBigInteger(z, 0, v); }
          public BigInteger toBigInteger(long[] x) { return FrArith.toBigInteger(x, 0); }
        }));
  }

  @BeforeAll
  static void moduleThere() {
    assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
        "the JVM runs without --add-modules jdk.incubator.vector");
  }

  static int lanes() {
    return FpVector.LANES;
  }

  static long[] block(Field f, List<BigInteger> values) {
    int lanes = lanes();
    long[] b = new long[f.m() * lanes];
    for (int e = 0; e < lanes; e++) {
      BigInteger v = values.get(e);
      for (int i = 0; i < f.m(); i++) {
        b[i * lanes + e] = v.shiftRight(52 * i).longValue() & ((1L << 52) - 1);
      }
      assertEquals(v, value(f, b, e, false), "test value does not fit " + f.m() + "×52 limbs");
    }
    return b;
  }

  static BigInteger value(Field f, long[] b, int e, boolean checkLimbs) {
    int lanes = lanes();
    BigInteger v = BigInteger.ZERO;
    for (int i = f.m() - 1; i >= 0; i--) {
      long limb = b[i * lanes + e];
      if (checkLimbs) {
        assertTrue(limb >= 0 && limb < (1L << 52), "limb " + i + " out of [0, 2^52): " + Long.toHexString(limb));
      }
      v = v.shiftLeft(52).add(BigInteger.valueOf(limb));
    }
    return v;
  }

  static BigInteger below(SplittableRandom rnd, BigInteger bound) {
    BigInteger v;
    do {
      byte[] bytes = new byte[bound.bitLength() / 8 + 1];
      rnd.nextBytes(bytes);
      v = new BigInteger(1, bytes).mod(bound.shiftLeft(1));
    } while (v.compareTo(bound) >= 0);
    return v;
  }

  static List<BigInteger> values(Field f, SplittableRandom rnd, BigInteger bound) {
    BigInteger q = f.q();
    List<BigInteger> edges = List.of(BigInteger.ZERO, BigInteger.ONE, q.subtract(BigInteger.ONE), q,
        q.shiftLeft(1).subtract(BigInteger.ONE), bound.subtract(BigInteger.ONE),
        BigInteger.ONE.shiftLeft(52).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(52 * (f.m() - 1)));
    List<BigInteger> out = new ArrayList<>();
    for (int e = 0; e < lanes(); e++) {
      BigInteger v = rnd.nextInt(4) == 0 ? edges.get(rnd.nextInt(edges.size())) : below(rnd, bound);
      out.add(v.min(bound.subtract(BigInteger.ONE)));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("fields")
  void productsAndSquares(Field f) {
    SplittableRandom rnd = new SplittableRandom(381);
    BigInteger q = f.q();
    BigInteger rInv = f.r().modInverse(q);
    BigInteger bound = q.shiftLeft(3); // inputs below 8q: products below q·R
    for (int round = 0; round < 3000; round++) {
      List<BigInteger> xs = values(f, rnd, bound);
      List<BigInteger> ys = values(f, rnd, bound);
      long[] x = block(f, xs);
      long[] y = block(f, ys);
      long[] z = new long[x.length];
      f.k().mul(z, x, y);
      long[] s = new long[x.length];
      f.k().sqr(s, x);
      for (int e = 0; e < lanes(); e++) {
        BigInteger got = value(f, z, e, true);
        assertTrue(got.compareTo(q.shiftLeft(1)) < 0, "product not below 2q");
        assertEquals(xs.get(e).multiply(ys.get(e)).multiply(rInv).mod(q), got.mod(q));
        assertEquals(xs.get(e).multiply(xs.get(e)).multiply(rInv).mod(q), value(f, s, e, true).mod(q));
      }
      // one element against every lane
      long[] c = new long[f.m()];
      BigInteger cv = below(rnd, bound);
      for (int i = 0; i < f.m(); i++) {
        c[i] = cv.shiftRight(52 * i).longValue() & ((1L << 52) - 1);
      }
      f.k().mulBroadcast(z, x, c);
      for (int e = 0; e < lanes(); e++) {
        assertEquals(xs.get(e).multiply(cv).multiply(rInv).mod(q), value(f, z, e, true).mod(q));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("fields")
  void sumsDifferencesAndReduction(Field f) {
    SplittableRandom rnd = new SplittableRandom(382);
    BigInteger q = f.q();
    for (int round = 0; round < 3000; round++) {
      BigInteger bound = q.shiftLeft(2);
      List<BigInteger> xs = values(f, rnd, bound);
      List<BigInteger> ys = values(f, rnd, bound);
      long[] x = block(f, xs);
      long[] y = block(f, ys);
      long[] z = new long[x.length];
      f.k().add(z, x, y);
      for (int e = 0; e < lanes(); e++) {
        assertEquals(xs.get(e).add(ys.get(e)), value(f, z, e, true));
      }
      int k = 4; // y below 4q: x − y + 4q never goes negative
      f.k().sub(z, x, y, k);
      for (int e = 0; e < lanes(); e++) {
        assertEquals(xs.get(e).subtract(ys.get(e)).add(q.multiply(BigInteger.valueOf(k))), value(f, z, e, true));
      }
      for (int kk = 1; kk <= 4; kk++) {
        f.k().condSub(z, x, kk);
        BigInteger kq = q.multiply(BigInteger.valueOf(kk));
        for (int e = 0; e < lanes(); e++) {
          BigInteger v = xs.get(e);
          assertEquals(v.compareTo(kq) >= 0 ? v.subtract(kq) : v, value(f, z, e, true));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("fields")
  void conversionsRoundTrip(Field f) {
    SplittableRandom rnd = new SplittableRandom(383);
    BigInteger q = f.q();
    int m = f.m();
    long[] t = new long[f.n64()];
    for (int i = 0; i < 2000; i++) {
      BigInteger v = below(rnd, q);
      long[] mont = new long[f.n64()];
      f.k().fromBigInteger(mont, v.multiply(BigInteger.ONE.shiftLeft(64 * f.n64())).mod(q));
      long[] l52 = new long[m];
      f.k().from64(l52, mont, t);
      BigInteger asLimbs = limbs(l52);
      assertEquals(v.multiply(f.r()).mod(q), asLimbs);
      // and back, from a value in [q, 2q) too
      long[] back = new long[f.n64()];
      f.k().to64(back, l52, t);
      assertEquals(f.k().toBigInteger(mont), f.k().toBigInteger(back));
      BigInteger plusQ = asLimbs.add(q);
      long[] l52q = new long[m];
      for (int k = 0; k < m; k++) {
        l52q[k] = plusQ.shiftRight(52 * k).longValue() & ((1L << 52) - 1);
      }
      f.k().to64(back, l52q, t);
      assertEquals(f.k().toBigInteger(mont), f.k().toBigInteger(back));
      long[] neg = new long[m];
      if (v.signum() != 0) {
        f.k().negNonZero(neg, l52);
        assertEquals(q.subtract(asLimbs), limbs(neg));
      }
    }
  }

  private static BigInteger limbs(long[] l) {
    BigInteger n = BigInteger.ZERO;
    for (int k = l.length - 1; k >= 0; k--) {
      n = n.shiftLeft(52).add(BigInteger.valueOf(l[k]));
    }
    return n;
  }
}
