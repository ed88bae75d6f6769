package org.snark4j.core;

import org.snark4j.core.bn254.internal.Simd;

/**
 * The SIMD field kernels: whether this process uses them, and their warm-up.
 *
 * <p>They are used when the JVM runs with {@code --add-modules jdk.incubator.vector} on a CPU whose preferred
 * vector species holds at least four doubles (AVX2, AVX-512), unless {@code -Dsnark4j.simd=false}. Results are
 * bit for bit those of the scalar kernels. Until C2 has compiled them (about two seconds of compiler time)
 * the scalar kernels run: a background thread warms them up, started at the first MSM or NTT, or only by
 * {@link #warmUp()} under {@code -Dsnark4j.simd.warmUp=manual}, for short processes where the compilation
 * would cost more than it saves.
 */
public final class VectorKernels {
  private VectorKernels() {}

  /** Whether this process uses the SIMD kernels (once warm). */
  public static boolean enabled() {
    return Simd.ENABLED;
  }

  /** Whether they are compiled and in use now. */
  public static boolean ready() {
    return Simd.ENABLED && Simd.warm();
  }

  /** A line saying which kernels this process uses and why. */
  public static String status() {
    return Simd.REASON;
  }

  /** Starts the background warm-up now (no effect when disabled or already warm). */
  public static void warmUp() {
    Simd.warmUpInBackground();
  }
}
