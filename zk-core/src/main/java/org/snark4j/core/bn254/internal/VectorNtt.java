package org.snark4j.core.bn254.internal;

import org.snark4j.core.internal.Parallel;
import java.math.BigInteger;
import java.util.concurrent.Executor;
import org.snark4j.core.bn254.Fr;

/**
 * The NTT over Fr with the SIMD kernels ({@link FrVector}), on arrays of n/L blocks in the 5×52-bit form
 * (L = {@link FrVector#LANES}), as four steps with n = L·m. Two layouts: <em>natural</em>, element i in block
 * i / L at lane i mod L, and <em>strided</em>, element i in block i mod m at lane i / m. With i = m·i2 + i1
 * and k = k1 + L·k2, A[k] = Σ_{i1} ω_m^(i1·k2) · ω^(i1·k1) · Σ_{i2} ω_L^(i2·k1) · a[m·i2 + i1]: the inner sum
 * is a DFT across the lanes of each strided block (done on L×L transposed tiles), the middle factor a
 * product per block, and the outer sum L independent DFTs over the blocks, one per lane, with the same
 * twiddle for every lane, radix 2 and cache-blocked. So {@link #forward} takes strided coefficients to
 * natural evaluations, and {@link #inverse} natural evaluations to strided coefficients, without a
 * permutation of the elements between them. Values stay below 2r throughout. Only loaded when
 * {@link org.snark4j.core.internal.Simd#ENABLED}; instances are immutable and thread-safe.
 */
public final class VectorNtt {
  private static final int L = FrVector.LANES;
  private static final int B = FrVector.BLOCK;
  /** Log2 of the blocks the first outer layers run on together: 2^9 blocks, 160 KiB at 8 lanes. */
  private static final int CACHE_LOG = 9;

  private final int n;
  private final int m;
  private final int logM;
  private final Fr omega;
  private final long[] twF; // per-layer twiddles of ω_m, 5 longs each (tw[h + j] = ω_2h^j)
  private final long[] twI;
  private final long[] w8F; // per-layer twiddles of ω_L
  private final long[] w8I;
  private final long[] rootF; // one block: lane k = ω^k
  private final long[] rootI; // lane k = ω^-k
  private final Fr nInv;

  /** The smallest size this transform takes. */
  public static final int MIN_SIZE = Math.max(1024, L * L);

  /** @param n a power of two ≥ {@link #MIN_SIZE} and ≤ 2^28 */
  public VectorNtt(int n, Fr omega) {
    if (Integer.bitCount(n) != 1 || n < MIN_SIZE) {
      throw new IllegalArgumentException("vector NTT size must be a power of two ≥ " + MIN_SIZE + ", got " + n);
    }
    this.n = n;
    this.m = n / L;
    this.logM = Integer.numberOfTrailingZeros(m);
    this.omega = omega;
    Fr omegaInv = omega.inverse();
    this.twF = twiddles52(omega.pow(BigInteger.valueOf(L)), m);
    this.twI = twiddles52(omegaInv.pow(BigInteger.valueOf(L)), m);
    this.w8F = twiddles52(omega.pow(BigInteger.valueOf(m)), L);
    this.w8I = twiddles52(omegaInv.pow(BigInteger.valueOf(m)), L);
    this.rootF = new long[B];
    this.rootI = new long[B];
    long[] t = new long[4];
    long[] l64 = new long[4];
    for (int k = 0; k < L; k++) {
      omega.pow(BigInteger.valueOf(k)).montgomeryLimbs(l64, 0);
      Fr52.from64(rootF, k, L, l64, 0, t);
      omegaInv.pow(BigInteger.valueOf(k)).montgomeryLimbs(l64, 0);
      Fr52.from64(rootI, k, L, l64, 0, t);
    }
    this.nInv = Fr.of(n).inverse();
  }

  public int size() {
    return n;
  }

  /** Longs of a vector of this size. */
  public int longs() {
    return 5 * n;
  }

  private static long[] twiddles52(Fr root, int size) {
    long[] limbs = new long[4];
    root.montgomeryLimbs(limbs, 0);
    long[] tw64 = NttEngine.layerTwiddles(limbs, size);
    long[] out = new long[5 * Math.max(2, size)];
    long[] t = new long[4];
    for (int i = 1; i < size; i++) {
      Fr52.from64(out, 5 * i, 1, tw64, 4 * i, t);
    }
    return out;
  }

  /** Strided coefficients to natural evaluations: A[k] = Σ a[i]·ω^(ik). */
  public void forward(long[] a, Executor executor) {
    check(a);
    crossLane(a, w8F, executor);
    twist(a, false, executor);
    perLane(a, twF, executor);
  }

  /** Natural evaluations to strided coefficients (the inverse of {@link #forward}, 1/n included). */
  public void inverse(long[] a, Executor executor) {
    check(a);
    perLane(a, twI, executor);
    twist(a, true, executor);
    crossLane(a, w8I, executor);
  }

  private void check(long[] a) {
    if (a.length != 5 * n) {
      throw new IllegalArgumentException("vector NTT of size " + n + " needs " + 5 * n + " longs, got " + a.length);
    }
  }

  private static int tasks(int work) {
    return Math.max(1, Math.min(Parallel.threads() * 4, work));
  }

  // ---------------------------------------------------------------- step 1: DFTs of size L across lanes

  private void crossLane(long[] a, long[] w8, Executor executor) {
    int tiles = m / L;
    int tasks = tasks(tiles);
    int per = (tiles + tasks - 1) / tasks;
    Parallel.forEach(executor, tasks, task -> {
      long[] s = new long[L * B];
      long[] t = new long[B];
      for (int tile = task * per, end = Math.min(tiles, tile + per); tile < end; tile++) {
        int base = tile * L * B;
        // s block j lane b = a block b lane j
        for (int b = 0; b < L; b++) {
          for (int limb = 0; limb < 5; limb++) {
            int from = base + b * B + limb * L;
            for (int j = 0; j < L; j++) {
              s[j * B + limb * L + b] = a[from + j];
            }
          }
        }
        dit(s, L, w8, t);
        for (int b = 0; b < L; b++) {
          for (int limb = 0; limb < 5; limb++) {
            int to = base + b * B + limb * L;
            for (int j = 0; j < L; j++) {
              a[to + j] = s[j * B + limb * L + b];
            }
          }
        }
      }
    });
  }

  /** Bit reversal, then radix-2 layers, over the first size blocks of s (one DFT per lane). */
  private static void dit(long[] s, int size, long[] tw, long[] t) {
    bitReverse(s, 0, size, t);
    layers(s, 0, size, 1, Integer.numberOfTrailingZeros(size), tw, t);
  }

  private static void bitReverse(long[] s, int from, int size, long[] t) {
    int log = Integer.numberOfTrailingZeros(size);
    for (int i = 0; i < size; i++) {
      int j = Integer.reverse(i) >>> (32 - log);
      if (j > i) {
        System.arraycopy(s, (from + i) * B, t, 0, B);
        System.arraycopy(s, (from + j) * B, s, (from + i) * B, B);
        System.arraycopy(t, 0, s, (from + j) * B, B);
      }
    }
  }

  /** Layers fromLayer..toLayer of a radix-2 DIT on blocks [base, base + size). */
  private static void layers(long[] s, int base, int size, int fromLayer, int toLayer, long[] tw, long[] t) {
    for (int layer = fromLayer; layer <= toLayer; layer++) {
      int half = 1 << (layer - 1);
      for (int g = 0; g < size; g += 2 * half) {
        butterflies(s, base + g, half, 0, half, tw, t);
      }
    }
  }

  private static void butterflies(long[] s, int base, int half, int from, int to, long[] tw, long[] t) {
    for (int j = from; j < to; j++) {
      int u = (base + j) * B;
      int v = u + half * B;
      if (j == 0) {
        FrVector.butterfly(s, u, v, s, v);
      } else {
        FrVector.mulBroadcast(t, 0, s, v, tw, 5 * (half + j));
        FrVector.butterfly(s, u, v, t, 0);
      }
    }
  }

  // ---------------------------------------------------------------- step 2: block i1 times ω^(±i1·k)

  private void twist(long[] a, boolean inverse, Executor executor) {
    Fr w = inverse ? omega.inverse() : omega;
    long[] root = inverse ? rootI : rootF;
    int tasks = tasks(m / 64);
    int per = (m + tasks - 1) / tasks;
    Parallel.forEach(executor, tasks, task -> {
      int from = task * per;
      int to = Math.min(m, from + per);
      if (from >= to) {
        return;
      }
      long[] f = new long[B];
      long[] l64 = new long[4];
      long[] t = new long[4];
      Fr step = w.pow(BigInteger.valueOf(from));
      Fr lane = inverse ? nInv : Fr.ONE;
      for (int k = 0; k < L; k++) {
        lane.montgomeryLimbs(l64, 0);
        Fr52.from64(f, k, L, l64, 0, t);
        lane = lane.multiply(step);
      }
      for (int i = from; i < to; i++) {
        FrVector.mul(a, i * B, a, i * B, f, 0);
        FrVector.mul(f, 0, f, 0, root, 0);
      }
    });
  }

  // ---------------------------------------------------------------- step 3: DFTs of size m over blocks

  private void perLane(long[] a, long[] tw, Executor executor) {
    int tasks = tasks(m / 64);
    int per = (m + tasks - 1) / tasks;
    // bit reversal: the swaps (i, rev(i)) with i < rev(i) are disjoint, so ranges of i run independently
    Parallel.forEach(executor, tasks, task -> {
      long[] t = new long[B];
      for (int i = task * per, end = Math.min(m, i + per); i < end; i++) {
        int j = Integer.reverse(i) >>> (32 - logM);
        if (j > i) {
          System.arraycopy(a, i * B, t, 0, B);
          System.arraycopy(a, j * B, a, i * B, B);
          System.arraycopy(t, 0, a, j * B, B);
        }
      }
    });
    int cacheLog = Math.min(logM, CACHE_LOG);
    int chunk = 1 << cacheLog;
    Parallel.forEach(executor, m / chunk, c -> layers(a, c * chunk, chunk, 1, cacheLog, tw, new long[B]));
    for (int layer = cacheLog + 1; layer <= logM; layer++) {
      int half = 1 << (layer - 1);
      int len = 2 * half;
      int groups = m / len;
      int pieces = Math.max(1, tasks(half) / groups);
      int piece = (half + pieces - 1) / pieces;
      Parallel.forEach(executor, groups * pieces, task -> {
        int g = task / pieces;
        int from = (task % pieces) * piece;
        butterflies(a, g * len, half, from, Math.min(half, from + piece), tw, new long[B]);
      });
    }
  }

  // ---------------------------------------------------------------- edges: layouts and conversions

  /** The element index at lane e of block bl. */
  private int index(int bl, int e, boolean strided) {
    return strided ? e * m + bl : bl * L + e;
  }

  /**
   * Reads n Montgomery 4×64 values (below r) in natural order into the 5×52 form, natural or strided layout.
   * The 4×64 limbs x·2^256 are repacked as they are and then multiplied by 2^264 mod r, which gives x·2^260.
   */
  public long[] fromMontgomery(long[] src, boolean strided, Executor executor) {
    long[] out = new long[5 * n];
    long[] c = constant52(BigInteger.ONE.shiftLeft(264).mod(Fr.MODULUS));
    int tasks = tasks(m / 64);
    int per = (m + tasks - 1) / tasks;
    Parallel.forEach(executor, tasks, task -> {
      for (int bl = task * per, end = Math.min(m, bl + per); bl < end; bl++) {
        for (int e = 0; e < L; e++) {
          repack52(out, bl * B + e, src, 4 * index(bl, e, strided));
        }
        FrVector.mulBroadcast(out, bl * B, out, bl * B, c, 0);
      }
    });
    return out;
  }

  /** As {@link #fromMontgomery(long[], boolean, Executor)}, natural layout. */
  public long[] fromMontgomery(long[] src, Executor executor) {
    return fromMontgomery(src, false, executor);
  }

  /**
   * Writes the 5×52 values (below 2r; natural or strided layout) into dst as fully reduced Montgomery 4×64
   * values in natural order: a product by 2^256 mod r gives x·2^256, then one conditional subtraction.
   */
  public void toMontgomery(long[] a, boolean strided, long[] dst, Executor executor) {
    long[] c = constant52(BigInteger.ONE.shiftLeft(256).mod(Fr.MODULUS));
    int tasks = tasks(m / 64);
    int per = (m + tasks - 1) / tasks;
    Parallel.forEach(executor, tasks, task -> {
      long[] t = new long[B];
      for (int bl = task * per, end = Math.min(m, bl + per); bl < end; bl++) {
        FrVector.mulBroadcast(t, 0, a, bl * B, c, 0);
        FrVector.condSub(t, 0, t, 0, 1);
        for (int e = 0; e < L; e++) {
          repack64(dst, 4 * index(bl, e, strided), t, e);
        }
      }
    });
  }

  /** Multiplies strided coefficient i by shift^i, in place. */
  public void scaleByPowersStrided(long[] a, Fr shift, Executor executor) {
    long[] s52 = new long[5];
    long[] l64 = new long[4];
    long[] t4 = new long[4];
    shift.montgomeryLimbs(l64, 0);
    Fr52.from64(s52, 0, 1, l64, 0, t4);
    Fr shiftM = shift.pow(BigInteger.valueOf(m));
    int tasks = tasks(m / 64);
    int per = (m + tasks - 1) / tasks;
    Parallel.forEach(executor, tasks, task -> {
      int from = task * per;
      int to = Math.min(m, from + per);
      if (from >= to) {
        return;
      }
      long[] f = new long[B];
      long[] l = new long[4];
      long[] t = new long[4];
      Fr lane = shift.pow(BigInteger.valueOf(from)); // shift^(m·i2 + from) at lane i2
      for (int k = 0; k < L; k++) {
        lane.montgomeryLimbs(l, 0);
        Fr52.from64(f, k, L, l, 0, t);
        lane = lane.multiply(shiftM);
      }
      for (int i = from; i < to; i++) {
        FrVector.mul(a, i * B, a, i * B, f, 0);
        FrVector.mulBroadcast(f, 0, f, 0, s52, 0);
      }
    });
  }

  /**
   * a·b − c element by element, in the natural layout, written as canonical 4×64 limbs (not Montgomery) in
   * natural order: what a Groth16 prover weights the H query with.
   */
  public long[] productMinusCanonical(long[] a, long[] b, long[] c, Executor executor) {
    long[] out = new long[4 * n];
    long[] one = constant52(BigInteger.ONE);
    int blocks = m;
    int tasks = tasks(blocks / 64);
    int per = (blocks + tasks - 1) / tasks;
    Parallel.forEach(executor, tasks, task -> {
      long[] t = new long[B];
      for (int bl = task * per, end = Math.min(blocks, bl + per); bl < end; bl++) {
        int o = bl * B;
        FrVector.mul(t, 0, a, o, b, o);
        FrVector.sub(t, 0, t, 0, c, o, 2); // below 4r
        FrVector.mulBroadcast(t, 0, t, 0, one, 0); // out of Montgomery form: at most r
        FrVector.condSub(t, 0, t, 0, 1);
        for (int e = 0; e < L; e++) {
          repack64(out, 4 * (bl * L + e), t, e);
        }
      }
    });
    return out;
  }

  private static long[] constant52(BigInteger v) {
    long[] c = new long[5];
    for (int i = 0; i < 5; i++) {
      c[i] = v.shiftRight(52 * i).longValue() & ((1L << 52) - 1);
    }
    return c;
  }

  private static final long MASK = (1L << 52) - 1;

  /** The 256-bit integer at x[xo..xo+3] (below 2^256... in practice below r) as 5 limbs at z[zo + i·L]. */
  static void repack52(long[] z, int zo, long[] x, int xo) {
    long x0 = x[xo], x1 = x[xo + 1], x2 = x[xo + 2], x3 = x[xo + 3];
    z[zo] = x0 & MASK;
    z[zo + L] = ((x0 >>> 52) | (x1 << 12)) & MASK;
    z[zo + 2 * L] = ((x1 >>> 40) | (x2 << 24)) & MASK;
    z[zo + 3 * L] = ((x2 >>> 28) | (x3 << 36)) & MASK;
    z[zo + 4 * L] = x3 >>> 16;
  }

  /** The 5 limbs at x[xo + i·L] (a value below 2^256) as 4 limbs at z[zo..zo+3]. */
  static void repack64(long[] z, int zo, long[] x, int xo) {
    long x0 = x[xo], x1 = x[xo + L], x2 = x[xo + 2 * L], x3 = x[xo + 3 * L], x4 = x[xo + 4 * L];
    z[zo] = x0 | (x1 << 52);
    z[zo + 1] = (x1 >>> 12) | (x2 << 40);
    z[zo + 2] = (x2 >>> 24) | (x3 << 28);
    z[zo + 3] = (x3 >>> 36) | (x4 << 16);
  }

  /** The 5×52 natural-layout values (below 2r) as fully reduced Montgomery 4×64 values, natural order. */
  public long[] toMontgomery(long[] a, Executor executor) {
    long[] out = new long[4 * n];
    toMontgomery(a, false, out, executor);
    return out;
  }

  /** Element i of a strided-layout array, as a Montgomery 4×64 value (for tests). */
  public void stridedElement(long[] a, int i, long[] z, int zo) {
    int block = i % m;
    int lane = i / m;
    Fr52.to64(z, zo, a, block * B + lane, L, new long[4]);
  }

  /** Writes a Montgomery 4×64 value as element i of a strided-layout array (for tests). */
  public void setStridedElement(long[] a, int i, long[] x, int xo) {
    int block = i % m;
    int lane = i / m;
    Fr52.from64(a, block * B + lane, L, x, xo, new long[4]);
  }
}
