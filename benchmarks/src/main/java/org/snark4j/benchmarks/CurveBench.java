package org.snark4j.benchmarks;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.G2Jacobian;
import org.snark4j.core.bn254.Pairing;

/** Group operations and pairings. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CurveBench {
  G1Jacobian p;
  G1Affine q;
  G2Jacobian r;
  Fr k;
  G1Affine pa;
  G2Affine qa;
  List<G1Affine> checkG1;
  List<G2Affine> checkG2;

  @Setup
  public void setup() {
    Random rnd = new Random(2);
    k = Fr.random(rnd);
    p = G1Affine.GENERATOR.multiply(Fr.random(rnd)).toJacobian();
    q = G1Affine.GENERATOR.multiply(Fr.random(rnd));
    r = G2Affine.GENERATOR.multiply(Fr.random(rnd)).toJacobian();
    pa = p.toAffine();
    qa = r.toAffine();
    // e(aP, Q)·e(-P, aQ)·e(bP, Q)·e(-bP, Q) = 1: a 4-pair check as a Groth16 verifier makes
    Fr a = Fr.random(rnd);
    Fr b = Fr.random(rnd);
    checkG1 = List.of(pa.multiply(a), pa.negate(), pa.multiply(b), pa.multiply(b).negate());
    checkG2 = List.of(qa, qa.multiply(a), qa, qa);
  }

  @Benchmark
  public G1Jacobian g1AddMixed() {
    return p.addMixed(q);
  }

  @Benchmark
  public G1Jacobian g1Add() {
    return p.add(p.twice());
  }

  @Benchmark
  public G1Jacobian g1ScalarMul() {
    return p.multiply(k);
  }

  @Benchmark
  public G2Jacobian g2ScalarMul() {
    return r.multiply(k);
  }

  @Benchmark
  public Object pairing() {
    return Pairing.pair(pa, qa);
  }

  @Benchmark
  public boolean pairingCheck4() {
    return Pairing.pairingCheck(checkG1, checkG2);
  }
}
