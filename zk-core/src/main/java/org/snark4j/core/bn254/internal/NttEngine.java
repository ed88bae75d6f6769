package org.snark4j.core.bn254.internal;

import org.snark4j.core.internal.Parallel;
import java.util.concurrent.Executor;

/**
 * Radix-2 number-theoretic transform over Fr on flat arrays (n × 4 longs, Montgomery form), in place:
 * bit-reversal permutation, then log2(n) layers of Cooley–Tukey butterflies.
 *
 * <p>Twiddles are stored per layer, contiguously: the layer whose butterflies span 2h uses
 * tw[h .. 2h) = ω_2h^0 .. ω_2h^(h-1) (n - 1 values in all). The first layers run block by block on blocks that
 * fit in the L2 cache, so they cost one pass over memory instead of one pass each; blocks, then chunks of
 * the wide layers, are spread over the threads.
 */
public final class NttEngine {
  private NttEngine() {}

  /** Log2 of the block the first layers run on: 2^13 elements = 256 KiB. */
  private static final int BLOCK_LOG = 13;
  /** Below this size the transform runs on the calling thread. */
  private static final int PARALLEL_MIN = 1 << 12;

  /** The per-layer twiddle table for a primitive n-th root of unity ω (Montgomery limbs): n × 4 longs. */
  public static long[] layerTwiddles(long[] omega, int n) {
    long[] tw = new long[4 * Math.max(2, n)];
    long[] root = omega.clone();
    // root = ω_{2h} for the current h, walking h down from n/2: ω_n, ω_n^2, ...
    for (int h = n / 2; h >= 1; h >>>= 1) {
      FrArith.setOne(tw, 4 * h);
      for (int j = 1; j < h; j++) {
        FrArith.mul(tw, 4 * (h + j), tw, 4 * (h + j - 1), root, 0);
      }
      FrArith.sqr(root, 0, root, 0);
    }
    return tw;
  }

  /** In-place transform: a[i] ← Σ_j a[j]·ω^(ij), tw from {@link #layerTwiddles}. */
  public static void transform(long[] a, int n, long[] tw, Executor executor) {
    int logN = Integer.numberOfTrailingZeros(n);
    boolean parallel = n >= PARALLEL_MIN && Parallel.threads() > 1;
    bitReverse(a, n, parallel ? executor : Runnable::run);
    int blockLog = Math.min(logN, BLOCK_LOG);
    int block = 1 << blockLog;
    int blocks = n >>> blockLog;
    if (parallel && blocks > 1) {
      Parallel.forEach(executor, blocks, b -> layers(a, b * block, block, 1, blockLog, tw));
    } else {
      for (int b = 0; b < blocks; b++) {
        layers(a, b * block, block, 1, blockLog, tw);
      }
    }
    for (int s = blockLog + 1; s <= logN; s++) {
      int half = 1 << (s - 1);
      int len = half << 1;
      int groups = n / len;
      if (!parallel) {
        for (int g = 0; g < groups; g++) {
          butterflies(a, g * len, half, 0, half, tw);
        }
        continue;
      }
      int tasks = Parallel.threads() * 4;
      int chunksPerGroup = Math.max(1, tasks / groups);
      int chunk = (half + chunksPerGroup - 1) / chunksPerGroup;
      Parallel.forEach(executor, groups * chunksPerGroup, t -> {
        int g = t / chunksPerGroup;
        int from = (t % chunksPerGroup) * chunk;
        butterflies(a, g * len, half, from, Math.min(half, from + chunk), tw);
      });
    }
  }

  /** Layers fromLayer..toLayer on a[base .. base + size). */
  private static void layers(long[] a, int base, int size, int fromLayer, int toLayer, long[] tw) {
    for (int s = fromLayer; s <= toLayer; s++) {
      int half = 1 << (s - 1);
      int len = half << 1;
      for (int g = 0; g < size; g += len) {
        butterflies(a, base + g, half, 0, half, tw);
      }
    }
  }

  private static void butterflies(long[] a, int base, int half, int from, int to, long[] tw) {
    long[] t = new long[4];
    for (int j = from; j < to; j++) {
      int u = 4 * (base + j);
      int v = u + 4 * half;
      if (j == 0) {
        System.arraycopy(a, v, t, 0, 4);
      } else {
        FrArith.mul(t, 0, a, v, tw, 4 * (half + j));
      }
      FrArith.sub(a, v, a, u, t, 0);
      FrArith.add(a, u, a, u, t, 0);
    }
  }

  static void bitReverse(long[] a, int n, Executor executor) {
    int logN = Integer.numberOfTrailingZeros(n);
    if (logN == 0) {
      return;
    }
    int tasks = n >= PARALLEL_MIN ? Parallel.threads() * 4 : 1;
    int per = n / tasks;
    // the swaps (i, rev(i)) with i < rev(i) are disjoint, so ranges of i run independently
    Parallel.forEach(executor, tasks, t -> {
      int from = t * per;
      int to = t == tasks - 1 ? n : from + per;
      for (int i = from; i < to; i++) {
        int j = Integer.reverse(i) >>> (32 - logN);
        if (j > i) {
          for (int k = 0; k < 4; k++) {
            long x = a[4 * i + k];
            a[4 * i + k] = a[4 * j + k];
            a[4 * j + k] = x;
          }
        }
      }
    });
  }
}
