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
import org.snark4j.core.bls12_381.Fr;
import org.snark4j.core.bls12_381.G1Affine;
import org.snark4j.core.bls12_381.G1Jacobian;
import org.snark4j.core.bls12_381.G2Affine;
import org.snark4j.core.bls12_381.G2Jacobian;
import org.snark4j.core.bls12_381.Msm;
import org.snark4j.core.bls12_381.NttDomain;

/** BLS12-381 MSM and NTT on all cores (the common pool plus the calling thread). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Bls12381MsmBench {
  static Fr[] scalars(int n, long seed) {
    Random r = new Random(seed);
    Fr[] s = new Fr[n];
    for (int i = 0; i < n; i++) {
      s[i] = Fr.random(r);
    }
    return s;
  }

  @State(Scope.Benchmark)
  public static class G1 {
    @Param({"16", "20"})
    int logN;
    G1Affine[] bases;
    Fr[] scalars;

    @Setup
    public void setup() {
      int n = 1 << logN;
      G1Jacobian[] p = new G1Jacobian[n];
      G1Jacobian acc = G1Jacobian.INFINITY;
      G1Affine g = G1Affine.GENERATOR.multiply(Fr.of(7919));
      for (int i = 0; i < n; i++) {
        acc = acc.addMixed(g);
        p[i] = acc;
      }
      bases = G1Jacobian.toAffine(p);
      scalars = scalars(n, 3);
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
      int n = 1 << logN;
      G2Jacobian[] p = new G2Jacobian[n];
      G2Jacobian acc = G2Jacobian.INFINITY;
      G2Affine g = G2Affine.GENERATOR.multiply(Fr.of(7919));
      for (int i = 0; i < n; i++) {
        acc = acc.addMixed(g);
        p[i] = acc;
      }
      bases = G2Jacobian.toAffine(p);
      scalars = scalars(n, 4);
    }
  }

  @State(Scope.Benchmark)
  public static class Ntt {
    @Param({"20"})
    int logN;
    NttDomain domain;
    long[] values;

    @Setup
    public void setup() {
      int n = 1 << logN;
      domain = NttDomain.of(n);
      values = new long[4 * n];
      Fr[] s = scalars(n, 5);
      for (int i = 0; i < n; i++) {
        s[i].montgomeryLimbs(values, 4 * i);
      }
    }
  }

  @Benchmark
  public G1Jacobian msmG1(G1 s) {
    return Msm.g1(s.bases, s.scalars);
  }

  @Benchmark
  public G2Jacobian msmG2(G2 s) {
    return Msm.g2(s.bases, s.scalars);
  }

  /** A forward transform in place (the values are transformed again each call: the cost is the same). */
  @Benchmark
  public long[] ntt(Ntt s) {
    s.domain.forward(s.values);
    return s.values;
  }
}
