package org.snark4j.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.NttDomain;

/** Forward NTT over Fr in place, on all cores. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NttBench {
  @Param({"16", "20"})
  int logN;
  NttDomain domain;
  long[] values;

  @Setup
  public void setup() {
    int n = 1 << logN;
    domain = NttDomain.of(n);
    values = new long[4 * n];
    Random r = new Random(5);
    for (int i = 0; i < n; i++) {
      Fr.random(r).montgomeryLimbs(values, 4 * i);
    }
  }

  @Benchmark
  public long[] forward() {
    domain.forward(values);
    return values;
  }
}
