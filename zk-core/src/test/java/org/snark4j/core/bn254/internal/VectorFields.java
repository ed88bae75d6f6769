package org.snark4j.core.bn254.internal;

import java.math.BigInteger;

/** The vector kernels of Fp and Fr behind one test interface; loaded only when the module is present. */
final class VectorFields {
  private VectorFields() {}

  static VectorKernelOracleTest.Kernels fp() {
    return new VectorKernelOracleTest.Kernels() {
      @Override public int lanes() { return FpVector.LANES; }
      @Override public void mul(long[] z, long[] x, long[] y) { FpVector.mul(z, 0, x, 0, y, 0); }
      @Override public void add(long[] z, long[] x, long[] y) { FpVector.add(z, 0, x, 0, y, 0); }
      @Override public void sub(long[] z, long[] x, long[] y, int k) { FpVector.sub(z, 0, x, 0, y, 0, k); }
      @Override public void condSub(long[] z, long[] x, int k) { FpVector.condSub(z, 0, x, 0, k); }
      @Override public void mulBroadcast(long[] z, long[] x, long[] c) { FpVector.mulBroadcast(z, 0, x, 0, c, 0); }
      @Override public void butterfly(long[] a, long[] t) { FpVector.butterfly(a, 0, FpVector.BLOCK, t, 0); }
      @Override public BigInteger q() { return FpArith.MODULUS; }
    };
  }

  static VectorKernelOracleTest.Kernels fr() {
    return new VectorKernelOracleTest.Kernels() {
      @Override public int lanes() { return FrVector.LANES; }
      @Override public void mul(long[] z, long[] x, long[] y) { FrVector.mul(z, 0, x, 0, y, 0); }
      @Override public void add(long[] z, long[] x, long[] y) { FrVector.add(z, 0, x, 0, y, 0); }
      @Override public void sub(long[] z, long[] x, long[] y, int k) { FrVector.sub(z, 0, x, 0, y, 0, k); }
      @Override public void condSub(long[] z, long[] x, int k) { FrVector.condSub(z, 0, x, 0, k); }
      @Override public void mulBroadcast(long[] z, long[] x, long[] c) { FrVector.mulBroadcast(z, 0, x, 0, c, 0); }
      @Override public void butterfly(long[] a, long[] t) { FrVector.butterfly(a, 0, FrVector.BLOCK, t, 0); }
      @Override public BigInteger q() { return FrArith.MODULUS; }
    };
  }
}
