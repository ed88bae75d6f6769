package org.snark4j.core.bn254.internal;

/**
 * Pippenger buckets that add in affine coordinates, many additions sharing one field inversion
 * (Montgomery's trick): about 6 multiplications an addition against 10 for XYZZ. A point whose bucket is
 * already waiting in the current batch goes to a second, XYZZ bucket instead, so adversarial inputs (every
 * scalar the same) cost no more than plain XYZZ buckets. Single-threaded; one instance per window or task.
 */
final class AffineBuckets {
  private final CurveArith curve;
  private final FieldOps f;
  private final int w;
  private final int nb;
  private final int batch;

  private final long[] affine; // (nb + 1) × 2w, bucket b at b·2w
  private final boolean[] occupied;
  private long[] overflow; // (nb + 1) × 4w XYZZ, allocated at the first conflict
  private boolean[] overflowUsed;
  private final int[] stamp;
  private int epoch = 1;

  private final int[] slotBucket;
  private final boolean[] slotDouble;
  private final long[] slotPoint; // batch × 2w
  private final long[] den; // batch × w
  private final long[] prefix; // batch × w
  private int k;

  private final long[] s;
  private final long[] t; // 6w temporaries

  AffineBuckets(CurveArith curve, int nb) {
    this.curve = curve;
    this.f = curve.f;
    this.w = curve.w;
    this.nb = nb;
    this.batch = Math.max(16, Math.min(512, nb / 4));
    affine = new long[(nb + 1) * 2 * w];
    occupied = new boolean[nb + 1];
    stamp = new int[nb + 1];
    slotBucket = new int[batch];
    slotDouble = new boolean[batch];
    slotPoint = new long[batch * 2 * w];
    den = new long[batch * w];
    prefix = new long[batch * w];
    s = new long[curve.scratchSize()];
    t = new long[6 * w];
  }

  /** Bucket b (1..nb) += the affine point at pts[po] (negated when negate), which is not infinity. */
  void add(int b, long[] pts, int po, boolean negate) {
    if (curve.affineIsInfinity(pts, po)) {
      return;
    }
    int bo = b * 2 * w;
    if (!occupied[b]) {
      System.arraycopy(pts, po, affine, bo, w);
      if (negate) {
        f.neg(affine, bo + w, pts, po + w);
      } else {
        System.arraycopy(pts, po + w, affine, bo + w, w);
      }
      occupied[b] = true;
      return;
    }
    if (stamp[b] == epoch) {
      // the bucket is already waiting in this batch
      if (overflow == null) {
        overflow = new long[(nb + 1) * 4 * w];
        overflowUsed = new boolean[nb + 1];
      }
      if (negate) {
        curve.affineNeg(t, 0, pts, po);
        curve.xyzzAddMixed(overflow, b * 4 * w, t, 0, s);
      } else {
        curve.xyzzAddMixed(overflow, b * 4 * w, pts, po, s);
      }
      overflowUsed[b] = true;
      return;
    }
    int sp = k * 2 * w;
    System.arraycopy(pts, po, slotPoint, sp, w);
    if (negate) {
      f.neg(slotPoint, sp + w, pts, po + w);
    } else {
      System.arraycopy(pts, po + w, slotPoint, sp + w, w);
    }
    f.sub(den, k * w, slotPoint, sp, affine, bo);
    if (f.isZero(den, k * w)) {
      f.sub(t, 0, slotPoint, sp + w, affine, bo + w);
      if (!f.isZero(t, 0)) {
        occupied[b] = false; // P + (-P)
        return;
      }
      f.dbl(den, k * w, affine, bo + w); // doubling: the denominator is 2y
      slotDouble[k] = true;
    } else {
      slotDouble[k] = false;
    }
    stamp[b] = epoch;
    slotBucket[k] = b;
    if (++k == batch) {
      flush();
    }
  }

  /** Runs the pending additions with one inversion. */
  private void flush() {
    if (k == 0) {
      return;
    }
    long[] acc = t; // acc at 0
    f.setOne(acc, 0);
    for (int i = 0; i < k; i++) {
      System.arraycopy(acc, 0, prefix, i * w, w);
      f.mul(acc, 0, acc, 0, den, i * w);
    }
    f.inverse(acc, 0, acc, 0);
    int inv = w, lambda = 2 * w, x3 = 3 * w, tmp = 4 * w;
    for (int i = k - 1; i >= 0; i--) {
      f.mul(t, inv, acc, 0, prefix, i * w); // 1/den_i
      f.mul(acc, 0, acc, 0, den, i * w);
      int bo = slotBucket[i] * 2 * w;
      int sp = i * 2 * w;
      if (slotDouble[i]) {
        f.sqr(t, lambda, affine, bo);
        f.dbl(t, tmp, t, lambda);
        f.add(t, lambda, t, lambda, t, tmp); // 3x²
      } else {
        f.sub(t, lambda, slotPoint, sp + w, affine, bo + w);
      }
      f.mul(t, lambda, t, lambda, t, inv);
      f.sqr(t, x3, t, lambda);
      f.sub(t, x3, t, x3, affine, bo);
      f.sub(t, x3, t, x3, slotPoint, sp);
      // y3 = λ(x1 - x3) - y1
      f.sub(t, tmp, affine, bo, t, x3);
      f.mul(t, tmp, t, tmp, t, lambda);
      f.sub(affine, bo + w, t, tmp, affine, bo + w);
      System.arraycopy(t, x3, affine, bo, w);
    }
    k = 0;
    epoch++;
  }

  /**
   * Σ d·(bucket[start[d]] + … + bucket[start[d + 1] − 1]) as an XYZZ point (4w longs), by running sums from
   * the top digit ({@link MsmEngine#spread} gives the layout).
   */
  long[] weightedSum(int[] start) {
    flush();
    long[] running = new long[4 * w];
    long[] total = new long[4 * w];
    for (int d = start.length - 2; d >= 1; d--) {
      for (int b = start[d]; b < start[d + 1]; b++) {
        if (occupied[b]) {
          curve.xyzzAddMixed(running, 0, affine, b * 2 * w, s);
        }
        if (overflowUsed != null && overflowUsed[b]) {
          curve.xyzzAdd(running, 0, overflow, b * 4 * w, s);
        }
      }
      curve.xyzzAdd(total, 0, running, 0, s);
    }
    return total;
  }
}
