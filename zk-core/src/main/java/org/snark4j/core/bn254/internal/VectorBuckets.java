package org.snark4j.core.bn254.internal;

import org.snark4j.core.internal.Parallel;
import java.util.concurrent.Executor;

/**
 * The batch-affine Pippenger buckets of {@link AffineBuckets}, with the additions of a batch done by the SIMD
 * kernels a block of lanes at a time: written once for G1 (over Fp) and G2 (over Fp2) through
 * {@link VectorField}. Buckets and bases are affine points in the fully reduced 5×52-bit form (2·width
 * longs: x then y, (0, 0) = infinity). Each lane of a block keeps its own running product of denominators;
 * the lanes' products are inverted together with one scalar inversion.
 *
 * <p>A point whose bucket already waits in the batch is queued for the next batch (or, when the queue is
 * full, added to a second XYZZ bucket in the scalar 4×64 form, as in {@link AffineBuckets}); a point equal
 * to its bucket's point (a doubling) goes to that XYZZ bucket too, so adversarial inputs cost no more than
 * plain XYZZ buckets. The weighted sum folds the XYZZ buckets back into the affine ones and runs as batched
 * affine additions too ({@link #weightedSum}). Single-threaded; one instance per window or task. Only loaded
 * when {@link Simd#ENABLED}.
 */
final class VectorBuckets {
  private static final int LANES = FpVector.LANES;

  private final CurveArith curve;
  private final VectorField f;
  private final int width; // longs of a coordinate
  private final int pw; // longs of a point
  private final int blk; // longs of a block of one coordinate
  private final int nb;
  private final int batch;

  private final long[] bucket; // (nb + 1) × pw
  private final boolean[] occupied;
  private long[] overflow; // (nb + 1) × 4w XYZZ (4×64), allocated at the first conflict
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
  private long[] queuePoint; // queued points (already negated where needed), pw longs each
  private int[] drainBucket;
  private long[] drainPoint;
  private int queued;

  private final long[] acc;
  private final long[] inv;
  private final long[] lam;
  private final long[] x3;
  private final long[] t;
  private final long[] negY;
  private final long[] lanes64;
  private final long[] prefix64;
  private final long[] run64;
  private final long[] point64;
  private final long[] s4 = new long[4];
  private final long[] point52;
  private final long[] scratch;

  VectorBuckets(CurveArith curve, VectorField f, int nb) {
    this.curve = curve;
    this.f = f;
    this.width = f.width;
    this.pw = 2 * width;
    this.blk = f.block;
    this.nb = nb;
    int b = Math.max(16, Math.min(512, nb / 4));
    this.batch = (b + LANES - 1) / LANES * LANES;
    bucket = new long[(nb + 1) * pw];
    occupied = new boolean[nb + 1];
    stamp = new int[nb + 1];
    slotBucket = new int[batch];
    int blocks = batch / LANES;
    x1 = new long[blocks * blk];
    y1 = new long[blocks * blk];
    x2 = new long[blocks * blk];
    y2 = new long[blocks * blk];
    den = new long[blocks * blk];
    prefix = new long[blocks * blk];
    queueBucket = new int[batch];
    queuePoint = new long[batch * pw];
    drainBucket = new int[batch];
    drainPoint = new long[batch * pw];
    acc = new long[blk];
    inv = new long[blk];
    lam = new long[blk];
    x3 = new long[blk];
    t = new long[blk];
    negY = new long[width];
    int w64 = curve.w;
    lanes64 = new long[w64 * LANES];
    prefix64 = new long[w64 * LANES];
    run64 = new long[w64];
    point64 = new long[2 * w64];
    scratch = new long[curve.scratchSize()];
    point52 = new long[pw];
  }

  private boolean isInfinity(long[] p, int po) {
    for (int i = 0; i < pw; i++) {
      if (p[po + i] != 0) {
        return false;
      }
    }
    return true;
  }

  private boolean eq(long[] x, int xo, long[] y, int yo) {
    for (int i = 0; i < width; i++) {
      if (x[xo + i] != y[yo + i]) {
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
      f.neg(negY, 0, pts, po + width);
      addOne(b, pts, po, negY, 0);
    } else {
      addOne(b, pts, po, pts, po + width);
    }
    while (k == batch) {
      flush();
      drain();
    }
  }

  /** Puts the point (x at pts[po], y at y[yo]) in a slot, its bucket, the queue or the XYZZ bucket. */
  private void addOne(int b, long[] pts, int po, long[] y, int yo) {
    int bo = b * pw;
    if (!occupied[b]) {
      System.arraycopy(pts, po, bucket, bo, width);
      System.arraycopy(y, yo, bucket, bo + width, width);
      occupied[b] = true;
      return;
    }
    if (stamp[b] == epoch || k == batch) { // the bucket already waits in this batch, or the batch is full
      if (queued < queueBucket.length) {
        queueBucket[queued] = b;
        System.arraycopy(pts, po, queuePoint, queued * pw, width);
        System.arraycopy(y, yo, queuePoint, queued * pw + width, width);
        queued++;
      } else {
        toOverflow(b, pts, po, y, yo);
      }
      return;
    }
    if (eq(bucket, bo, pts, po)) {
      if (eq(bucket, bo + width, y, yo)) {
        toOverflow(b, pts, po, y, yo); // P + P: a doubling, rare; the XYZZ bucket takes it
      } else {
        occupied[b] = false; // P + (−P)
      }
      return;
    }
    int base = at(k);
    for (int i = 0; i < width; i++) {
      int at = base + i * LANES;
      x1[at] = bucket[bo + i];
      y1[at] = bucket[bo + width + i];
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
      addOne(qb[i], qp, i * pw, qp, i * pw + width);
    }
  }

  private void toOverflow(int b, long[] pts, int po, long[] y, int yo) {
    int w64 = curve.w;
    if (overflow == null) {
      overflow = new long[(nb + 1) * 4 * w64];
      overflowUsed = new boolean[nb + 1];
    }
    f.to64(point64, 0, pts, po, 1, s4);
    f.to64(point64, w64, y, yo, 1, s4);
    curve.xyzzAddMixed(overflow, b * 4 * w64, point64, 0, scratch);
    overflowUsed[b] = true;
  }

  /** Runs the pending additions: one block of lanes at a time, one scalar inversion for the batch. */
  private void flush() {
    if (k == 0) {
      return;
    }
    int blocks = (k + LANES - 1) / LANES;
    for (int s = k; s < blocks * LANES; s++) {
      padLane(s);
    }
    addBlocks(blocks);
    for (int s = 0; s < k; s++) {
      int bo = slotBucket[s] * pw;
      int base = at(s);
      for (int i = 0; i < width; i++) {
        bucket[bo + i] = x1[base + i * LANES];
        bucket[bo + width + i] = y1[base + i * LANES];
      }
    }
    k = 0;
    epoch++;
  }

  /** A lane whose result is dropped: x2 − x1 = 1. */
  private void padLane(int s) {
    int base = at(s);
    for (int i = 0; i < width; i++) {
      x1[base + i * LANES] = 0;
      y1[base + i * LANES] = 0;
      x2[base + i * LANES] = i == 0 ? 1 : 0;
      y2[base + i * LANES] = 0;
    }
  }

  /**
   * (x1, y1) += (x2, y2) in every lane of the first blocks blocks (x1 ≠ x2 in each, both fully reduced), the
   * sums fully reduced in x1, y1; one scalar inversion for all of them.
   */
  private void addBlocks(int blocks) {
    f.setOne(acc, 0);
    for (int bl = 0; bl < blocks; bl++) {
      int o = bl * blk;
      f.sub(den, o, x2, o, x1, o, 1); // below 2q, non-zero
      System.arraycopy(acc, 0, prefix, o, blk);
      f.mul(acc, 0, acc, 0, den, o);
    }
    invertLanes();
    for (int bl = blocks - 1; bl >= 0; bl--) {
      int o = bl * blk;
      f.mul(inv, 0, acc, 0, prefix, o); // 1/den
      f.mul(acc, 0, acc, 0, den, o);
      f.sub(lam, 0, y2, o, y1, o, 1);
      f.mul(lam, 0, lam, 0, inv, 0); // λ below 2q
      f.sqr(x3, 0, lam, 0);
      f.add(t, 0, x1, o, x2, o);
      f.sub(x3, 0, x3, 0, t, 0, 2); // λ² − x1 − x2 + 2q, below 4q
      f.canonical(x3, 0, x3, 0);
      f.sub(t, 0, x1, o, x3, 0, 1);
      f.mul(t, 0, t, 0, lam, 0);
      f.sub(t, 0, t, 0, y1, o, 1); // λ(x1 − x3) − y1 + q, below 3q
      f.canonical(y1, o, t, 0);
      System.arraycopy(x3, 0, x1, o, blk);
    }
  }

  /** acc = 1/acc lane by lane, with one inversion (Montgomery's trick over the lanes, in the 4×64 form). */
  private void invertLanes() {
    FieldOps s = f.scalar;
    int w64 = curve.w;
    s.setOne(run64, 0);
    for (int e = 0; e < LANES; e++) {
      f.to64(lanes64, w64 * e, acc, e, LANES, s4);
      System.arraycopy(run64, 0, prefix64, w64 * e, w64);
      s.mul(run64, 0, run64, 0, lanes64, w64 * e);
    }
    s.inverse(run64, 0, run64, 0);
    for (int e = LANES - 1; e >= 0; e--) {
      s.mul(point64, 0, run64, 0, prefix64, w64 * e); // 1/acc_e
      s.mul(run64, 0, run64, 0, lanes64, w64 * e);
      f.from64(acc, e, LANES, point64, 0, s4);
    }
  }

  /**
   * Σ d·(bucket[start[d]] + … + bucket[start[d + 1] − 1]) as an XYZZ point (4w longs, 4×64 form), by running
   * sums from the top digit ({@link MsmEngine#spread} gives the layout). The XYZZ buckets are first folded
   * into their affine buckets, then the copies of a crowded digit are added into its first bucket (and the
   * XYZZ buckets that made are folded too); the digits are then cut into segments, one a lane, whose running
   * sums advance together as batched affine additions (two a digit: the running sum, then the segment's
   * total), and the segments' totals and sums are combined in XYZZ.
   */
  long[] weightedSum(int[] start) {
    settle();
    foldOverflow();
    int digits = start.length - 2;
    for (int d = 1; d <= digits; d++) {
      for (int b = start[d] + 1; b < start[d + 1]; b++) {
        if (occupied[b]) {
          occupied[b] = false; // add copies the point out of the bucket at once
          add(start[d], bucket, b * pw, false);
        }
      }
    }
    settle();
    foldOverflow();
    return segmentedSum(start, digits);
  }

  /** Runs every pending and queued addition. */
  private void settle() {
    while (k > 0 || queued > 0) {
      flush();
      drain();
    }
  }

  /**
   * Each XYZZ bucket plus its affine bucket becomes the affine bucket (all of them made affine with one
   * inversion); afterwards no XYZZ bucket is left. For when no addition is pending.
   */
  private void foldOverflow() {
    if (overflowUsed == null) {
      return;
    }
    int w64 = curve.w;
    long[] over = overflow;
    boolean[] used = overflowUsed;
    overflow = null;
    overflowUsed = null;
    int m = 0;
    for (boolean u : used) {
      m += u ? 1 : 0;
    }
    int[] which = new int[m];
    long[] jac = new long[m * 3 * w64];
    long[] p = new long[2 * w64];
    m = 0;
    for (int b = 0; b < used.length; b++) {
      if (used[b]) {
        if (occupied[b]) {
          f.to64(p, 0, bucket, b * pw, 1, s4);
          f.to64(p, w64, bucket, b * pw + width, 1, s4);
          curve.xyzzAddMixed(over, b * 4 * w64, p, 0, scratch);
        }
        curve.xyzzToJac(jac, m * 3 * w64, over, b * 4 * w64);
        which[m++] = b;
      }
    }
    long[] affine = new long[m * 2 * w64];
    curve.jacToAffineBatch(affine, 0, jac, 0, m);
    for (int i = 0; i < m; i++) {
      int b = which[i];
      occupied[b] = !curve.affineIsInfinity(affine, i * 2 * w64);
      if (occupied[b]) {
        f.from64(bucket, b * pw, 1, affine, i * 2 * w64, s4);
        f.from64(bucket, b * pw + width, 1, affine, i * 2 * w64 + w64, s4);
      }
    }
  }

  /** The weighted sum once each digit d holds one point, at bucket start[d] (when occupied). */
  private long[] segmentedSum(int[] start, int digits) {
    int slots = x1.length / width; // lanes the block arrays hold
    int lanes = (int) Math.ceil(2 * Math.sqrt(digits)); // one inversion a round against 3 XYZZ additions a lane
    lanes = Math.max(1, Math.min(slots, Math.min(digits, lanes)));
    int len = (digits + lanes - 1) / lanes;
    lanes = (digits + len - 1) / len;
    int blocks = (lanes + LANES - 1) / LANES;
    long[] runX = new long[blocks * blk];
    long[] runY = new long[blocks * blk];
    long[] totX = new long[blocks * blk];
    long[] totY = new long[blocks * blk];
    boolean[] runSet = new boolean[lanes];
    boolean[] totSet = new boolean[lanes];
    boolean[] active = new boolean[lanes];
    for (int step = 0; step < len; step++) {
      // running sum of segment s (digits s·len + 1 .. (s + 1)·len) += the point of its digit top − step
      java.util.Arrays.fill(active, false);
      boolean any = false;
      for (int s = 0; s < lanes; s++) {
        int d = Math.min(digits, (s + 1) * len) - step;
        if (d <= s * len || !occupied[start[d]]) {
          continue;
        }
        int po = start[d] * pw;
        any |= lane(s, runX, runY, runSet, bucket, po, bucket, po + width, active);
      }
      if (any) {
        addLanes(runX, runY, blocks, lanes, active);
      }
      // the segment's total += its running sum
      java.util.Arrays.fill(active, false);
      any = false;
      for (int s = 0; s < lanes; s++) {
        int d = Math.min(digits, (s + 1) * len) - step;
        if (d <= s * len || !runSet[s]) {
          continue;
        }
        int base = at(s);
        for (int i = 0; i < width; i++) {
          point52[i] = runX[base + i * LANES];
          point52[width + i] = runY[base + i * LANES];
        }
        any |= lane(s, totX, totY, totSet, point52, 0, point52, width, active);
      }
      if (any) {
        addLanes(totX, totY, blocks, lanes, active);
      }
    }
    // Σ_s (total_s + s·len·run_s)
    int w64 = curve.w;
    long[] total = new long[4 * w64];
    long[] sum = new long[4 * w64];
    long[] weighted = new long[4 * w64];
    long[] p = new long[2 * w64];
    for (int s = lanes - 1; s >= 0; s--) {
      if (totSet[s]) {
        laneTo64(p, totX, totY, at(s));
        curve.xyzzAddMixed(total, 0, p, 0, scratch);
      }
      if (s == 0) {
        break;
      }
      if (runSet[s]) {
        laneTo64(p, runX, runY, at(s));
        curve.xyzzAddMixed(sum, 0, p, 0, scratch);
      }
      curve.xyzzAdd(weighted, 0, sum, 0, scratch); // Σ_s s·run_s
    }
    long[] scaled = new long[4 * w64];
    for (int bit = 31 - Integer.numberOfLeadingZeros(len); bit >= 0; bit--) { // len·Σ_s s·run_s
      curve.xyzzDouble(scaled, 0, scratch);
      if ((len >>> bit & 1) != 0) {
        curve.xyzzAdd(scaled, 0, weighted, 0, scratch);
      }
    }
    curve.xyzzAdd(total, 0, scaled, 0, scratch);
    return total;
  }

  /**
   * Lane s of the accumulator (ax, ay) += the point (x at px[pxo], y at py[pyo]): a copy when the accumulator
   * is empty, a scalar addition when the x coordinates are equal (a doubling, or a sum at infinity), else the
   * lane is gathered into (x1, y1, x2, y2) for a batched addition. Returns whether it was gathered.
   */
  private boolean lane(int s, long[] ax, long[] ay, boolean[] set, long[] px, int pxo, long[] py, int pyo,
      boolean[] active) {
    int base = at(s);
    if (!set[s]) {
      for (int i = 0; i < width; i++) {
        ax[base + i * LANES] = px[pxo + i];
        ay[base + i * LANES] = py[pyo + i];
      }
      set[s] = true;
      return false;
    }
    boolean sameX = true;
    for (int i = 0; i < width && sameX; i++) {
      sameX = ax[base + i * LANES] == px[pxo + i];
    }
    if (sameX) {
      set[s] = addScalar(ax, ay, base, px, pxo, py, pyo);
      return false;
    }
    for (int i = 0; i < width; i++) {
      x1[base + i * LANES] = ax[base + i * LANES];
      y1[base + i * LANES] = ay[base + i * LANES];
      x2[base + i * LANES] = px[pxo + i];
      y2[base + i * LANES] = py[pyo + i];
    }
    active[s] = true;
    return true;
  }

  /** The batched additions of the active lanes, written back into (ax, ay). */
  private void addLanes(long[] ax, long[] ay, int blocks, int lanes, boolean[] active) {
    for (int s = 0; s < blocks * LANES; s++) {
      if (s >= lanes || !active[s]) {
        padLane(s);
      }
    }
    addBlocks(blocks);
    for (int s = 0; s < lanes; s++) {
      if (active[s]) {
        int base = at(s);
        for (int i = 0; i < width; i++) {
          ax[base + i * LANES] = x1[base + i * LANES];
          ay[base + i * LANES] = y1[base + i * LANES];
        }
      }
    }
  }

  /**
   * The accumulator's lane (at base) += the point with the same x, through XYZZ and one inversion. Returns
   * false when the sum is the point at infinity.
   */
  private boolean addScalar(long[] ax, long[] ay, int base, long[] px, int pxo, long[] py, int pyo) {
    int w64 = curve.w;
    long[] a = new long[2 * w64];
    long[] b = new long[2 * w64];
    laneTo64(a, ax, ay, base);
    f.to64(b, 0, px, pxo, 1, s4);
    f.to64(b, w64, py, pyo, 1, s4);
    long[] sum = new long[4 * w64];
    curve.xyzzAddMixed(sum, 0, a, 0, scratch);
    curve.xyzzAddMixed(sum, 0, b, 0, scratch);
    if (curve.xyzzIsInfinity(sum, 0)) {
      return false;
    }
    long[] jac = new long[3 * w64];
    curve.xyzzToJac(jac, 0, sum, 0);
    curve.jacToAffine(a, 0, jac, 0);
    f.from64(ax, base, LANES, a, 0, s4);
    f.from64(ay, base, LANES, a, w64, s4);
    return true;
  }

  /** Where slot s's limb 0 sits in the block arrays (limb i at that plus i·LANES). */
  private int at(int s) {
    return (s / LANES) * blk + s % LANES;
  }

  /** The lane at base of (ax, ay) as an affine point in the 4×64 form. */
  private void laneTo64(long[] p, long[] ax, long[] ay, int base) {
    f.to64(p, 0, ax, base, LANES, s4);
    f.to64(p, curve.w, ay, base, LANES, s4);
  }

  /** The n affine bases from index off (2w longs each, 4×64 Montgomery form, (0, 0) = infinity) in the 5×52 form. */
  static long[] convertBases(CurveArith curve, VectorField f, long[] bases, int off, int n, Executor executor) {
    int w64 = curve.w;
    int pw = 2 * f.width;
    long[] out = new long[pw * n];
    int chunk = 4096;
    Parallel.forEach(executor, (n + chunk - 1) / chunk, c -> {
      long[] s = new long[4];
      for (int i = c * chunk, end = Math.min(n, i + chunk); i < end; i++) {
        f.from64(out, pw * i, 1, bases, 2 * w64 * (off + i), s);
        f.from64(out, pw * i + f.width, 1, bases, 2 * w64 * (off + i) + w64, s);
      }
    });
    return out;
  }
}
