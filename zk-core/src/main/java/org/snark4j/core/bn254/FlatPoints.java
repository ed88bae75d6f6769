package org.snark4j.core.bn254;

import java.security.SecureRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.snark4j.core.bn254.internal.CurveArith;
import org.snark4j.core.bn254.internal.FpArith;
import org.snark4j.core.bn254.internal.MsmEngine;
import org.snark4j.core.internal.Parallel;

/**
 * Checks and views of many affine points held flat, as provers keep them: G1 points as 8 Montgomery longs
 * (x then y, {@link G1Affine#writeLimbs}), G2 points as 16, (0, 0) meaning the point at infinity. The checks run
 * on all cores without an object per point.
 */
public final class FlatPoints {
  private FlatPoints() {}

  /**
   * The index of the first of n G1 points whose coordinates are not below p or that is not on the curve, or −1
   * when all are valid. G1's cofactor is 1: on the curve means in the group.
   */
  public static int firstInvalidG1(long[] points, int n, Executor executor) {
    return firstInvalid(points, n, 8, executor);
  }

  /** As {@link #firstInvalidG1} for G2 points on the twist (the subgroup: {@link #allG2InSubgroup}). */
  public static int firstInvalidG2(long[] points, int n, Executor executor) {
    return firstInvalid(points, n, 16, executor);
  }

  private static int firstInvalid(long[] points, int n, int width, Executor executor) {
    if (points.length < (long) width * n) {
      throw new IllegalArgumentException(n + " points need " + (long) width * n + " longs, got " + points.length);
    }
    CurveArith curve = width == 8 ? CurveArith.G1 : CurveArith.G2;
    int chunk = 4096;
    AtomicInteger first = new AtomicInteger(Integer.MAX_VALUE);
    Parallel.forEach(executor, (n + chunk - 1) / chunk, c -> {
      for (int i = c * chunk, end = Math.min(n, i + chunk); i < end && i < first.get(); i++) {
        int o = width * i;
        boolean ok = true;
        for (int k = 0; k < width; k += 4) {
          ok &= FpArith.isCanonical(points, o + k);
        }
        if (!ok || !curve.isOnCurve(points, o)) {
          first.accumulateAndGet(i, Math::min);
          return;
        }
      }
    });
    return first.get() == Integer.MAX_VALUE ? -1 : first.get();
  }

  private static final int BATCH_ROUNDS = 7;
  private static final int COEFFICIENT_BITS = 13;

  /**
   * Whether n G2 points, already known to be on the twist, are all in the subgroup of order r: seven random
   * combinations Σ cᵢQᵢ with 13-bit cᵢ from a {@link SecureRandom}, each tested with
   * {@link G2Affine#isInSubgroup}. A point outside the subgroup has a component of prime order q dividing the
   * cofactor (10069 at the least, see {@link G2Affine#allInSubgroup}); a combination cancels it only if its cᵢ
   * hits one residue mod q, one of the 8192 values at most, so all seven rounds miss it with probability at
   * most 2^-91. Thirteen bits fill one MSM window (sixteen needed two), so seven rounds cost less than six of
   * sixteen bits. Fewer than 64 points are checked one by one.
   */
  public static boolean allG2InSubgroup(long[] points, int n, Executor executor) {
    if (n < 64) {
      for (int i = 0; i < n; i++) {
        if (!g2(points, i).isInSubgroup()) {
          return false;
        }
      }
      return true;
    }
    if (points.length < 16L * n) {
      throw new IllegalArgumentException("expected " + n + " G2 points (" + 16L * n + " longs), got "
          + points.length + " longs");
    }
    SecureRandom random = new SecureRandom();
    long[] c = new long[4 * n];
    byte[] draw = new byte[2 * n];
    MsmEngine.Bases bases = MsmEngine.bases(CurveArith.G2, points, n); // converted once for all rounds
    for (int round = 0; round < BATCH_ROUNDS; round++) {
      random.nextBytes(draw);
      for (int i = 0; i < n; i++) {
        c[4 * i] = ((draw[2 * i] & 0xff) | (draw[2 * i + 1] & 0xff) << 8) & ((1 << COEFFICIENT_BITS) - 1);
      }
      // the MSM uses group operations only (no endomorphism), so it is right off the subgroup too
      if (!new G2Jacobian(bases.msm(c, executor)).toAffine().isInSubgroup()) {
        return false;
      }
    }
    return true;
  }

  /** G1 point i, unchecked (the limbs are copied). */
  public static G1Affine g1(long[] points, int i) {
    return new G1Affine(java.util.Arrays.copyOfRange(points, 8 * i, 8 * i + 8));
  }

  /** The G1 points as a list (copies). */
  public static java.util.List<G1Affine> g1List(long[] points) {
    G1Affine[] out = new G1Affine[points.length / 8];
    for (int i = 0; i < out.length; i++) {
      out[i] = g1(points, i);
    }
    return java.util.List.of(out);
  }

  /** G2 point i, unchecked (the limbs are copied). */
  public static G2Affine g2(long[] points, int i) {
    return new G2Affine(java.util.Arrays.copyOfRange(points, 16 * i, 16 * i + 16));
  }
}
