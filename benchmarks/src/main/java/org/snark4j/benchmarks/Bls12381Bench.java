package org.snark4j.benchmarks;

import java.nio.charset.StandardCharsets;
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
import org.snark4j.core.bls12_381.Fp;
import org.snark4j.core.bls12_381.Fr;
import org.snark4j.core.bls12_381.G1Affine;
import org.snark4j.core.bls12_381.G1Jacobian;
import org.snark4j.core.bls12_381.G2Affine;
import org.snark4j.core.bls12_381.G2Jacobian;
import org.snark4j.core.bls12_381.HashToCurve;
import org.snark4j.core.bls12_381.Pairing;
import org.snark4j.core.bls12_381.internal.FpArith;
import org.snark4j.core.bls12_381.internal.FrArith;

/**
 * BLS12-381 on one core: the flat field products (as MSM and NTT loops run them), scalar multiplications,
 * subgroup checks, the pairing, a 2-pair pairing check (a BLS signature's) and hash to G2 (RFC 9380).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Bls12381Bench {
  long[] fx = new long[FpArith.N];
  long[] fy = new long[FpArith.N];
  long[] rx = new long[FrArith.N];
  long[] ry = new long[FrArith.N];
  G1Jacobian p;
  G2Jacobian q;
  G1Affine pa;
  G2Affine qa;
  Fr k;
  List<G1Affine> checkG1;
  List<G2Affine> checkG2;
  byte[] message;
  int counter;

  @Setup
  public void setup() {
    Random r = new Random(5);
    Fp.random(r).montgomeryLimbs(fx, 0);
    Fp.random(r).montgomeryLimbs(fy, 0);
    Fr.random(r).montgomeryLimbs(rx, 0);
    Fr.random(r).montgomeryLimbs(ry, 0);
    k = Fr.random(r);
    pa = G1Affine.GENERATOR.multiply(Fr.random(r));
    qa = G2Affine.GENERATOR.multiply(Fr.random(r));
    p = pa.toJacobian();
    q = qa.toJacobian();
    // e(pk, H) = e(G1, sig) with pk = [s]G1, sig = [s]H: a signature check
    Fr s = Fr.random(r);
    checkG1 = List.of(G1Affine.GENERATOR.multiply(s), G1Affine.GENERATOR.negate());
    checkG2 = List.of(qa, qa.multiply(s));
    message = "a message to sign, 32 bytes long".getBytes(StandardCharsets.US_ASCII);
  }

  /** Fp product on flat limbs, in nanoseconds. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public long[] fpMul() {
    FpArith.mul(fx, 0, fx, 0, fy, 0);
    return fx;
  }

  /** Fr product on flat limbs, in nanoseconds. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public long[] frMul() {
    FrArith.mul(rx, 0, rx, 0, ry, 0);
    return rx;
  }

  @Benchmark
  public G1Jacobian g1ScalarMul() {
    return p.multiply(k);
  }

  @Benchmark
  public G2Jacobian g2ScalarMul() {
    return q.multiply(k);
  }

  @Benchmark
  public boolean g1SubgroupCheck() {
    return pa.isInSubgroup();
  }

  @Benchmark
  public boolean g2SubgroupCheck() {
    return qa.isInSubgroup();
  }

  @Benchmark
  public Object pairing() {
    return Pairing.pair(pa, qa);
  }

  @Benchmark
  public boolean pairingCheck2() {
    return Pairing.pairingCheck(checkG1, checkG2);
  }

  @Benchmark
  public G2Affine hashToG2() {
    message[0] = (byte) counter++;
    return HashToCurve.hashToG2(message, "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_");
  }
}
