package org.snark4j.verifier;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.snark4j.core.bn254.Fp12;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.Pairing;

/**
 * Verifies Groth16 proofs under one key, prepared once: e(α, β) precomputed, γ and δ negated with their
 * Miller-loop lines precomputed, so a proof is one multi-pairing of three Miller loops (two of them only
 * evaluating lines) and one final exponentiation:
 * e(A, B)·e(L, -γ)·e(C, -δ) = e(α, β) with L = IC₀ + Σ xᵢ·ICᵢ₊₁. Immutable and thread-safe.
 *
 * <p>Errors follow STYLE.md 14: a well-formed proof that does not verify gives {@code false}; malformed
 * input (a public input not below r — the aliasing bug that hit Semaphore, Loopring and snarkjs — or the
 * wrong number of them) is an {@link IllegalArgumentException} naming what came. Proof points at infinity
 * give {@code false}. Keys nobody contributed to are refused unless {@link #ofUncontributedKey} is used.
 */
public final class Groth16Verifier {
  private final Groth16VerifyingKey vk;
  private final Fp12 alphaBeta;
  private final G2Affine negGamma;
  private final G2Affine negDelta;
  private final Pairing.G2Prepared negGammaLines;
  private final Pairing.G2Prepared negDeltaLines;
  private final org.snark4j.core.bn254.FixedBaseMsm<G1Jacobian> icTable; // IC₁..ICₙ, null when n = 0

  private Groth16Verifier(Groth16VerifyingKey vk) {
    this.vk = vk;
    this.alphaBeta = Pairing.pair(vk.alpha(), vk.beta());
    this.negGamma = vk.gamma().negate();
    this.negDelta = vk.delta().negate();
    this.negGammaLines = Pairing.prepare(negGamma);
    this.negDeltaLines = Pairing.prepare(negDelta);
    int n = vk.publicInputCount();
    this.icTable = n == 0 ? null
        : org.snark4j.core.bn254.FixedBaseMsm.g1(vk.ic().subList(1, n + 1).toArray(new G1Affine[0]));
  }

  /**
   * A verifier for this key.
   *
   * @throws IllegalArgumentException if the key is un-contributed (δ = γ or δ = the G2 generator): proofs under
   *     it can be forged by anyone
   */
  public static Groth16Verifier of(Groth16VerifyingKey vk) {
    if (vk.isUncontributed()) {
      throw new IllegalArgumentException("the verifying key has delta = gamma or the G2 generator: it comes from a "
          + "setup nobody contributed to (snarkjs groth16 setup without zkey contribute), and anyone can forge "
          + "proofs for it. Contribute to the setup; for tests, use ofUncontributedKey");
    }
    return new Groth16Verifier(vk);
  }

  /** A verifier for any key, including un-contributed ones: for tests and development only. */
  public static Groth16Verifier ofUncontributedKey(Groth16VerifyingKey vk) {
    return new Groth16Verifier(vk);
  }

  public Groth16VerifyingKey key() {
    return vk;
  }

  /** verify with inputs as integers, each required to be in [0, r). */
  public boolean verify(Groth16Proof proof, BigInteger... publicInputs) {
    return verify(proof, toFr(publicInputs));
  }

  /**
   * Whether the proof verifies for these public inputs.
   *
   * @throws IllegalArgumentException if the number of inputs is not the key's
   */
  public boolean verify(Groth16Proof proof, List<Fr> publicInputs) {
    checkCount(publicInputs.size());
    if (proof.a().isInfinity() || proof.b().isInfinity() || proof.c().isInfinity()) {
      return false;
    }
    G1Affine l = linearCombination(publicInputs);
    return Pairing.multiPairPrepared(List.of(proof.a(), l, proof.c()),
        List.of(Pairing.prepare(proof.b()), negGammaLines, negDeltaLines)).equals(alphaBeta);
  }

  /** L = IC₀ + Σ xᵢ·ICᵢ₊₁. */
  private G1Affine linearCombination(List<Fr> inputs) {
    int n = inputs.size();
    if (n == 0) {
      return vk.ic().get(0);
    }
    G1Jacobian sum = icTable.msm(inputs.toArray(new Fr[0]), Runnable::run);
    return sum.addMixed(vk.ic().get(0)).toAffine();
  }

  private void checkCount(int n) {
    if (n != vk.publicInputCount()) {
      throw new IllegalArgumentException("the key takes " + vk.publicInputCount() + " public inputs, got " + n);
    }
  }

  static List<Fr> toFr(BigInteger... values) {
    List<Fr> out = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      BigInteger v = values[i];
      if (v.signum() < 0 || v.compareTo(Fr.MODULUS) >= 0) {
        throw new IllegalArgumentException("public input " + i + " must be in [0, r), got " + v
            + " (a value ≥ r would alias another input)");
      }
      out.add(Fr.of(v));
    }
    return out;
  }

  /** The outcome of a batch: which proofs failed (empty when all verified). */
  public record BatchResult(List<Integer> failed) {
    public boolean allValid() {
      return failed.isEmpty();
    }
  }

  /** {@link #verifyBatch(List, List, RandomGenerator)} with a {@link SecureRandom}. */
  public BatchResult verifyBatch(List<Groth16Proof> proofs, List<List<Fr>> inputs) {
    return verifyBatch(proofs, inputs, new SecureRandom());
  }

  /**
   * Verifies many proofs under this key at once: with random 128-bit weights zᵢ, one multi-pairing checks
   * Π e(zᵢ·Aᵢ, Bᵢ) · e(Σ zᵢ·Lᵢ, -γ) · e(Σ zᵢ·Cᵢ, -δ) = e(α, β)^(Σ zᵢ) — n + 2 Miller loops instead of 3n.
   * When it fails, halves are checked again (fresh weights) down to the bad proofs, which are returned.
   * A batch accepts a bad proof with probability at most 2^-128.
   *
   * @throws IllegalArgumentException if the lists differ in length or an input list has the wrong length
   */
  public BatchResult verifyBatch(List<Groth16Proof> proofs, List<List<Fr>> inputs, RandomGenerator random) {
    if (proofs.size() != inputs.size()) {
      throw new IllegalArgumentException("a batch needs one input list per proof, got " + proofs.size()
          + " proofs and " + inputs.size() + " input lists");
    }
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i).size() != vk.publicInputCount()) {
        throw new IllegalArgumentException("proof " + i + ": the key takes " + vk.publicInputCount()
            + " public inputs, got " + inputs.get(i).size());
      }
    }
    List<Integer> bad = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < proofs.size(); i++) {
      all.add(i);
    }
    findBad(all, proofs, inputs, random, bad);
    bad.sort(null);
    return new BatchResult(List.copyOf(bad));
  }

  private void findBad(List<Integer> idx, List<Groth16Proof> proofs, List<List<Fr>> inputs, RandomGenerator random,
      List<Integer> bad) {
    if (idx.isEmpty()) {
      return;
    }
    if (idx.size() == 1) {
      int i = idx.get(0);
      if (!verify(proofs.get(i), inputs.get(i))) {
        bad.add(i);
      }
      return;
    }
    if (batchHolds(idx, proofs, inputs, random)) {
      return;
    }
    int mid = idx.size() / 2;
    findBad(idx.subList(0, mid), proofs, inputs, random, bad);
    findBad(idx.subList(mid, idx.size()), proofs, inputs, random, bad);
  }

  private boolean batchHolds(List<Integer> idx, List<Groth16Proof> proofs, List<List<Fr>> inputs,
      RandomGenerator random) {
    List<G1Affine> g1 = new ArrayList<>();
    List<G2Affine> g2 = new ArrayList<>();
    G1Jacobian lSum = G1Jacobian.INFINITY;
    G1Jacobian cSum = G1Jacobian.INFINITY;
    Fr zSum = Fr.ZERO;
    for (int i : idx) {
      Groth16Proof p = proofs.get(i);
      if (p.a().isInfinity() || p.b().isInfinity() || p.c().isInfinity()) {
        return false;
      }
      Fr z = Fr.reduce(new BigInteger(128, java.util.Random.from(random)).add(BigInteger.ONE));
      zSum = zSum.add(z);
      g1.add(p.a().multiply(z));
      g2.add(p.b());
      lSum = lSum.add(linearCombination(inputs.get(i)).toJacobian().multiply(z));
      cSum = cSum.add(p.c().toJacobian().multiply(z));
    }
    List<Pairing.G2Prepared> prepared = new ArrayList<>();
    for (G2Affine b : g2) {
      prepared.add(Pairing.prepare(b));
    }
    g1.add(lSum.toAffine());
    prepared.add(negGammaLines);
    g1.add(cSum.toAffine());
    prepared.add(negDeltaLines);
    return Pairing.multiPairPrepared(g1, prepared).equals(alphaBeta.pow(zSum.toBigInteger()));
  }
}
