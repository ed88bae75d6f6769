package org.snark4j.core.bn254;

import java.util.concurrent.Executor;
import org.snark4j.core.bn254.internal.FrArith;
import org.snark4j.core.internal.Parallel;

/**
 * Batched Fr arithmetic on flat Montgomery limbs ({@link Fr#montgomeryLimbs}, 4 longs an element), for the hot
 * loops of provers: no object per element. Inputs are not checked to be below r; they must be (values
 * written by {@link Fr#montgomeryLimbs} are).
 */
public final class FrLimbs {
  private FrLimbs() {}

  /**
   * Sparse rows times a vector: for every entry k in [from, to) with tag[k] == which, z[row[k]] +=
   * values[value[k]]·x[col[k]] (Montgomery limbs; row and col are element indices, value an index into the
   * table of values, as a circuit's few distinct coefficients are held). The tag picks one of several matrices
   * stored together (a Groth16 key's A and B entries, in any order); a null tag takes every entry.
   * Single-threaded: entries that share a row must not be split between threads.
   *
   * @throws ArrayIndexOutOfBoundsException if an index points outside z, x or values
   */
  public static void sparseMulAdd(long[] z, byte[] tag, int which, int[] row, int[] col, int[] value,
      long[] values, long[] x, int from, int to) {
    long[] t = new long[4];
    for (int k = from; k < to; k++) {
      if (tag == null || tag[k] == which) {
        FrArith.mul(t, 0, values, 4 * value[k], x, 4 * col[k]);
        FrArith.add(z, 4 * row[k], z, 4 * row[k], t, 0);
      }
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
