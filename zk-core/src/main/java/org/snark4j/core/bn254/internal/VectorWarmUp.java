package org.snark4j.core.bn254.internal;

/** The warm-up loop of {@link Simd}: every vector kernel on one block. Loaded only when the module is there. */
final class VectorWarmUp {
  private VectorWarmUp() {}

  private static final int CALLS = 2000;

  /** One round of calls; true when its products ran at compiled speed (under 1 µs a block). */
  static boolean round() {
    long[] x = new long[2 * FpVector.BLOCK];
    long[] y = new long[2 * FpVector.BLOCK];
    for (int i = 0; i < x.length; i++) {
      x[i] = (i * 0x9E3779B97F4A7C15L) >>> 13;
      y[i] = (i * 0xC2B2AE3D27D4EB4FL) >>> 13;
    }
    for (int i = 4 * FpVector.LANES; i < 5 * FpVector.LANES; i++) { // below q in every lane
      x[i] >>>= 12;
      y[i] >>>= 12;
      x[i + FpVector.BLOCK] >>>= 12;
      y[i + FpVector.BLOCK] >>>= 12;
    }
    long start = System.nanoTime();
    for (int i = 0; i < CALLS; i++) {
      FpVector.mul(x, 0, x, 0, y, 0);
      FrVector.mul(x, FpVector.BLOCK, x, FpVector.BLOCK, y, FpVector.BLOCK);
    }
    long perCall = (System.nanoTime() - start) / (2L * CALLS);
    for (int i = 0; i < CALLS / 4; i++) {
      FpVector.add(y, 0, x, 0, x, 0);
      FpVector.sub(y, 0, y, 0, x, 0, 2);
      FpVector.condSub(y, 0, y, 0, 2);
      FrVector.add(y, FpVector.BLOCK, x, FpVector.BLOCK, x, FpVector.BLOCK);
      FrVector.sub(y, FpVector.BLOCK, y, FpVector.BLOCK, x, FpVector.BLOCK, 2);
      FrVector.condSub(y, FpVector.BLOCK, y, FpVector.BLOCK, 2);
    }
    return perCall < 1000;
  }
}
