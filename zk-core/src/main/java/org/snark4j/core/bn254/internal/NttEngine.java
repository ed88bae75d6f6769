package org.snark4j.core.bn254.internal;

import java.util.concurrent.Executor;

/**
 * Radix-2 number-theoretic transform over Fr on flat arrays (n × 4 longs, Montgomery form), in place:
 * bit-reversal permutation, then log2(n) layers of Cooley–Tukey butterflies with precomputed twiddles.
 * Large layers are split across threads: early layers by blocks, late layers within a block.
 */
public final class NttEngine {
  private NttEngine() {}

  /** Below this many butterflies per layer the transform runs on the calling thread. */
  private static final int PARALLEL_THRESHOLD = 1 << 12;

  /**
   * In-place transform: a[i] ← Σ_j a[j]·ω^(ij), with twiddles[k] = ω^k for k &lt; n/2 (4 longs each).
   */
  public static void transform(long[] a, int n, long[] twiddles, Executor executor) {
    bitReverse(a, n);
    int logN = Integer.numberOfTrailingZeros(n);
    int tasks = Parallel.threads() * 4;
    for (int s = 1; s <= logN; s++) {
      int len = 1 << s;
      int half = len >>> 1;
      int step = n / len; // twiddle stride
      int blocks = n / len;
      if ((n >>> 1) < PARALLEL_THRESHOLD || Parallel.threads() == 1) {
        for (int b = 0; b < blocks; b++) {
          butterflies(a, b * len, half, 0, half, twiddles, step);
        }
      } else if (blocks >= tasks) {
        int per = blocks / tasks;
        Parallel.forEach(executor, tasks, t -> {
          int from = t * per;
          int to = t == tasks - 1 ? blocks : from + per;
          for (int b = from; b < to; b++) {
            butterflies(a, b * len, half, 0, half, twiddles, step);
          }
        });
      } else {
        int chunksPerBlock = (tasks + blocks - 1) / blocks;
        int chunk = (half + chunksPerBlock - 1) / chunksPerBlock;
        Parallel.forEach(executor, blocks * chunksPerBlock, t -> {
          int b = t / chunksPerBlock;
          int from = (t % chunksPerBlock) * chunk;
          int to = Math.min(half, from + chunk);
          butterflies(a, b * len, half, from, to, twiddles, step);
        });
      }
    }
  }

  private static void butterflies(long[] a, int base, int half, int from, int to, long[] tw, int step) {
    long[] t = new long[4];
    for (int j = from; j < to; j++) {
      int u = 4 * (base + j);
      int v = 4 * (base + j + half);
      if (j == 0) {
        System.arraycopy(a, v, t, 0, 4);
      } else {
        FrArith.mul(t, 0, a, v, tw, 4 * j * step);
      }
      FrArith.sub(a, v, a, u, t, 0);
      FrArith.add(a, u, a, u, t, 0);
    }
  }

  static void bitReverse(long[] a, int n) {
    int logN = Integer.numberOfTrailingZeros(n);
    if (logN == 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      int j = Integer.reverse(i) >>> (32 - logN);
      if (j > i) {
        for (int k = 0; k < 4; k++) {
          long x = a[4 * i + k];
          a[4 * i + k] = a[4 * j + k];
          a[4 * j + k] = x;
        }
      }
    }
  }
}
