package org.snark4j.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.snark4j.core.bn254.Fp;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.internal.FpArith;
import org.snark4j.core.bn254.internal.FrArith;

/**
 * Field operations. The kernel benchmarks ({@code frMul}, {@code fpMul}) run the flat-array product as the
 * MSM and NTT loops do; {@code frMulObject} goes through the immutable {@link Fr} API.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FieldBench {
  long[] x = new long[4];
  long[] y = new long[4];
  Fr a;
  Fr b;
  Fp c;

  @Setup
  public void setup() {
    Random r = new Random(1);
    Fr.random(r).montgomeryLimbs(x, 0);
    Fr.random(r).montgomeryLimbs(y, 0);
    a = Fr.random(r);
    b = Fr.random(r);
    c = Fp.random(r);
  }

  @Benchmark
  public long[] frMul() {
    FrArith.mul(x, 0, x, 0, y, 0);
    return x;
  }

  @Benchmark
  public long[] frSquare() {
    FrArith.sqr(x, 0, x, 0);
    return x;
  }

  @Benchmark
  public long[] fpMul() {
    FpArith.mul(x, 0, x, 0, y, 0);
    return x;
  }

  @Benchmark
  public long[] fpAdd() {
    FpArith.add(x, 0, x, 0, y, 0);
    return x;
  }

  @Benchmark
  public Fr frMulObject() {
    return a.multiply(b);
  }

  @Benchmark
  public Fp fpInverse() {
    return c.inverse();
  }
}
