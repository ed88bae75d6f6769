package org.snark4j.core.bls12_381.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BLS12-381's generated 8×52-bit SIMD kernels of Fp against a BigInteger oracle (STYLE.md 9): random values up
 * to the documented bounds and the edges (0, 1, q − 1, q, 2q − 1, limbs at 0 and 2^52 − 1, the largest
 * product inputs), a different value in every lane; and the conversions from and to the 6×64 form.
 */
class FpVectorOracleTest {
  static final int M = 8;
  static final BigInteger Q = FpArith.MODULUS;
  static final BigInteger R = BigInteger.ONE.shiftLeft(52 * M);

  @BeforeAll
  static void moduleThere() {
    assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
        "the JVM runs without --add-modules jdk.incubator.vector");
  }

  static int lanes() {
    return FpVector.LANES;
  }

  static long[] block(List<BigInteger> values) {
    int lanes = lanes();
    long[] b = new long[M * lanes];
    for (int e = 0; e < lanes; e++) {
      BigInteger v = values.get(e);
      for (int i = 0; i < M; i++) {
        b[i * lanes + e] = v.shiftRight(52 * i).longValue() & ((1L << 52) - 1);
      }
      assertEquals(v, value(b, e, false), "test value does not fit 8×52 limbs");
    }
    return b;
  }

  static BigInteger value(long[] b, int e, boolean checkLimbs) {
    int lanes = lanes();
    BigInteger v = BigInteger.ZERO;
    for (int i = M - 1; i >= 0; i--) {
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

  static List<BigInteger> values(SplittableRandom rnd, BigInteger bound) {
    List<BigInteger> edges = List.of(BigInteger.ZERO, BigInteger.ONE, Q.subtract(BigInteger.ONE), Q,
        Q.shiftLeft(1).subtract(BigInteger.ONE), bound.subtract(BigInteger.ONE),
        BigInteger.ONE.shiftLeft(52).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(52 * 7));
    List<BigInteger> out = new ArrayList<>();
    for (int e = 0; e < lanes(); e++) {
      BigInteger v = rnd.nextInt(4) == 0 ? edges.get(rnd.nextInt(edges.size())) : below(rnd, bound);
      out.add(v.min(bound.subtract(BigInteger.ONE)));
    }
    return out;
  }

  @Test
  void productsAndSquares() {
    SplittableRandom rnd = new SplittableRandom(381);
    BigInteger rInv = R.modInverse(Q);
    BigInteger bound = Q.shiftLeft(3); // inputs below 8q: products below q·2^416
    for (int round = 0; round < 3000; round++) {
      List<BigInteger> xs = values(rnd, bound);
      List<BigInteger> ys = values(rnd, bound);
      long[] x = block(xs);
      long[] y = block(ys);
      long[] z = new long[x.length];
      FpVector.mul(z, 0, x, 0, y, 0);
      long[] s = new long[x.length];
      FpVector.sqr(s, 0, x, 0);
      for (int e = 0; e < lanes(); e++) {
        BigInteger got = value(z, e, true);
        assertTrue(got.compareTo(Q.shiftLeft(1)) < 0, "product not below 2q");
        assertEquals(xs.get(e).multiply(ys.get(e)).multiply(rInv).mod(Q), got.mod(Q));
        assertEquals(xs.get(e).multiply(xs.get(e)).multiply(rInv).mod(Q), value(s, e, true).mod(Q));
      }
      // one element against every lane
      long[] c = new long[M];
      BigInteger cv = below(rnd, bound);
      for (int i = 0; i < M; i++) {
        c[i] = cv.shiftRight(52 * i).longValue() & ((1L << 52) - 1);
      }
      FpVector.mulBroadcast(z, 0, x, 0, c, 0);
      for (int e = 0; e < lanes(); e++) {
        assertEquals(xs.get(e).multiply(cv).multiply(rInv).mod(Q), value(z, e, true).mod(Q));
      }
    }
  }

  @Test
  void sumsDifferencesAndReduction() {
    SplittableRandom rnd = new SplittableRandom(382);
    for (int round = 0; round < 3000; round++) {
      BigInteger bound = Q.shiftLeft(2);
      List<BigInteger> xs = values(rnd, bound);
      List<BigInteger> ys = values(rnd, bound);
      long[] x = block(xs);
      long[] y = block(ys);
      long[] z = new long[x.length];
      FpVector.add(z, 0, x, 0, y, 0);
      for (int e = 0; e < lanes(); e++) {
        assertEquals(xs.get(e).add(ys.get(e)), value(z, e, true));
      }
      int k = 4; // y below 4q: x − y + 4q never goes negative
      FpVector.sub(z, 0, x, 0, y, 0, k);
      for (int e = 0; e < lanes(); e++) {
        assertEquals(xs.get(e).subtract(ys.get(e)).add(Q.multiply(BigInteger.valueOf(k))), value(z, e, true));
      }
      for (int kk = 1; kk <= 4; kk++) {
        FpVector.condSub(z, 0, x, 0, kk);
        BigInteger kq = Q.multiply(BigInteger.valueOf(kk));
        for (int e = 0; e < lanes(); e++) {
          BigInteger v = xs.get(e);
          assertEquals(v.compareTo(kq) >= 0 ? v.subtract(kq) : v, value(z, e, true));
        }
      }
    }
  }

  @Test
  void conversionsRoundTrip() {
    SplittableRandom rnd = new SplittableRandom(383);
    long[] t = new long[FpArith.N];
    for (int i = 0; i < 2000; i++) {
      BigInteger v = below(rnd, Q);
      long[] mont = new long[FpArith.N];
      FpArith.fromBigInteger(mont, 0, v.multiply(BigInteger.ONE.shiftLeft(64 * FpArith.N)).mod(Q));
      long[] l52 = new long[M];
      Fp52.from64(l52, 0, 1, mont, 0, t);
      BigInteger asLimbs = BigInteger.ZERO;
      for (int k = M - 1; k >= 0; k--) {
        asLimbs = asLimbs.shiftLeft(52).add(BigInteger.valueOf(l52[k]));
      }
      assertEquals(v.multiply(R).mod(Q), asLimbs);
      // and back, from a value in [q, 2q) too
      long[] back = new long[FpArith.N];
      Fp52.to64(back, 0, l52, 0, 1, t);
      assertEquals(FpArith.toBigInteger(mont, 0), FpArith.toBigInteger(back, 0));
      BigInteger plusQ = asLimbs.add(Q);
      long[] l52q = new long[M];
      for (int k = 0; k < M; k++) {
        l52q[k] = plusQ.shiftRight(52 * k).longValue() & ((1L << 52) - 1);
      }
      Fp52.to64(back, 0, l52q, 0, 1, t);
      assertEquals(FpArith.toBigInteger(mont, 0), FpArith.toBigInteger(back, 0));
      long[] neg = new long[M];
      if (v.signum() != 0) {
        Fp52.negNonZero(neg, 0, l52, 0);
        BigInteger n = BigInteger.ZERO;
        for (int k = M - 1; k >= 0; k--) {
          n = n.shiftLeft(52).add(BigInteger.valueOf(neg[k]));
        }
        assertEquals(Q.subtract(asLimbs), n);
      }
    }
  }
}
