package org.snark4j.core.bn254.internal;

/**
 * The warm-up loop of {@link Simd}: every vector kernel the library calls on one block, each timed on its own
 * (the Fp product by a broadcast element and the Fp butterfly are generated but unused: compiling them cost C2
 * about a second). Loaded only when the module is there.
 */
final class VectorWarmUp {
  private VectorWarmUp() {}

  private static final int CALLS = 1000;
  /** A compiled kernel takes well under this on one block; interpreted or in C1 code, tens of microseconds. */
  private static final long COMPILED_NANOS = 1500;

  private static final int KERNELS = 10;

  /** One round of calls; true when every kernel ran at compiled speed. */
  static boolean round() {
    int b = FpVector.BLOCK;
    long[] x = new long[2 * b];
    long[] y = new long[2 * b];
    long[] z = new long[2 * b];
    for (int i = 0; i < x.length; i++) {
      x[i] = (i * 0x9E3779B97F4A7C15L) >>> 13;
      y[i] = (i * 0xC2B2AE3D27D4EB4FL) >>> 13;
    }
    for (int blk = 0; blk < 2; blk++) { // below q in every lane: the top limb small
      for (int i = 4 * FpVector.LANES; i < 5 * FpVector.LANES; i++) {
        x[blk * b + i] >>>= 12;
        y[blk * b + i] >>>= 12;
      }
    }
    boolean all = true;
    for (int kernel = 0; kernel < KERNELS; kernel++) {
      long start = System.nanoTime();
      for (int i = 0; i < CALLS; i++) {
        call(kernel, x, y, z, b);
      }
      all &= (System.nanoTime() - start) / CALLS < COMPILED_NANOS;
    }
    return all;
  }

  private static void call(int kernel, long[] x, long[] y, long[] z, int b) {
    switch (kernel) {
      case 0 -> FpVector.mul(z, 0, x, 0, y, 0);
      case 1 -> FpVector.add(z, 0, x, 0, y, 0);
      case 2 -> FpVector.sub(z, 0, x, 0, y, 0, 2);
      case 3 -> FpVector.condSub(z, 0, x, 0, 2);
      case 4 -> FrVector.mul(z, 0, x, 0, y, 0);
      case 5 -> FrVector.mulBroadcast(z, 0, x, 0, y, 0);
      case 6 -> FrVector.add(z, 0, x, 0, y, 0);
      case 7 -> FrVector.sub(z, 0, x, 0, y, 0, 2);
      case 8 -> FrVector.condSub(z, 0, x, 0, 2);
      default -> FrVector.butterfly(z, 0, b, x, 0);
    }
  }
}
