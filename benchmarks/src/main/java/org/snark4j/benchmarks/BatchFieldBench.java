package org.snark4j.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.snark4j.core.bn254.Fp;
import org.snark4j.core.bn254.internal.FpArith;
import org.snark4j.core.bn254.internal.FrArith;

/**
 * Batched field products, per element, on one thread: 1024 independent products on fresh data (the shape of an
 * MSM's bucket additions and an NTT's butterflies). {@code *Simd} runs the SIMD kernels on the 5×52-bit block
 * form (needs {@code --add-modules jdk.incubator.vector}); {@code *Scalar} the 4×64-bit kernels on the same
 * values.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BatchFieldBench {
  static final int N = 1024;
  long[] x64 = new long[4 * N];
  long[] y64 = new long[4 * N];
  long[] z64 = new long[4 * N];
  long[] x52;
  long[] y52;
  long[] z52;

  @Setup
  public void setup() {
    Random r = new Random(1);
    for (int i = 0; i < N; i++) {
      Fp.random(r).montgomeryLimbs(x64, 4 * i);
      Fp.random(r).montgomeryLimbs(y64, 4 * i);
    }
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
      x52 = SimdBlocks.fromMontgomery(x64, N);
      y52 = SimdBlocks.fromMontgomery(y64, N);
      z52 = new long[x52.length];
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long[] fpMulBatchScalar() {
    for (int i = 0; i < N; i++) {
      FpArith.mul(z64, 4 * i, x64, 4 * i, y64, 4 * i);
    }
    return z64;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long[] frMulBatchScalar() {
    for (int i = 0; i < N; i++) {
      FrArith.mul(z64, 4 * i, x64, 4 * i, y64, 4 * i);
    }
    return z64;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long[] fpMulBatchSimd() {
    SimdBlocks.fpMul(z52, x52, y52);
    return z52;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long[] frMulBatchSimd() {
    SimdBlocks.frMul(z52, x52, y52);
    return z52;
  }
}
