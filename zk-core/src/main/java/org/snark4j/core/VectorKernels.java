package org.snark4j.core;

import org.snark4j.core.internal.Simd;

/**
 * The SIMD field kernels: whether this process uses them, and their warm-up.
 *
 * <p>They are used when the JVM runs with {@code --add-modules jdk.incubator.vector} on a CPU whose preferred
 * vector species holds at least four doubles (AVX2, AVX-512), unless {@code -Dsnark4j.simd=false}: for the
 * MSM's bucket additions and the NTT, on every curve. Results are bit for bit those of the scalar
 * kernels. Until C2 has compiled a curve's kernels (about two seconds of compiler time) its scalar kernels
 * run: a background thread warms them up, started at the curve's first MSM or NTT, or only by
 * {@link #warmUp(CurveId)} under {@code -Dsnark4j.simd.warmUp=manual}, for short processes where the
 * compilation would cost more than it saves. Each curve's kernels warm up on their own.
 */
public final class VectorKernels {
  private VectorKernels() {}

  /** Whether this process uses the SIMD kernels (once warm). */
  public static boolean enabled() {
    return Simd.ENABLED;
  }

  /** Whether the curve's kernels are compiled and in use now. */
  public static boolean ready(CurveId curve) {
    return Simd.ENABLED && state(curve).warm();
  }

  /** A line saying which kernels this process uses and why. */
  public static String status() {
    return Simd.REASON;
  }

  /** Starts the background warm-up of the curve's kernels now (no effect when disabled or already warm). */
  public static void warmUp(CurveId curve) {
    state(curve).startInBackground();
  }

  private static Simd.WarmUp state(CurveId curve) {
    return switch (curve) {
      case BN254 -> org.snark4j.core.bn254.internal.VectorWarmUp.STATE;
      case BLS12_381 -> org.snark4j.core.bls12_381.internal.VectorWarmUp.STATE;
    };
  }
}
