package org.snark4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.snark4j.core.bn254.FixedBaseMsm;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.G2Jacobian;
import org.snark4j.core.bn254.Msm;

/** Multi-scalar multiplication on all cores (the common pool plus the calling thread). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MsmBench {
  @State(Scope.Benchmark)
  public static class G1 {
    @Param({"10", "16", "20"})
    int logN;
    G1Affine[] bases;
    Fr[] scalars;

    @Setup
    public void setup() {
      bases = Bn254State.g1Bases(1 << logN);
      scalars = Bn254State.scalars(1 << logN, 3);
    }
  }

  @State(Scope.Benchmark)
  public static class G1Fixed {
    @Param({"16"})
    int logN;
    FixedBaseMsm<G1Jacobian> table;
    Fr[] scalars;

    @Setup
    public void setup() {
      table = FixedBaseMsm.g1(Bn254State.g1Bases(1 << logN));
      scalars = Bn254State.scalars(1 << logN, 3);
    }
  }

  @State(Scope.Benchmark)
  public static class G2 {
    @Param({"16"})
    int logN;
    G2Affine[] bases;
    Fr[] scalars;

    @Setup
    public void setup() {
      bases = Bn254State.g2Bases(1 << logN);
      scalars = Bn254State.scalars(1 << logN, 4);
    }
  }

  @Benchmark
  public G1Jacobian msmG1(G1 s) {
    return Msm.g1(s.bases, s.scalars);
  }

  @Benchmark
  public G1Jacobian msmG1FixedBases(G1Fixed s) {
    return s.table.msm(s.scalars);
  }

  @Benchmark
  public G2Jacobian msmG2(G2 s) {
    return Msm.g2(s.bases, s.scalars);
  }
}
