package org.snark4j.core.bn254.internal;

import java.util.concurrent.Executor;

/**
 * Pippenger's bucket method over flat arrays, written once for G1 and G2 ({@link CurveArith}).
 *
 * <p>Scalars are canonical 256-bit integers (4 little-endian limbs, not Montgomery). Each is recoded into
 * signed c-bit digits in [-2^(c-1), 2^(c-1)) by adding H = Σ_j 2^(cj + c - 1) and reading plain windows of
 * k + H minus 2^(c-1): no carry chain, so windows are independent and run in parallel. Buckets add in
 * affine coordinates in batches sharing one inversion ({@link AffineBuckets}); a negative digit adds the
 * negated base; the weighted bucket sum runs in XYZZ coordinates.
 */
public final class MsmEngine {
  private MsmEngine() {}

  /** The window width minimising windows·(n + 2^c) for n terms of 256-bit scalars. */
  public static int windowFor(int n) {
    return windowFor(n, 254);
  }

  /** The window width for n terms of scalars below 2^bits. */
  static int windowFor(int n, int bits) {
    int best = 2;
    double bestCost = Double.MAX_VALUE;
    for (int c = 2; c <= 20; c++) {
      int windows = windowCount(bits, c);
      double cost = windows * ((double) n + 2.0 * (1 << (c - 1)) * 1.3);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }

  /**
   * Σ scalars[i]·bases[i]: bases are n affine points (2w longs each, (0,0) = infinity), scalars n×4 canonical
   * limbs. Returns a Jacobian point (3w longs).
   */
  public static long[] msm(CurveArith curve, long[] bases, long[] scalars, int n, Executor executor) {
    return msm(curve, bases, null, scalars, n, executor, simdFor(curve, n));
  }

  private static boolean simdFor(CurveArith curve, int n) {
    return (curve != CurveArith.G1 || n >= SIMD_G1_FROM) && Simd.warm();
  }

  /**
   * Bases for several MSMs (a batched subgroup check's rounds): on the SIMD path they are converted to the
   * 5×52 form once, at the first MSM that takes that path (the kernels may become ready between two MSMs).
   * For one caller at a time.
   */
  public static final class Bases {
    private final CurveArith curve;
    private final long[] bases;
    private final int n;
    private long[] bases52;

    private Bases(CurveArith curve, long[] bases, int n) {
      this.curve = curve;
      this.bases = bases;
      this.n = n;
    }

    /** Σ scalars[i]·bases[i], as {@link MsmEngine#msm(CurveArith, long[], long[], int, Executor)}. */
    public long[] msm(long[] scalars, Executor executor) {
      boolean simd = n >= 8 && simdFor(curve, n);
      if (simd && bases52 == null) {
        bases52 = VectorBuckets.convertBases(curve, curve == CurveArith.G1 ? VectorField.fp() : VectorField.fp2(),
            bases, 0, n, executor);
      }
      return MsmEngine.msm(curve, bases, simd ? bases52 : null, scalars, n, executor, simd);
    }
  }

  /** The n bases (2w longs each) for several MSMs; the array must not change while they run. */
  public static Bases bases(CurveArith curve, long[] bases, int n) {
    return new Bases(curve, bases, n);
  }

  /**
   * Below this many G1 terms the scalar path is faster (measured on 2 cores: 2^10 in 15 ms against 27, even at
   * 2^11): the SIMD windows are narrow there and their small batches pay an inversion each. G2 gains from 2^10.
   */
  static final int SIMD_G1_FROM = 1 << 11;

  /**
   * As above; simd chooses the SIMD bucket additions (only when the module is there). When the scalars are so
   * short that there are fewer windows than threads (the 16-bit combinations of a batched subgroup check), the
   * terms are split into one range per thread instead, each summed on its own.
   */
  static long[] msm(CurveArith curve, long[] bases, long[] scalars, int n, Executor executor, boolean simd) {
    return msm(curve, bases, null, scalars, n, executor, simd);
  }

  /** As above, with the bases already in the 5×52 form when bases52 is not null. */
  private static long[] msm(CurveArith curve, long[] bases, long[] bases52, long[] scalars, int n, Executor executor,
      boolean simd) {
    int threads = Parallel.threads();
    if (n >= 1 << 12 && threads > 1) {
      int bits = maxBits(scalars, 0, n);
      if (windowCount(bits, windowFor(n, bits)) < threads) {
        long[][] parts = new long[threads][];
        int per = (n + threads - 1) / threads;
        Parallel.forEach(executor, threads, p -> parts[p] = msmAt(curve, bases, bases52, scalars, p * per,
            Math.min(n, (p + 1) * per) - p * per, Runnable::run, simd));
        long[] result = parts[0];
        for (int p = 1; p < threads; p++) {
          curve.jacAdd(result, 0, result, 0, parts[p], 0);
        }
        return result;
      }
    }
    return msmAt(curve, bases, bases52, scalars, 0, n, executor, simd);
  }

  /** Σ over the n terms from index off. */
  private static long[] msmAt(CurveArith curve, long[] bases, long[] bases52, long[] scalars, int off, int n,
      Executor executor, boolean simd) {
    int w = curve.w;
    long[] result = new long[3 * w];
    curve.jacSetInfinity(result, 0);
    if (n <= 0) {
      return result;
    }
    if (n < 8) {
      long[] t = new long[3 * w];
      long[] a = new long[3 * w];
      for (int i = off; i < off + n; i++) {
        curve.jacFromAffine(a, 0, bases, i * 2 * w);
        curve.jacScalarMul(t, 0, a, 0, FrArith.toBigInteger(scalars, 4 * i));
        curve.jacAdd(result, 0, result, 0, t, 0);
      }
      return result;
    }
    boolean vector = simd && (curve == CurveArith.G1 || curve == CurveArith.G2);
    int bits = maxBits(scalars, off, n);
    int c = vector ? vectorWindowFor(n, bits) : windowFor(n, bits);
    int windows = windowCount(bits, c);
    long[] recoded = recode(scalars, off, n, c, windows);
    long[][] windowSums = new long[windows][];
    if (vector) {
      VectorField field = curve == CurveArith.G1 ? VectorField.fp() : VectorField.fp2();
      long[] b52 = bases52 != null ? bases52 : VectorBuckets.convertBases(curve, field, bases, off, n, executor);
      int first = bases52 != null ? off : 0;
      Parallel.forEach(executor, windows, j -> windowSums[j] = vectorWindow(curve, b52, first, recoded, n, c, j));
    } else {
      long[] local = off == 0 ? bases : java.util.Arrays.copyOfRange(bases, off * 2 * w, (off + n) * 2 * w);
      Parallel.forEach(executor, windows, j -> windowSums[j] = window(curve, local, recoded, n, c, j));
    }
    // Horner from the top window
    long[] s = new long[curve.scratchSize()];
    long[] acc = new long[4 * w];
    curve.xyzzSetInfinity(acc, 0);
    for (int j = windows - 1; j >= 0; j--) {
      for (int k = 0; k < c; k++) {
        curve.xyzzDouble(acc, 0, s);
      }
      curve.xyzzAdd(acc, 0, windowSums[j], 0, s);
    }
    curve.xyzzToJac(result, 0, acc, 0);
    return result;
  }

  /**
   * The window width of the SIMD path. For full-size scalars, the scalar path's (one bit narrower was the
   * best while the bucket sums ran in XYZZ; with batched bucket sums it is 7–14% slower at 2^16 and even at
   * 2^20, docs/performance.md), but at least 10 bits while a window keeps 16 terms a bucket. For short scalars (a
   * batched subgroup check's 16-bit combinations) a cost model in units of one SIMD addition: each addition
   * pays a share of its batch's inversion (a batch is a quarter of the buckets, at most 512), each bucket
   * about five in the weighted sum. Taking the scalar choice there gave 7-bit windows with batches of 16 at
   * 2^16, and two windows of 2^16 buckets at 2^19. (The weights were measured while the weighted sum ran in
   * XYZZ and inversions on BigInteger, both dearer than now, and have not been measured again since.)
   */
  static int vectorWindowFor(int n, int bits) {
    if (bits >= 128) {
      int log = 31 - Integer.numberOfLeadingZeros(Math.max(1, n));
      return Math.max(2, Math.max(windowFor(n, bits), Math.min(10, log - 3)));
    }
    int best = 2;
    double bestCost = Double.MAX_VALUE;
    for (int c = 2; c <= 20; c++) {
      int nb = 1 << (c - 1);
      int batch = Math.max(16, Math.min(512, nb / 4));
      double cost = windowCount(bits, c) * ((double) n * (1 + 25.0 / batch) + 5.0 * nb);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }

  /**
   * Windows of c bits for scalars below 2^bits: k + H (H = Σ_j 2^(cj + c − 1)) must stay below 2^(c·windows),
   * which holds when bits ≤ c·windows − 2.
   */
  static int windowCount(int bits, int c) {
    return Math.max(1, (bits + 2 + c - 1) / c);
  }

  /** The bit length of the largest of the n canonical scalars (4 limbs each) from index off. */
  static int maxBits(long[] scalars, int off, int n) {
    long l0 = 0, l1 = 0, l2 = 0, l3 = 0;
    for (int i = off; i < off + n; i++) {
      l0 |= scalars[4 * i];
      l1 |= scalars[4 * i + 1];
      l2 |= scalars[4 * i + 2];
      l3 |= scalars[4 * i + 3];
    }
    if (l3 != 0) {
      return 192 + 64 - Long.numberOfLeadingZeros(l3);
    }
    if (l2 != 0) {
      return 128 + 64 - Long.numberOfLeadingZeros(l2);
    }
    if (l1 != 0) {
      return 64 + 64 - Long.numberOfLeadingZeros(l1);
    }
    return 64 - Long.numberOfLeadingZeros(l0);
  }

  /** k + H for every scalar, as 5 limbs (c·windows may pass 256 bits). */
  static long[] recode(long[] scalars, int n, int c, int windows) {
    return recode(scalars, 0, n, c, windows);
  }

  /** k + H for the n scalars from index off. */
  static long[] recode(long[] scalars, int off, int n, int c, int windows) {
    long[] h = new long[5];
    for (int j = 0; j < windows; j++) {
      int bit = c * j + c - 1;
      h[bit >>> 6] |= 1L << (bit & 63);
    }
    long[] out = new long[5 * n];
    for (int i = 0; i < n; i++) {
      long carry = 0;
      for (int l = 0; l < 5; l++) {
        long a = l < 4 ? scalars[4 * (off + i) + l] : 0;
        long s = a + h[l];
        long c1 = FpArith.carry(a, h[l], s);
        long s2 = s + carry;
        long c2 = FpArith.carry(s, carry, s2);
        out[5 * i + l] = s2;
        carry = c1 | c2;
      }
    }
    return out;
  }

  /** The signed digit of window j of a recoded scalar. */
  static int digit(long[] recoded, int i, int c, int j) {
    int bit = c * j;
    int limb = bit >>> 6;
    int off = bit & 63;
    long v = recoded[5 * i + limb] >>> off;
    if (off + c > 64 && limb < 4) {
      v |= recoded[5 * i + limb + 1] << (64 - off);
    }
    return (int) (v & ((1L << c) - 1)) - (1 << (c - 1));
  }

  private static long[] window(CurveArith curve, long[] bases, long[] recoded, int n, int c, int j) {
    int w = curve.w;
    int[] start = spread(recoded, n, c, j);
    int[] next = start.clone();
    AffineBuckets buckets = new AffineBuckets(curve, start[start.length - 1] - 1);
    for (int i = 0; i < n; i++) {
      int d = digit(recoded, i, c, j);
      if (d != 0) {
        buckets.add(bucket(start, next, Math.abs(d)), bases, i * 2 * w, d < 0);
      }
    }
    return buckets.weightedSum(start);
  }

  private static long[] vectorWindow(CurveArith curve, long[] bases52, int first, long[] recoded, int n, int c,
      int j) {
    VectorField field = curve == CurveArith.G1 ? VectorField.fp() : VectorField.fp2();
    int pw = 2 * field.width;
    int[] start = spread(recoded, n, c, j);
    int[] next = start.clone();
    VectorBuckets buckets = new VectorBuckets(curve, field, start[start.length - 1] - 1);
    for (int i = 0; i < n; i++) {
      int d = digit(recoded, i, c, j);
      if (d != 0) {
        buckets.add(bucket(start, next, Math.abs(d)), bases52, (first + i) * pw, d < 0);
      }
    }
    return buckets.weightedSum(start);
  }

  /**
   * The buckets of window j's digits. A batch-affine bucket takes one point a batch: when a few digits carry
   * most points (the top window of full-size scalars has only a handful of digits; scalars equal to 1 all
   * land in bucket 1 of window 0) the rest wait or fall back to XYZZ additions. So a crowded digit d gets m_d
   * buckets, filled in turn, and the weighted sum adds the copies up. Returns start, with digit d's buckets at
   * start[d] .. start[d + 1] − 1 (start[1] = 1, the last element one past the last bucket): one a digit
   * ({@link #oneEach}) when no digit is crowded.
   */
  static int[] spread(long[] recoded, int n, int c, int j) {
    int nb = 1 << (c - 1);
    int[] count = new int[nb + 1];
    int nonZero = 0;
    for (int i = 0; i < n; i++) {
      int d = digit(recoded, i, c, j);
      if (d != 0) {
        count[Math.abs(d)]++;
        nonZero++;
      }
    }
    int crowded = 2 * Math.max(1, nonZero / nb); // twice the mean load
    boolean any = false;
    for (int d = 1; d <= nb && !any; d++) {
      any = count[d] >= crowded;
    }
    if (!any) {
      return oneEach(nb);
    }
    int[] start = new int[nb + 2];
    start[1] = 1;
    for (int d = 1; d <= nb; d++) {
      start[d + 1] = start[d] + 1 + count[d] / crowded;
    }
    return start;
  }

  /** The layout of {@link #spread} with one bucket a digit, for nb digits: bucket d holds digit d. */
  static int[] oneEach(int nb) {
    int[] start = new int[nb + 2];
    for (int d = 1; d <= nb + 1; d++) {
      start[d] = d;
    }
    return start;
  }

  /** Digit d's next bucket: its buckets in turn. */
  private static int bucket(int[] start, int[] next, int d) {
    int v = next[d];
    next[d] = v + 1 == start[d + 1] ? start[d] : v + 1;
    return v;
  }

  // ---------------------------------------------------------------- fixed bases

  /** The window width for a fixed-base table of n bases: minimises windows·n + 2^c. */
  public static int fixedWindowFor(int n) {
    int best = 2;
    double bestCost = Double.MAX_VALUE;
    for (int c = 2; c <= 18; c++) {
      int windows = (256 + c - 1) / c;
      double cost = (double) windows * n + 2.6 * (1 << (c - 1)) * Parallel.threads();
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }

  /**
   * The table of a fixed-base MSM: for every base i and window j the affine point 2^(c·j)·Pᵢ, at index
   * i·windows + j. Built once; each MSM then costs one bucket pass with no doublings.
   */
  public static long[] precompute(CurveArith curve, long[] bases, int n, int c, Executor executor) {
    int w = curve.w;
    int windows = (256 + c - 1) / c;
    long[] table = new long[n * windows * 2 * w];
    int chunk = Math.max(1, Math.min(1024, n / (4 * Parallel.threads()) + 1));
    int tasks = (n + chunk - 1) / chunk;
    Parallel.forEach(executor, tasks, t -> {
      int from = t * chunk;
      int to = Math.min(n, from + chunk);
      long[] jac = new long[(to - from) * windows * 3 * w];
      long[] p = new long[3 * w];
      for (int i = from; i < to; i++) {
        curve.jacFromAffine(p, 0, bases, i * 2 * w);
        for (int j = 0; j < windows; j++) {
          System.arraycopy(p, 0, jac, ((i - from) * windows + j) * 3 * w, 3 * w);
          if (j + 1 < windows) {
            for (int k = 0; k < c; k++) {
              curve.jacDouble(p, 0, p, 0);
            }
          }
        }
      }
      curve.jacToAffineBatch(table, from * windows * 2 * w, jac, 0, (to - from) * windows);
    });
    return table;
  }

  /** Σ scalars[i]·bases[i] from a table made by {@link #precompute} with the same c. */
  public static long[] msmPrecomputed(CurveArith curve, long[] table, int c, long[] scalars, int n,
      Executor executor) {
    int w = curve.w;
    int windows = (256 + c - 1) / c;
    long[] recoded = recode(scalars, n, c, windows);
    int tasks = Math.max(1, Math.min(Parallel.threads(), n / 64));
    long[][] partial = new long[tasks][];
    int per = (n + tasks - 1) / tasks;
    Parallel.forEach(executor, tasks, t -> {
      int from = t * per;
      int to = Math.min(n, from + per);
      AffineBuckets buckets = new AffineBuckets(curve, 1 << (c - 1));
      for (int i = from; i < to; i++) {
        for (int j = 0; j < windows; j++) {
          int d = digit(recoded, i, c, j);
          if (d != 0) {
            buckets.add(Math.abs(d), table, (i * windows + j) * 2 * w, d < 0);
          }
        }
      }
      long[] total = buckets.weightedSum(oneEach(1 << (c - 1)));
      partial[t] = total;
    });
    long[] s = new long[curve.scratchSize()];
    long[] acc = new long[4 * w];
    for (long[] part : partial) {
      curve.xyzzAdd(acc, 0, part, 0, s);
    }
    long[] result = new long[3 * w];
    curve.xyzzToJac(result, 0, acc, 0);
    return result;
  }
}
