package org.snark4j.core.bn254.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.G2Jacobian;

/**
 * The SIMD buckets' weighted sum Σ d·B_d against the naive sum, on layouts chosen to reach its awkward cases:
 * a segment whose only point sits on its top digit (its total meets its running sum: a doubling), buckets
 * that cancel the running sum, one point in every bucket, empty windows, copies of crowded digits.
 */
@AddLifecycleHook(RequiresVectorModule.class)
class VectorBucketSumTest {
  @BeforeEach
  void needsTheModule() {
    assumeTrue(VectorMsmTest.moduleThere(), "the JVM runs without --add-modules jdk.incubator.vector");
  }

  /** bucket d (1..nb) of a G1 window gets the points g1[d] (null: none), each added once per count. */
  private static void checkG1(G1Affine[] points, int[] start) {
    int nb = start[start.length - 1] - 1;
    int digits = start.length - 2;
    int n = points.length;
    long[] flat = new long[8 * n];
    for (int i = 0; i < n; i++) {
      (points[i] == null ? G1Affine.INFINITY : points[i]).writeLimbs(flat, 8 * i);
    }
    VectorField f = VectorField.fp();
    long[] b52 = VectorBuckets.convertBases(CurveArith.G1, f, flat, 0, n, ForkJoinPool.commonPool());
    VectorBuckets buckets = new VectorBuckets(CurveArith.G1, f, nb);
    G1Jacobian want = G1Jacobian.INFINITY;
    for (int i = 0; i < n; i++) {
      int b = 1 + i % nb;
      int d = digitOf(start, b, digits);
      if (points[i] != null) {
        buckets.add(b, b52, i * 2 * f.width, false);
        want = want.add(points[i].toJacobian().multiply(Fr.of(d)));
      }
    }
    long[] got = new long[12];
    CurveArith.G1.xyzzToJac(got, 0, buckets.weightedSum(start), 0);
    long[] g = new long[8];
    CurveArith.G1.jacToAffine(g, 0, got, 0);
    long[] w = new long[8];
    want.toAffine().writeLimbs(w, 0);
    assertArrayEquals(w, g);
  }

  private static int digitOf(int[] start, int b, int digits) {
    for (int d = 1; d <= digits; d++) {
      if (b >= start[d] && b < start[d + 1]) {
        return d;
      }
    }
    throw new AssertionError("bucket " + b + " outside the layout");
  }

  private static G1Affine random(Random r) {
    return G1Affine.GENERATOR.multiply(Fr.random(r));
  }

  @Test
  void loneTopDigitsDoubleTheirSegmentTotal() {
    int nb = 400;
    G1Affine[] points = new G1Affine[nb];
    Random r = new Random(1);
    for (int d = 1; d <= nb; d++) {
      points[d - 1] = d % 40 == 0 || d == 397 ? random(r) : null; // lone points at the top of segments
    }
    checkG1(points, MsmEngine.oneEach(nb));
  }

  @Test
  void cancellingBucketsAndOnePointEverywhere() {
    int nb = 300;
    Random r = new Random(2);
    G1Affine p = random(r);
    G1Affine[] same = new G1Affine[nb];
    java.util.Arrays.fill(same, p);
    checkG1(same, MsmEngine.oneEach(nb));
    G1Affine[] cancelling = new G1Affine[nb];
    for (int d = 1; d <= nb; d++) {
      cancelling[d - 1] = d % 2 == 0 ? p : p.negate(); // running sums return to infinity
    }
    checkG1(cancelling, MsmEngine.oneEach(nb));
    checkG1(new G1Affine[nb], MsmEngine.oneEach(nb));
  }

  @Property(tries = 40)
  void randomSparseLayoutsWithCopies(@ForAll @IntRange(min = 1, max = 600) int digits, @ForAll long seed) {
    Random r = new Random(seed);
    int[] start = new int[digits + 2];
    start[1] = 1;
    for (int d = 1; d <= digits; d++) {
      start[d + 1] = start[d] + (r.nextInt(8) == 0 ? 1 + r.nextInt(3) : 1);
    }
    int nb = start[digits + 1] - 1;
    int n = nb * (1 + r.nextInt(3));
    G1Affine[] points = new G1Affine[n];
    G1Affine last = random(r);
    for (int i = 0; i < n; i++) {
      points[i] = switch (r.nextInt(6)) {
        case 0 -> null;
        case 1 -> last;
        case 2 -> last.negate();
        default -> last = random(r);
      };
    }
    checkG1(points, start);
  }

  @Test
  void doublingsInABucketGoThroughXyzzAndBack() {
    Random r = new Random(4);
    G1Affine p = random(r);
    G1Affine q = random(r);
    // nb = 8: bucket i % 8 + 1; the same point three times in bucket 1, twice in bucket 3, a cancellation in 5
    G1Affine[] points = {p, null, q, null, q.negate(), null, null, null, p, null, q, null, q, null, null, null, p};
    checkG1(points, MsmEngine.oneEach(8));
    G1Affine[] same = new G1Affine[40];
    java.util.Arrays.fill(same, p);
    checkG1(same, MsmEngine.oneEach(8));
    checkG1(same, MsmEngine.oneEach(1));
    // digit 1 has buckets 1 and 2, digit 2 bucket 3: the same point in both copies (merging them doubles)
    checkG1(new G1Affine[] {p, p, q}, new int[] {0, 1, 3, 4});
    checkG1(new G1Affine[] {p, p, q, p, p.negate()}, new int[] {0, 1, 3, 4});
    // a doubling in a copy's bucket (an XYZZ bucket of its own) before the copies are merged
    checkG1(new G1Affine[] {null, p, q, null, p}, new int[] {0, 1, 3, 4});
    checkG1(new G1Affine[] {p, p, null, p, p, null, p.negate()}, new int[] {0, 1, 3, 4});
  }

  @Test
  void g2LoneTopDigitsAndCancellations() {
    int nb = 200;
    Random r = new Random(3);
    G2Affine p = G2Affine.GENERATOR.multiply(Fr.random(r));
    VectorField f = VectorField.fp2();
    long[] flat = new long[16 * nb];
    G2Jacobian want = G2Jacobian.INFINITY;
    G2Affine[] points = new G2Affine[nb];
    for (int d = 1; d <= nb; d++) {
      points[d - 1] = d % 25 == 0 ? G2Affine.GENERATOR.multiply(Fr.random(r)) : d > 150 ? (d % 2 == 0 ? p : p.negate())
          : G2Affine.INFINITY;
      points[d - 1].writeLimbs(flat, 16 * (d - 1));
      want = want.add(points[d - 1].toJacobian().multiply(Fr.of(d)));
    }
    long[] b52 = VectorBuckets.convertBases(CurveArith.G2, f, flat, 0, nb, ForkJoinPool.commonPool());
    VectorBuckets buckets = new VectorBuckets(CurveArith.G2, f, nb);
    for (int d = 1; d <= nb; d++) {
      buckets.add(d, b52, (d - 1) * 2 * f.width, false);
    }
    long[] jac = new long[24];
    CurveArith.G2.xyzzToJac(jac, 0, buckets.weightedSum(MsmEngine.oneEach(nb)), 0);
    long[] got = new long[16];
    CurveArith.G2.jacToAffine(got, 0, jac, 0);
    long[] w = new long[16];
    want.toAffine().writeLimbs(w, 0);
    assertArrayEquals(w, got);
  }
}
