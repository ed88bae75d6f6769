package org.snark4j.core.bn254.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated 5×52-bit SIMD kernels of Fp and Fr against a BigInteger oracle (STYLE.md 9): random values up
 * to the documented bounds, and the edges (0, 1, q − 1, q, 2q − 1, values with limbs at 0 and 2^52 − 1, the
 * largest pair the product accepts), a different value in every lane. Runs whenever the Vector API module is
 * present, whichever path the library chose.
 */
class VectorKernelOracleTest {
  static final BigInteger TWO52 = BigInteger.ONE.shiftLeft(52);
  static final BigInteger R260 = BigInteger.ONE.shiftLeft(260);

  @BeforeAll
  static void moduleThere() {
    assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
        "the JVM runs without --add-modules jdk.incubator.vector");
  }

  /** The kernels of one field, so one test serves both. */
  interface Kernels {
    int lanes();

    void mul(long[] z, long[] x, long[] y);

    void add(long[] z, long[] x, long[] y);

    void sub(long[] z, long[] x, long[] y, int k);

    void condSub(long[] z, long[] x, int k);

    void mulBroadcast(long[] z, long[] x, long[] c);

    void butterfly(long[] a, long[] t);

    BigInteger q();
  }

  static Kernels kernels(boolean fp) {
    return fp ? VectorFields.fp() : VectorFields.fr();
  }

  static long[] block(List<BigInteger> values, int lanes) {
    long[] b = new long[5 * lanes];
    for (int e = 0; e < lanes; e++) {
      BigInteger v = values.get(e);
      for (int i = 0; i < 5; i++) {
        b[i * lanes + e] = v.shiftRight(52 * i).longValue() & ((1L << 52) - 1);
      }
      assertEquals(v, value(b, lanes, e, false), "test value does not fit 5×52 limbs");
    }
    return b;
  }

  static BigInteger value(long[] b, int lanes, int e, boolean checkLimbs) {
    BigInteger v = BigInteger.ZERO;
    for (int i = 4; i >= 0; i--) {
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
      v = new BigInteger(1, bytes).mod(bound.shiftLeft(1)); // near uniform enough, then rejected to the bound
    } while (v.compareTo(bound) >= 0);
    return v;
  }

  /** Values with whole limbs at 0 or 2^52 − 1 and other structured patterns, below the bound. */
  static BigInteger structured(SplittableRandom rnd, BigInteger bound) {
    BigInteger v = BigInteger.ZERO;
    for (int i = 4; i >= 0; i--) {
      long limb = switch (rnd.nextInt(4)) {
        case 0 -> 0;
        case 1 -> (1L << 52) - 1;
        case 2 -> (1L << 52) - 2 - rnd.nextInt(2);
        default -> rnd.nextLong() & ((1L << 52) - 1);
      };
      v = v.shiftLeft(52).add(BigInteger.valueOf(limb));
    }
    return v.mod(bound);
  }

  static List<BigInteger> edges(BigInteger q, BigInteger bound) {
    List<BigInteger> e = new ArrayList<>();
    for (BigInteger v : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, q.subtract(BigInteger.ONE),
        q, q.add(BigInteger.ONE), q.shiftLeft(1).subtract(BigInteger.ONE), TWO52.subtract(BigInteger.ONE), TWO52,
        TWO52.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(104).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(208),
        BigInteger.ONE.shiftLeft(254).subtract(BigInteger.ONE), q.multiply(BigInteger.valueOf(4)).subtract(BigInteger.ONE),
        bound.subtract(BigInteger.ONE)}) {
      if (v.compareTo(bound) < 0) {
        e.add(v);
      }
    }
    return e;
  }

  /** Pairs (a, b) below the bound with a·b &lt; q·2^260, edges first, then random and structured ones. */
  static List<BigInteger[]> productPairs(BigInteger q, BigInteger bound, int random, long seed) {
    List<BigInteger[]> pairs = new ArrayList<>();
    List<BigInteger> e = edges(q, bound);
    for (BigInteger a : e) {
      for (BigInteger b : e) {
        pairs.add(new BigInteger[] {a, b});
      }
    }
    BigInteger top = q.multiply(R260).subtract(BigInteger.ONE).sqrt(); // the largest square the product takes
    if (top.compareTo(bound) < 0) {
      pairs.add(new BigInteger[] {top, top});
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < random; i++) {
      BigInteger a = rnd.nextBoolean() ? below(rnd, bound) : structured(rnd, bound);
      BigInteger b = rnd.nextBoolean() ? below(rnd, bound) : structured(rnd, bound);
      pairs.add(new BigInteger[] {a, b});
    }
    pairs.removeIf(p -> p[0].multiply(p[1]).compareTo(q.multiply(R260)) >= 0);
    return pairs;
  }

  /** Runs f on the pairs a block at a time (the last block padded with zeros). */
  static void blocks(Kernels k, List<BigInteger[]> pairs, BlockCheck f) {
    int lanes = k.lanes();
    for (int from = 0; from < pairs.size(); from += lanes) {
      List<BigInteger> xs = new ArrayList<>();
      List<BigInteger> ys = new ArrayList<>();
      for (int e = 0; e < lanes; e++) {
        BigInteger[] p = from + e < pairs.size() ? pairs.get(from + e) : new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO};
        xs.add(p[0]);
        ys.add(p[1]);
      }
      f.check(xs, ys, block(xs, lanes), block(ys, lanes));
    }
  }

  interface BlockCheck {
    void check(List<BigInteger> xs, List<BigInteger> ys, long[] x, long[] y);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void productMatchesOracle(boolean fp) {
    Kernels k = kernels(fp);
    BigInteger q = k.q();
    BigInteger rInv = R260.modInverse(q);
    for (BigInteger bound : new BigInteger[] {q, q.shiftLeft(1), q.shiftLeft(3), R260}) {
      blocks(k, productPairs(q, bound, 20_000, bound.bitLength()), (xs, ys, x, y) -> {
        long[] z = new long[x.length];
        k.mul(z, x, y);
        long[] zAliased = x.clone();
        k.mul(zAliased, zAliased, y);
        for (int e = 0; e < k.lanes(); e++) {
          BigInteger got = value(z, k.lanes(), e, true);
          BigInteger want = xs.get(e).multiply(ys.get(e)).multiply(rInv).mod(q);
          assertTrue(got.compareTo(q.shiftLeft(1)) < 0, "product not below 2q: " + got);
          assertEquals(want, got.mod(q), "product of " + xs.get(e) + " and " + ys.get(e));
          assertEquals(got, value(zAliased, k.lanes(), e, true), "aliased output");
        }
      });
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void broadcastProductMatchesOracle(boolean fp) {
    Kernels k = kernels(fp);
    BigInteger q = k.q();
    BigInteger rInv = R260.modInverse(q);
    blocks(k, productPairs(q, q.shiftLeft(1), 5_000, 3), (xs, ys, x, y) -> {
      for (int pick = 0; pick < k.lanes(); pick += 3) {
        BigInteger cv = ys.get(pick);
        long[] c = new long[5];
        for (int i = 0; i < 5; i++) {
          c[i] = cv.shiftRight(52 * i).longValue() & ((1L << 52) - 1);
        }
        long[] z = new long[x.length];
        k.mulBroadcast(z, x, c);
        for (int e = 0; e < k.lanes(); e++) {
          BigInteger got = value(z, k.lanes(), e, true);
          assertTrue(got.compareTo(q.shiftLeft(1)) < 0, "product not below 2q: " + got);
          assertEquals(xs.get(e).multiply(cv).multiply(rInv).mod(q), got.mod(q), "product with a broadcast element");
        }
      }
    });
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void butterflyMatchesOracle(boolean fp) {
    Kernels k = kernels(fp);
    BigInteger q = k.q();
    BigInteger twoQ = q.shiftLeft(1);
    blocks(k, productPairs(q, twoQ, 5_000, 4), (xs, ys, x, y) -> {
      int bl = x.length;
      long[] a = new long[2 * bl];
      System.arraycopy(x, 0, a, 0, bl);
      long[] t = y.clone();
      k.butterfly(a, t);
      for (int e = 0; e < k.lanes(); e++) {
        BigInteger u = value(a, k.lanes(), e, true);
        BigInteger v = value(java.util.Arrays.copyOfRange(a, bl, 2 * bl), k.lanes(), e, true);
        assertTrue(u.compareTo(twoQ) < 0 && v.compareTo(twoQ) < 0, "butterfly outputs not below 2q");
        assertEquals(xs.get(e).add(ys.get(e)).mod(q), u.mod(q), "u + t");
        assertEquals(xs.get(e).subtract(ys.get(e)).mod(q), v.mod(q), "u − t");
      }
    });
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void sumsAndDifferencesMatchOracle(boolean fp) {
    Kernels k = kernels(fp);
    BigInteger q = k.q();
    BigInteger bound = q.shiftLeft(2);
    blocks(k, productPairs(q, bound, 5_000, 7), (xs, ys, x, y) -> {
      long[] z = new long[x.length];
      k.add(z, x, y);
      for (int e = 0; e < k.lanes(); e++) {
        assertEquals(xs.get(e).add(ys.get(e)), value(z, k.lanes(), e, true), "sum");
      }
      for (int kq = 4; kq <= 8; kq++) {
        k.sub(z, x, y, kq);
        for (int e = 0; e < k.lanes(); e++) {
          BigInteger want = xs.get(e).subtract(ys.get(e)).add(q.multiply(BigInteger.valueOf(kq)));
          assertEquals(want, value(z, k.lanes(), e, true), "difference + " + kq + "q");
        }
      }
    });
    // smaller k with y within reach
    blocks(k, productPairs(q, q, 5_000, 8), (xs, ys, x, y) -> {
      long[] z = new long[x.length];
      for (int kq = 1; kq <= 3; kq++) {
        k.sub(z, x, y, kq);
        for (int e = 0; e < k.lanes(); e++) {
          BigInteger want = xs.get(e).subtract(ys.get(e)).add(q.multiply(BigInteger.valueOf(kq)));
          assertEquals(want, value(z, k.lanes(), e, true), "difference + " + kq + "q");
        }
      }
    });
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void conditionalSubtractionMatchesOracle(boolean fp) {
    Kernels k = kernels(fp);
    BigInteger q = k.q();
    blocks(k, productPairs(q, R260, 5_000, 9), (xs, ys, x, y) -> {
      long[] z = new long[x.length];
      for (int kq = 1; kq <= 4; kq++) {
        BigInteger c = q.multiply(BigInteger.valueOf(kq));
        k.condSub(z, x, kq);
        for (int e = 0; e < k.lanes(); e++) {
          BigInteger v = xs.get(e);
          assertEquals(v.compareTo(c) >= 0 ? v.subtract(c) : v, value(z, k.lanes(), e, true), "x − " + kq + "q if x ≥ it");
        }
      }
    });
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void conversionsRoundTrip(boolean fp) {
    BigInteger q = fp ? FpArith.MODULUS : FrArith.MODULUS;
    SplittableRandom rnd = new SplittableRandom(11);
    long[] t = new long[4];
    List<BigInteger> values = new ArrayList<>(edges(q, q));
    for (int i = 0; i < 2000; i++) {
      values.add(below(rnd, q));
    }
    for (BigInteger v : values) {
      long[] m64 = new long[4];
      FpArith.fromBigInteger(m64, 0, v.shiftLeft(256).mod(q));
      long[] m52 = new long[5];
      long[] back = new long[4];
      if (fp) {
        Fp52.from64(m52, 0, 1, m64, 0, t);
      } else {
        Fr52.from64(m52, 0, 1, m64, 0, t);
      }
      BigInteger got = BigInteger.ZERO;
      for (int i = 4; i >= 0; i--) {
        got = got.shiftLeft(52).add(BigInteger.valueOf(m52[i]));
      }
      assertEquals(v.multiply(R260).mod(q), got, "5×52 Montgomery form of " + v);
      if (fp) {
        Fp52.to64(back, 0, m52, 0, 1, t);
      } else {
        Fr52.to64(back, 0, m52, 0, 1, t);
      }
      assertEquals(FpArith.toBigInteger(m64, 0), FpArith.toBigInteger(back, 0), "round trip of " + v);
      // a value in [q, 2q) converts too
      BigInteger lazy = got.add(q);
      long[] m52lazy = new long[5];
      for (int i = 0; i < 5; i++) {
        m52lazy[i] = lazy.shiftRight(52 * i).longValue() & ((1L << 52) - 1);
      }
      if (fp) {
        Fp52.to64(back, 0, m52lazy, 0, 1, t);
      } else {
        Fr52.to64(back, 0, m52lazy, 0, 1, t);
      }
      assertEquals(FpArith.toBigInteger(m64, 0), FpArith.toBigInteger(back, 0), "round trip of " + v + " + q");
    }
  }
}
