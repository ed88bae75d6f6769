package org.snark4j.prover;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.random.RandomGenerator;
import org.snark4j.circuits.R1cs;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.G2Jacobian;
import org.snark4j.core.bn254.Msm;
import org.snark4j.core.bn254.NttDomain;
import org.snark4j.verifier.Groth16Proof;

/**
 * The Groth16 prover: from a proving key and a satisfying witness to a proof, with fresh randomisers r and s
 * (so two proofs of one witness differ). The witness's rows are evaluated, taken to the odd coset of the
 * 2n-th roots by NTT, and A·B − C there weights the H query; A, B (in G1 and G2), C and H are MSMs on all
 * cores. Memory is proportional to the circuit.
 */
public final class Groth16Prover {
  private Groth16Prover() {}

  /** Where a long proof is: a phase name and the fraction of the whole work done. */
  @FunctionalInterface
  public interface Progress {
    void update(String phase, double fraction);

    Progress NONE = (phase, fraction) -> {};
  }

  /**
   * A proof for a witness checked against the circuit's R1CS first.
   *
   * @throws IllegalArgumentException if the witness does not satisfy the R1CS (the failing constraint is named)
   */
  public static Groth16Proof prove(Groth16ProvingKey pk, R1cs r1cs, Fr[] witness) {
    int bad = r1cs.firstUnsatisfied(witness);
    if (bad >= 0) {
      throw new IllegalArgumentException("the witness does not satisfy constraint " + bad
          + " of the R1CS: no valid proof exists for it");
    }
    return prove(pk, witness);
  }

  /** A proof with a {@link SecureRandom}, on the common pool, without progress reports. */
  public static Groth16Proof prove(Groth16ProvingKey pk, Fr[] witness) {
    return prove(pk, witness, new SecureRandom(), ForkJoinPool.commonPool(), Progress.NONE);
  }

  /**
   * A proof. A witness that does not satisfy the circuit gives a proof that does not verify; check it first
   * ({@link #prove(Groth16ProvingKey, R1cs, Fr[])} does).
   *
   * @throws IllegalArgumentException if the witness has the wrong length or does not start with 1
   */
  public static Groth16Proof prove(Groth16ProvingKey pk, Fr[] witness, RandomGenerator random, Executor executor,
      Progress progress) {
    if (witness.length != pk.wires() || !witness[0].isOne()) {
      throw new IllegalArgumentException("the key takes a witness of " + pk.wires() + " values starting with 1, got "
          + witness.length + (witness.length > 0 ? " starting with " + witness[0] : ""));
    }
    int n = pk.domainSize();
    progress.update("evaluating the constraints", 0.0);
    Fr[] av = new Fr[n];
    Fr[] bv = new Fr[n];
    java.util.Arrays.fill(av, Fr.ZERO);
    java.util.Arrays.fill(bv, Fr.ZERO);
    for (Groth16ProvingKey.Coefficient k : pk.coefficients()) {
      Fr term = k.value().multiply(witness[k.wire()]);
      if (k.matrix() == 0) {
        av[k.row()] = av[k.row()].add(term);
      } else {
        bv[k.row()] = bv[k.row()].add(term);
      }
    }
    long[] a = new long[4 * n];
    long[] b = new long[4 * n];
    long[] c = new long[4 * n];
    for (int j = 0; j < n; j++) {
      av[j].montgomeryLimbs(a, 4 * j);
      bv[j].montgomeryLimbs(b, 4 * j);
      av[j].multiply(bv[j]).montgomeryLimbs(c, 4 * j);
    }
    int nPub = pk.publicCount();
    progress.update("NTT to the coset", 0.05);
    NttDomain domain = NttDomain.of(n, executor);
    Fr shift = Qap.cosetShift(n);
    for (long[] v : new long[][] {a, b, c}) {
      domain.inverse(v);
      domain.cosetForward(v, shift);
    }
    // P = A·B − C on the coset, as canonical scalars for the H MSM
    long[] p = new long[4 * n];
    for (int j = 0; j < n; j++) {
      Fr.fromMontgomeryLimbs(a, 4 * j).multiply(Fr.fromMontgomeryLimbs(b, 4 * j))
          .subtract(Fr.fromMontgomeryLimbs(c, 4 * j)).canonicalLimbs(p, 4 * j);
    }
    long[] w = new long[4 * witness.length];
    for (int i = 0; i < witness.length; i++) {
      witness[i].canonicalLimbs(w, 4 * i);
    }
    long[] wPrivate = java.util.Arrays.copyOfRange(w, 4 * (nPub + 1), w.length);
    Fr r = Fr.random(random);
    Fr s = Fr.random(random);

    progress.update("MSM A", 0.15);
    G1Jacobian msmA = Msm.g1Flat(flat1(pk.a()), w, witness.length, executor);
    progress.update("MSM B in G2", 0.3);
    G2Jacobian msmB2 = Msm.g2Flat(flat2(pk.b2()), w, witness.length, executor);
    progress.update("MSM B in G1", 0.55);
    G1Jacobian msmB1 = Msm.g1Flat(flat1(pk.b1()), w, witness.length, executor);
    progress.update("MSM C", 0.7);
    G1Jacobian msmC = Msm.g1Flat(flat1(pk.c()), wPrivate, pk.c().size(), executor);
    progress.update("MSM H", 0.8);
    G1Jacobian msmH = Msm.g1Flat(flat1(pk.h()), p, n, executor);

    G1Jacobian proofA = msmA.addMixed(pk.alpha1()).add(pk.delta1().toJacobian().multiply(r));
    G2Jacobian proofB = msmB2.addMixed(pk.beta2()).add(pk.delta2().toJacobian().multiply(s));
    G1Jacobian b1 = msmB1.addMixed(pk.beta1()).add(pk.delta1().toJacobian().multiply(s));
    G1Jacobian proofC = msmC.add(msmH).add(proofA.multiply(s)).add(b1.multiply(r))
        .add(pk.delta1().toJacobian().multiply(r.multiply(s)).negate());
    progress.update("done", 1.0);
    return new Groth16Proof(proofA.toAffine(), proofB.toAffine(), proofC.toAffine());
  }

  private static long[] flat1(List<G1Affine> points) {
    long[] out = new long[8 * points.size()];
    for (int i = 0; i < points.size(); i++) {
      points.get(i).writeLimbs(out, 8 * i);
    }
    return out;
  }

  private static long[] flat2(List<G2Affine> points) {
    long[] out = new long[16 * points.size()];
    for (int i = 0; i < points.size(); i++) {
      points.get(i).writeLimbs(out, 16 * i);
    }
    return out;
  }
}
