package org.snark4j.benchmarks;

import org.snark4j.core.bn254.internal.Fp52;
import org.snark4j.core.bn254.internal.FpVector;
import org.snark4j.core.bn254.internal.FrVector;

/** The SIMD kernels' block loops for {@link BatchFieldBench}; loaded only when the module is there. */
final class SimdBlocks {
  private SimdBlocks() {}

  static long[] fromMontgomery(long[] x64, int n) {
    int lanes = FpVector.LANES;
    long[] out = new long[5 * n];
    long[] t = new long[4];
    for (int i = 0; i < n; i++) {
      Fp52.from64(out, (i / lanes) * FpVector.BLOCK + i % lanes, lanes, x64, 4 * i, t);
    }
    return out;
  }

  static void fpMul(long[] z, long[] x, long[] y) {
    for (int o = 0; o < z.length; o += FpVector.BLOCK) {
      FpVector.mul(z, o, x, o, y, o);
    }
  }

  static void frMul(long[] z, long[] x, long[] y) {
    for (int o = 0; o < z.length; o += FrVector.BLOCK) {
      FrVector.mul(z, o, x, o, y, o);
    }
  }
}
