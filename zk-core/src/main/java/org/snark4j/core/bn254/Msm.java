package org.snark4j.core.bn254;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.snark4j.core.bn254.internal.CurveArith;
import org.snark4j.core.bn254.internal.FrArith;
import org.snark4j.core.bn254.internal.MsmEngine;

/**
 * Multi-scalar multiplication Σ sᵢ·Pᵢ on G1 and G2: Pippenger's bucket method with signed digits and the
 * window chosen from the size, windows spread over the cores of an executor (by default the common pool;
 * the calling thread works too). Variable-time.
 *
 * <p>The flat forms take bases as Montgomery limbs ({@link G1Affine#writeLimbs}, 8 longs a point, or 16 for
 * G2) and scalars as canonical limbs ({@link Fr#canonicalLimbs}, 4 longs): what a prover keeps in memory.
 */
public final class Msm {
  private Msm() {}

  public static G1Jacobian g1(G1Affine[] bases, Fr[] scalars) {
    return g1(bases, scalars, ForkJoinPool.commonPool());
  }

  public static G1Jacobian g1(G1Affine[] bases, Fr[] scalars, Executor executor) {
    checkLengths(bases.length, scalars.length);
    long[] b = new long[8 * bases.length];
    for (int i = 0; i < bases.length; i++) {
      bases[i].writeLimbs(b, 8 * i);
    }
    return g1Flat(b, scalarLimbs(scalars), bases.length, executor);
  }

  public static G2Jacobian g2(G2Affine[] bases, Fr[] scalars) {
    return g2(bases, scalars, ForkJoinPool.commonPool());
  }

  public static G2Jacobian g2(G2Affine[] bases, Fr[] scalars, Executor executor) {
    checkLengths(bases.length, scalars.length);
    long[] b = new long[16 * bases.length];
    for (int i = 0; i < bases.length; i++) {
      bases[i].writeLimbs(b, 16 * i);
    }
    return g2Flat(b, scalarLimbs(scalars), bases.length, executor);
  }

  /** Σ over n G1 bases (8 Montgomery longs each, (0,0) = infinity) and canonical scalars (4 longs each). */
  public static G1Jacobian g1Flat(long[] bases, long[] scalars, int n, Executor executor) {
    checkFlat(bases, 8, scalars, n);
    return new G1Jacobian(MsmEngine.msm(CurveArith.G1, bases, scalars, n, executor));
  }

  /** Σ over n G2 bases (16 Montgomery longs each) and canonical scalars (4 longs each). */
  public static G2Jacobian g2Flat(long[] bases, long[] scalars, int n, Executor executor) {
    checkFlat(bases, 16, scalars, n);
    return new G2Jacobian(MsmEngine.msm(CurveArith.G2, bases, scalars, n, executor));
  }

  private static long[] scalarLimbs(Fr[] scalars) {
    long[] s = new long[4 * scalars.length];
    for (int i = 0; i < scalars.length; i++) {
      scalars[i].canonicalLimbs(s, 4 * i);
    }
    return s;
  }

  private static void checkLengths(int bases, int scalars) {
    if (bases != scalars) {
      throw new IllegalArgumentException("MSM needs one scalar per base, got " + bases + " bases and "
          + scalars + " scalars");
    }
  }

  private static void checkFlat(long[] bases, int width, long[] scalars, int n) {
    if (n < 0 || bases.length < (long) width * n || scalars.length < 4L * n) {
      throw new IllegalArgumentException("MSM of " + n + " terms needs " + width * (long) n + " base longs and "
          + 4L * n + " scalar longs, got " + bases.length + " and " + scalars.length);
    }
    for (int i = 0; i < n; i++) {
      if (!FrArith.isCanonical(scalars, 4 * i)) {
        throw new IllegalArgumentException("MSM scalar " + i + " is not below r");
      }
    }
  }
}
