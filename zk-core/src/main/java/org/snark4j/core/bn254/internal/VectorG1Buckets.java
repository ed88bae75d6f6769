package org.snark4j.core.bn254.internal;

/**
 * The batch-affine Pippenger buckets of {@link AffineBuckets} for G1, with the additions of a batch done by the
 * SIMD kernels ({@link FpVector}) a block of lanes at a time. Buckets and bases are affine points in the
 * fully reduced 5×52-bit form ({@link Fp52}; 10 longs, (0, 0) = infinity). Each lane of a block keeps its own
 * running product of denominators; the lanes' products are inverted together with one scalar inversion.
 * A point whose bucket already waits in the batch is queued for the next batch (or, when the queue is full,
 * added to a second XYZZ bucket in the scalar 4×64 form, as in {@link AffineBuckets}); a point equal to its
 * bucket's point (a doubling) goes to that XYZZ bucket too, so adversarial inputs cost no more than plain
 * XYZZ buckets. Single-threaded; one instance per window or task. Only loaded when
 * {@link Simd#ENABLED}.
 */
final class VectorG1Buckets {
  private static final int LANES = FpVector.LANES;
  private static final int BLOCK = FpVector.BLOCK;
  private static final CurveArith CURVE = CurveArith.G1;

  private final int nb;
  private final int batch;

  private final long[] bucket; // (nb + 1) × 10
  private final boolean[] occupied;
  private long[] overflow; // (nb + 1) × 16 XYZZ (4×64), allocated at the first conflict
  private boolean[] overflowUsed;
  private final int[] stamp;
  private int epoch = 1;

  private final int[] slotBucket;
  private final long[] x1;
  private final long[] y1;
  private final long[] x2;
  private final long[] y2;
  private final long[] den;
  private final long[] prefix;
  private int k;

  private int[] queueBucket;
  private long[] queuePoint; // queued points (already negated where needed), 10 longs each
  private int[] drainBucket;
  private long[] drainPoint;
  private int queued;

  private final long[] acc = new long[BLOCK];
  private final long[] inv = new long[BLOCK];
  private final long[] lam = new long[BLOCK];
  private final long[] x3 = new long[BLOCK];
  private final long[] t = new long[BLOCK];
  private final long[] negY = new long[5];
  private final long[] lanes64 = new long[4 * LANES];
  private final long[] prefix64 = new long[4 * LANES];
  private final long[] point64 = new long[8];
  private final long[] s4 = new long[4];
  private final long[] scratch = new long[CURVE.scratchSize()];

  VectorG1Buckets(int nb) {
    this.nb = nb;
    int b = Math.max(16, Math.min(512, nb / 4));
    this.batch = (b + LANES - 1) / LANES * LANES;
    bucket = new long[(nb + 1) * 10];
    occupied = new boolean[nb + 1];
    stamp = new int[nb + 1];
    slotBucket = new int[batch];
    int blocks = batch / LANES;
    x1 = new long[blocks * BLOCK];
    y1 = new long[blocks * BLOCK];
    x2 = new long[blocks * BLOCK];
    y2 = new long[blocks * BLOCK];
    den = new long[blocks * BLOCK];
    prefix = new long[blocks * BLOCK];
    int qc = batch;
    queueBucket = new int[qc];
    queuePoint = new long[qc * 10];
    drainBucket = new int[qc];
    drainPoint = new long[qc * 10];
  }

  static boolean isInfinity(long[] p, int po) {
    for (int i = 0; i < 10; i++) {
      if (p[po + i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** Bucket b (1..nb) += the 5×52 affine point at pts[po] (negated when negate). */
  void add(int b, long[] pts, int po, boolean negate) {
    if (isInfinity(pts, po)) {
      return;
    }
    if (negate) {
      Fp52.negNonZero(negY, 0, pts, po + 5); // y ≠ 0 on G1 (its order is odd)
      addOne(b, pts, po, negY, 0);
    } else {
      addOne(b, pts, po, pts, po + 5);
    }
    while (k == batch) {
      flush();
      drain();
    }
  }

  /** Puts the point (x at pts[po], y at y[yo]) in a slot, its bucket, the queue or the XYZZ bucket. */
  private void addOne(int b, long[] pts, int po, long[] y, int yo) {
    int bo = b * 10;
    if (!occupied[b]) {
      System.arraycopy(pts, po, bucket, bo, 5);
      System.arraycopy(y, yo, bucket, bo + 5, 5);
      occupied[b] = true;
      return;
    }
    if (stamp[b] == epoch || k == batch) { // the bucket already waits in this batch
      if (queued < queueBucket.length) {
        queueBucket[queued] = b;
        System.arraycopy(pts, po, queuePoint, queued * 10, 5);
        System.arraycopy(y, yo, queuePoint, queued * 10 + 5, 5);
        queued++;
      } else {
        toOverflow(b, pts, po, y, yo);
      }
      return;
    }
    if (Fp52.eq(bucket, bo, pts, po)) {
      if (Fp52.eq(bucket, bo + 5, y, yo)) {
        toOverflow(b, pts, po, y, yo); // P + P: a doubling, rare; the XYZZ bucket takes it
      } else {
        occupied[b] = false; // P + (−P)
      }
      return;
    }
    int base = (k / LANES) * BLOCK + k % LANES;
    for (int i = 0; i < 5; i++) {
      int at = base + i * LANES;
      x1[at] = bucket[bo + i];
      y1[at] = bucket[bo + 5 + i];
      x2[at] = pts[po + i];
      y2[at] = y[yo + i];
    }
    stamp[b] = epoch;
    slotBucket[k++] = b;
  }

  /** After a flush: the queued points go into the new batch (those that conflict again are queued again). */
  private void drain() {
    int n = queued;
    int[] qb = queueBucket;
    long[] qp = queuePoint;
    queueBucket = drainBucket;
    queuePoint = drainPoint;
    drainBucket = qb;
    drainPoint = qp;
    queued = 0;
    for (int i = 0; i < n; i++) {
      addOne(qb[i], qp, i * 10, qp, i * 10 + 5);
    }
  }

  private void toOverflow(int b, long[] pts, int po, long[] y, int yo) {
    if (overflow == null) {
      overflow = new long[(nb + 1) * 16];
      overflowUsed = new boolean[nb + 1];
    }
    Fp52.to64(point64, 0, pts, po, 1, s4);
    Fp52.to64(point64, 4, y, yo, 1, s4);
    CURVE.xyzzAddMixed(overflow, b * 16, point64, 0, scratch);
    overflowUsed[b] = true;
  }

  /** Runs the pending additions: one block of lanes at a time, one scalar inversion for the batch. */
  private void flush() {
    if (k == 0) {
      return;
    }
    int blocks = (k + LANES - 1) / LANES;
    for (int s = k; s < blocks * LANES; s++) { // padding lanes: x2 − x1 = 1, results dropped
      int base = (s / LANES) * BLOCK + s % LANES;
      for (int i = 0; i < 5; i++) {
        x1[base + i * LANES] = 0;
        y1[base + i * LANES] = 0;
        x2[base + i * LANES] = i == 0 ? 1 : 0;
        y2[base + i * LANES] = 0;
      }
    }
    for (int e = 0; e < LANES; e++) {
      for (int i = 0; i < 5; i++) {
        acc[i * LANES + e] = Fp52.ONE[i];
      }
    }
    for (int bl = 0; bl < blocks; bl++) {
      int o = bl * BLOCK;
      FpVector.sub(den, o, x2, o, x1, o, 1); // in (0, 2q), non-zero mod q
      System.arraycopy(acc, 0, prefix, o, BLOCK);
      FpVector.mul(acc, 0, acc, 0, den, o);
    }
    invertLanes();
    for (int bl = blocks - 1; bl >= 0; bl--) {
      int o = bl * BLOCK;
      FpVector.mul(inv, 0, acc, 0, prefix, o); // 1/den
      FpVector.mul(acc, 0, acc, 0, den, o);
      FpVector.sub(lam, 0, y2, o, y1, o, 1);
      FpVector.mul(lam, 0, lam, 0, inv, 0); // λ < 2q
      FpVector.mul(x3, 0, lam, 0, lam, 0);
      FpVector.add(t, 0, x1, o, x2, o);
      FpVector.sub(x3, 0, x3, 0, t, 0, 2); // λ² − x1 − x2 + 2q in (0, 4q)
      FpVector.condSub(x3, 0, x3, 0, 2);
      FpVector.condSub(x3, 0, x3, 0, 1);
      FpVector.sub(t, 0, x1, o, x3, 0, 1);
      FpVector.mul(t, 0, t, 0, lam, 0);
      FpVector.sub(t, 0, t, 0, y1, o, 1); // λ(x1 − x3) − y1 + q in (0, 3q)
      FpVector.condSub(t, 0, t, 0, 2);
      FpVector.condSub(t, 0, t, 0, 1);
      int lanes = Math.min(LANES, k - bl * LANES);
      for (int e = 0; e < lanes; e++) {
        int bo = slotBucket[bl * LANES + e] * 10;
        for (int i = 0; i < 5; i++) {
          bucket[bo + i] = x3[i * LANES + e];
          bucket[bo + 5 + i] = t[i * LANES + e];
        }
      }
    }
    k = 0;
    epoch++;
  }

  /** acc = 1/acc lane by lane, with one inversion (Montgomery's trick over the lanes, in the 4×64 form). */
  private void invertLanes() {
    long[] run = point64; // 4 longs at 0
    FpArith.setOne(run, 0);
    for (int e = 0; e < LANES; e++) {
      Fp52.to64(lanes64, 4 * e, acc, e, LANES, s4);
      System.arraycopy(run, 0, prefix64, 4 * e, 4);
      FpArith.mul(run, 0, run, 0, lanes64, 4 * e);
    }
    FpArith.inverse(run, 0, run, 0);
    for (int e = LANES - 1; e >= 0; e--) {
      FpArith.mul(point64, 4, run, 0, prefix64, 4 * e); // 1/acc_e
      FpArith.mul(run, 0, run, 0, lanes64, 4 * e);
      Fp52.from64(acc, e, LANES, point64, 4, s4);
    }
  }

  /** Σ b·bucket[b] as an XYZZ point (16 longs, 4×64 form), by running sums from the top bucket. */
  long[] weightedSum() {
    while (k > 0 || queued > 0) {
      flush();
      drain();
    }
    long[] running = new long[16];
    long[] total = new long[16];
    long[] p = new long[8];
    for (int b = nb; b >= 1; b--) {
      if (occupied[b]) {
        Fp52.to64(p, 0, bucket, b * 10, 1, s4);
        Fp52.to64(p, 4, bucket, b * 10 + 5, 1, s4);
        CURVE.xyzzAddMixed(running, 0, p, 0, scratch);
      }
      if (overflowUsed != null && overflowUsed[b]) {
        CURVE.xyzzAdd(running, 0, overflow, b * 16, scratch);
      }
      CURVE.xyzzAdd(total, 0, running, 0, scratch);
    }
    return total;
  }

  /** The bases (8 longs each, 4×64 Montgomery form, (0, 0) = infinity) in the 5×52 form, 10 longs each. */
  static long[] convertBases(long[] bases, int n, java.util.concurrent.Executor executor) {
    long[] out = new long[10 * n];
    int chunk = 4096;
    Parallel.forEach(executor, (n + chunk - 1) / chunk, c -> {
      long[] s = new long[4];
      for (int i = c * chunk, end = Math.min(n, i + chunk); i < end; i++) {
        Fp52.from64(out, 10 * i, 1, bases, 8 * i, s);
        Fp52.from64(out, 10 * i + 5, 1, bases, 8 * i + 4, s);
      }
    });
    return out;
  }
}
