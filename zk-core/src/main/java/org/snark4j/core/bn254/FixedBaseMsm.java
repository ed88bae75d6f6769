package org.snark4j.core.bn254;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.snark4j.core.bn254.internal.CurveArith;
import org.snark4j.core.bn254.internal.MsmEngine;

/**
 * Multi-scalar multiplication over bases fixed in advance (a proving key's points, a generator): a table of
 * 2^(c·j)·Pᵢ for every base and window is computed once, then each MSM is a single bucket pass with no
 * doublings, about half the work of {@link Msm}. The table takes 256/c times the memory of the bases
 * (c ≈ log2(n)); immutable and safe to share between threads.
 *
 * @param <J> the result type, {@link G1Jacobian} or {@link G2Jacobian}
 */
public final class FixedBaseMsm<J> {
  private final CurveArith curve;
  private final int n;
  private final int c;
  private final long[] table;
  private final Function<long[], J> result;

  private FixedBaseMsm(CurveArith curve, long[] bases, int n, Executor executor, Function<long[], J> result) {
    this.curve = curve;
    this.n = n;
    this.c = MsmEngine.fixedWindowFor(n);
    this.table = MsmEngine.precompute(curve, bases, n, c, executor);
    this.result = result;
  }

  /** The table for these G1 bases. */
  public static FixedBaseMsm<G1Jacobian> g1(G1Affine[] bases) {
    return g1(bases, ForkJoinPool.commonPool());
  }

  public static FixedBaseMsm<G1Jacobian> g1(G1Affine[] bases, Executor executor) {
    long[] b = new long[8 * bases.length];
    for (int i = 0; i < bases.length; i++) {
      bases[i].writeLimbs(b, 8 * i);
    }
    return new FixedBaseMsm<>(CurveArith.G1, b, bases.length, executor, G1Jacobian::new);
  }

  /** The table for these G2 bases. */
  public static FixedBaseMsm<G2Jacobian> g2(G2Affine[] bases) {
    return g2(bases, ForkJoinPool.commonPool());
  }

  public static FixedBaseMsm<G2Jacobian> g2(G2Affine[] bases, Executor executor) {
    long[] b = new long[16 * bases.length];
    for (int i = 0; i < bases.length; i++) {
      bases[i].writeLimbs(b, 16 * i);
    }
    return new FixedBaseMsm<>(CurveArith.G2, b, bases.length, executor, G2Jacobian::new);
  }

  /** The number of bases. */
  public int size() {
    return n;
  }

  /** Σ scalars[i]·bases[i]. */
  public J msm(Fr[] scalars) {
    return msm(scalars, ForkJoinPool.commonPool());
  }

  public J msm(Fr[] scalars, Executor executor) {
    if (scalars.length != n) {
      throw new IllegalArgumentException("this table has " + n + " bases, got " + scalars.length + " scalars");
    }
    long[] s = new long[4 * n];
    for (int i = 0; i < n; i++) {
      scalars[i].canonicalLimbs(s, 4 * i);
    }
    return result.apply(MsmEngine.msmPrecomputed(curve, table, c, s, n, executor));
  }
}
