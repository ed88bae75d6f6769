package org.snark4j.core.bn254;

import java.util.concurrent.Executor;
import org.snark4j.core.bn254.internal.FrArith;
import org.snark4j.core.bn254.internal.Parallel;

/**
 * Batched Fr arithmetic on flat Montgomery limbs ({@link Fr#montgomeryLimbs}, 4 longs an element), for the hot
 * loops of provers: no object per element. Inputs are not checked to be below r; they must be (values
 * written by {@link Fr#montgomeryLimbs} are).
 */
public final class FrLimbs {
  private FrLimbs() {}

  /**
   * Sparse rows times a vector: for every entry k in [from, to), z[row[k]] += value[k]·x[col[k]] (Montgomery
   * limbs; row and col are element indices). Single-threaded: entries that share a row must not be split.
   *
   * @throws ArrayIndexOutOfBoundsException if an index points outside z or x
   */
  public static void sparseMulAdd(long[] z, int[] row, int[] col, long[] value, long[] x, int from, int to) {
    long[] t = new long[4];
    for (int k = from; k < to; k++) {
      FrArith.mul(t, 0, value, 4 * k, x, 4 * col[k]);
      FrArith.add(z, 4 * row[k], z, 4 * row[k], t, 0);
    }
  }

  /** z[i] = x[i]·y[i] for i below n (Montgomery limbs), on the executor's threads. */
  public static void mul(long[] z, long[] x, long[] y, int n, Executor executor) {
    int tasks = n < 4096 ? 1 : Parallel.threads() * 4;
    int per = (n + tasks - 1) / tasks;
    Parallel.forEach(executor, tasks, t -> {
      for (int i = t * per, end = Math.min(n, i + per); i < end; i++) {
        FrArith.mul(z, 4 * i, x, 4 * i, y, 4 * i);
      }
    });
  }

  /** z = x·y (one element each, Montgomery limbs at offsets). */
  public static void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
    FrArith.mul(z, zo, x, xo, y, yo);
  }

  /** Whether the 4 limbs at x[xo] are below r. */
  public static boolean isCanonical(long[] x, int xo) {
    return FrArith.isCanonical(x, xo);
  }

  /** Runs tasks 0..n−1 on the calling thread and the executor's (the pattern every flat loop here uses). */
  public static void forEach(Executor executor, int n, java.util.function.IntConsumer task) {
    Parallel.forEach(executor, n, task);
  }
}
