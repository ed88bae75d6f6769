package org.snark4j.core.bn254.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.G2Jacobian;

/**
 * The G1 and G2 MSMs with SIMD bucket additions against the scalar path and the naive sum, on awkward inputs (points
 * at infinity, repeated and cancelling bases, zero, one and repeated scalars, every term the same).
 */
class VectorMsmTest {
  static boolean moduleThere() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  static long[] affine(long[] jac) {
    long[] a = new long[8];
    CurveArith.G1.jacToAffine(a, 0, jac, 0);
    return a;
  }

  static long[] naive(G1Affine[] b, Fr[] s) {
    G1Jacobian acc = G1Jacobian.INFINITY;
    for (int i = 0; i < b.length; i++) {
      acc = acc.add(b[i].toJacobian().multiply(s[i]));
    }
    long[] out = new long[8];
    acc.toAffine().writeLimbs(out, 0);
    return out;
  }

  /** The G1 points in the flat form (8 Montgomery longs each). */
  static long[] bases(G1Affine[] b) {
    long[] out = new long[8 * b.length];
    for (int i = 0; i < b.length; i++) {
      b[i].writeLimbs(out, 8 * i);
    }
    return out;
  }

  /** The scalars as canonical limbs (4 longs each). */
  static long[] scalars(Fr[] s) {
    long[] out = new long[4 * s.length];
    for (int i = 0; i < s.length; i++) {
      s[i].canonicalLimbs(out, 4 * i);
    }
    return out;
  }

  static void check(G1Affine[] b, Fr[] s, boolean withNaive) {
    int n = b.length;
    long[] bases = bases(b);
    long[] scalars = scalars(s);
    long[] scalar = affine(MsmEngine.msm(CurveArith.G1, bases, scalars, n, ForkJoinPool.commonPool(), false));
    long[] vector = affine(MsmEngine.msm(CurveArith.G1, bases, scalars, n, ForkJoinPool.commonPool(), true));
    assertArrayEquals(scalar, vector, "SIMD and scalar MSMs differ for n = " + n);
    if (withNaive) {
      assertArrayEquals(naive(b, s), vector, "SIMD MSM differs from the naive sum for n = " + n);
    }
  }

  @Property(tries = 30)
  @net.jqwik.api.lifecycle.AddLifecycleHook(RequiresVectorModule.class)
  void matchesScalarPathAndNaiveSum(@ForAll @IntRange(min = 0, max = 400) int n, @ForAll long seed) {
    Random r = new Random(seed);
    G1Affine[] b = new G1Affine[n];
    Fr[] s = new Fr[n];
    for (int i = 0; i < n; i++) {
      b[i] = switch (r.nextInt(10)) {
        case 0 -> G1Affine.INFINITY;
        case 1 -> i > 0 ? b[i - 1] : G1Affine.GENERATOR;
        case 2 -> i > 0 ? b[i - 1].negate() : G1Affine.GENERATOR;
        default -> G1Affine.GENERATOR.multiply(Fr.random(r));
      };
      s[i] = switch (r.nextInt(12)) {
        case 0 -> Fr.ZERO;
        case 1 -> Fr.ONE;
        case 2 -> Fr.ONE.negate();
        case 3 -> i > 0 ? s[i - 1] : Fr.ONE;
        case 4 -> Fr.of(r.nextInt(1 << 16));
        default -> Fr.random(r);
      };
    }
    check(b, s, true);
  }

  static void checkG2(G2Affine[] b, Fr[] s, boolean withNaive) {
    int n = b.length;
    long[] bases = new long[16 * n];
    long[] scalars = new long[4 * n];
    for (int i = 0; i < n; i++) {
      b[i].writeLimbs(bases, 16 * i);
      s[i].canonicalLimbs(scalars, 4 * i);
    }
    long[] scalar = new long[16];
    long[] vector = new long[16];
    CurveArith.G2.jacToAffine(scalar, 0, MsmEngine.msm(CurveArith.G2, bases, scalars, n, ForkJoinPool.commonPool(), false), 0);
    CurveArith.G2.jacToAffine(vector, 0, MsmEngine.msm(CurveArith.G2, bases, scalars, n, ForkJoinPool.commonPool(), true), 0);
    assertArrayEquals(scalar, vector, "SIMD and scalar G2 MSMs differ for n = " + n);
    if (withNaive) {
      G2Jacobian acc = G2Jacobian.INFINITY;
      for (int i = 0; i < n; i++) {
        acc = acc.add(b[i].toJacobian().multiply(s[i]));
      }
      long[] want = new long[16];
      acc.toAffine().writeLimbs(want, 0);
      assertArrayEquals(want, vector, "SIMD G2 MSM differs from the naive sum for n = " + n);
    }
  }

  @Property(tries = 15)
  @net.jqwik.api.lifecycle.AddLifecycleHook(RequiresVectorModule.class)
  void g2MatchesScalarPathAndNaiveSum(@ForAll @IntRange(min = 0, max = 200) int n, @ForAll long seed) {
    Random r = new Random(seed);
    G2Affine[] b = new G2Affine[n];
    Fr[] s = new Fr[n];
    for (int i = 0; i < n; i++) {
      b[i] = switch (r.nextInt(10)) {
        case 0 -> G2Affine.INFINITY;
        case 1 -> i > 0 ? b[i - 1] : G2Affine.GENERATOR;
        case 2 -> i > 0 ? b[i - 1].negate() : G2Affine.GENERATOR;
        default -> G2Affine.GENERATOR.multiply(Fr.random(r));
      };
      s[i] = switch (r.nextInt(12)) {
        case 0 -> Fr.ZERO;
        case 1 -> Fr.ONE;
        case 2 -> Fr.ONE.negate();
        case 3 -> i > 0 ? s[i - 1] : Fr.ONE;
        default -> Fr.random(r);
      };
    }
    checkG2(b, s, true);
  }

  @Test
  void g2LargeRandomAndRepeatedMatchScalarPath() {
    assumeTrue(moduleThere(), "the JVM runs without --add-modules jdk.incubator.vector");
    Random r = new Random(7);
    int n = 1 << 12;
    G2Affine[] b = new G2Affine[n];
    Fr[] s = new Fr[n];
    G2Jacobian p = G2Affine.GENERATOR.toJacobian();
    for (int i = 0; i < n; i++) {
      p = p.addMixed(G2Affine.GENERATOR);
      b[i] = i % 7 == 3 ? b[i - 1] : p.toAffine();
      s[i] = i % 11 == 5 ? s[i - 1] : Fr.random(r);
    }
    checkG2(b, s, false);
  }

  @Test
  void shortScalarsSplitOverThreads() {
    // fewer windows than threads: the terms are split into ranges, each summed on its own
    Random r = new Random(13);
    int n = 5000;
    G1Affine[] b = new G1Affine[n];
    Fr[] s = new Fr[n];
    G1Affine p = G1Affine.GENERATOR.multiply(Fr.random(r));
    for (int i = 0; i < n; i++) {
      p = p.toJacobian().addMixed(G1Affine.GENERATOR).toAffine();
      b[i] = i % 97 == 0 ? G1Affine.INFINITY : p;
      s[i] = Fr.of(r.nextInt(1 << 16));
    }
    if (moduleThere()) {
      check(b, s, true);
    } else {
      long[] bases = bases(b);
      long[] scalars = scalars(s);
      assertArrayEquals(naive(b, s), affine(MsmEngine.msm(CurveArith.G1, bases, scalars, n, ForkJoinPool.commonPool(), false)));
    }
  }

  @Test
  void everyTermTheSame() {
    assumeTrue(moduleThere(), "the JVM runs without --add-modules jdk.incubator.vector");
    int n = 3000;
    G1Affine p = G1Affine.GENERATOR.multiply(Fr.of(12345));
    Fr k = Fr.random(new Random(5));
    G1Affine[] b = new G1Affine[n];
    Fr[] s = new Fr[n];
    java.util.Arrays.fill(b, p);
    java.util.Arrays.fill(s, k);
    check(b, s, false);
    long[] want = new long[8];
    p.multiply(k.multiply(Fr.of(n))).writeLimbs(want, 0);
    long[] bases = new long[8 * n];
    long[] scalars = new long[4 * n];
    for (int i = 0; i < n; i++) {
      p.writeLimbs(bases, 8 * i);
      k.canonicalLimbs(scalars, 4 * i);
    }
    assertArrayEquals(want, affine(MsmEngine.msm(CurveArith.G1, bases, scalars, n, ForkJoinPool.commonPool(), true)));
  }

  @Test
  void largeRandomMatchesScalarPath() {
    assumeTrue(moduleThere(), "the JVM runs without --add-modules jdk.incubator.vector");
    Random r = new Random(99);
    int n = 1 << 13;
    G1Affine[] b = new G1Affine[n];
    Fr[] s = new Fr[n];
    G1Affine p = G1Affine.GENERATOR;
    for (int i = 0; i < n; i++) {
      p = p.toJacobian().addMixed(G1Affine.GENERATOR).toAffine(); // cheap distinct points
      b[i] = p;
      s[i] = Fr.random(r);
    }
    check(b, s, false);
  }
  @Test
  void crowdedBucketsMatchTheNaiveSum() {
    // most scalars 1 or 2 (window 0's buckets 1 and 2 crowded, spread over copies), some −1 (full-size: the
    // top window's few digits crowded too), repeated, negated and infinite bases among them
    Random r = new Random(31);
    int n = 6000;
    G1Affine[] b = new G1Affine[n];
    Fr[] s = new Fr[n];
    G1Affine p = G1Affine.GENERATOR.multiply(Fr.random(r));
    for (int i = 0; i < n; i++) {
      p = p.toJacobian().addMixed(G1Affine.GENERATOR).toAffine();
      b[i] = i % 101 == 0 ? G1Affine.INFINITY : i % 13 == 4 ? b[i - 1] : i % 17 == 9 ? b[i - 1].negate() : p;
      int kind = r.nextInt(10);
      s[i] = kind < 6 ? Fr.ONE : kind < 8 ? Fr.of(2) : kind < 9 ? Fr.ONE.negate() : Fr.random(r);
    }
    long[] bases = bases(b);
    long[] scalars = scalars(s);
    int c = MsmEngine.windowFor(n, 254);
    int[] start = MsmEngine.spread(MsmEngine.recode(scalars, n, c, MsmEngine.windowCount(254, c)), n, c, 0);
    org.junit.jupiter.api.Assertions.assertTrue(start[2] - start[1] > 1, "bucket 1 of window 0 gets copies");
    long[] want = naive(b, s);
    assertArrayEquals(want, affine(MsmEngine.msm(CurveArith.G1, bases, scalars, n, ForkJoinPool.commonPool(), false)),
        "scalar path");
    if (moduleThere()) {
      assertArrayEquals(want, affine(MsmEngine.msm(CurveArith.G1, bases, scalars, n, ForkJoinPool.commonPool(), true)),
          "SIMD path");
    }
  }

  @Test
  void uniformDigitsNeedNoCopies() {
    Random r = new Random(3);
    int n = 1 << 12;
    long[] scalars = new long[4 * n];
    for (int i = 0; i < n; i++) {
      Fr.random(r).canonicalLimbs(scalars, 4 * i);
    }
    int c = MsmEngine.windowFor(n, 254);
    long[] recoded = MsmEngine.recode(scalars, n, c, MsmEngine.windowCount(254, c));
    assertArrayEquals(MsmEngine.oneEach(1 << (c - 1)), MsmEngine.spread(recoded, n, c, 3), "one bucket a digit");
  }
}
