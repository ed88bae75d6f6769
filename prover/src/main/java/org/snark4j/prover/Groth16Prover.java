package org.snark4j.prover;

import java.security.SecureRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.random.RandomGenerator;
import org.snark4j.circuits.R1cs;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.FrLimbs;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Jacobian;
import org.snark4j.core.bn254.Msm;
import org.snark4j.core.bn254.NttDomain;
import org.snark4j.verifier.Groth16Proof;

/**
 * The Groth16 prover: from a proving key and a satisfying witness to a proof, with fresh randomisers r and s
 * (so two proofs of one witness differ). The witness's rows are evaluated on flat limbs, taken to the odd
 * coset of the 2n-th roots by NTT, and A·B − C there weights the H query; A, B (in G1 and G2), C and H are
 * MSMs on all cores. Memory is proportional to the circuit.
 *
 * <p>{@link #prepare} binds a prover to a key once: the point queries flattened with their points at infinity
 * (wires absent from A or B) dropped, the coefficients as flat limbs, the NTT domain and its twiddles. A
 * prepared prover is immutable and thread-safe, and proves many times without touching the key again: what a
 * service or a relayer uses. The static methods prepare a prover for one proof.
 */
public final class Groth16Prover {
  /** Where a long proof is: a phase name and the fraction of the whole work done. */
  @FunctionalInterface
  public interface Progress {
    void update(String phase, double fraction);

    Progress NONE = (phase, fraction) -> {};
  }

  private final Groth16ProvingKey pk;
  private final int n;
  private final int wires;
  private final int nPub;
  // the point queries, as the key holds them, with the points that are not at infinity listed
  private final Query a;
  private final Query b1;
  private final Query b2;
  private final Query c;
  private final long[] h;
  private final NttDomain domain;
  private final Fr shift;

  /**
   * A query: the key's bases (8 or 16 longs each, not copied) for the wires from firstWire on, and which of
   * them are not at infinity (the others never take part).
   */
  private record Query(long[] bases, int firstWire, int[] kept, int width) {
    int size() {
      return bases.length / width;
    }
  }

  private Groth16Prover(Groth16ProvingKey pk) {
    this.pk = pk;
    this.n = pk.domainSize();
    this.wires = pk.wires();
    this.nPub = pk.publicCount();
    this.a = query(pk.aLimbs(), 8, 0);
    this.b1 = query(pk.b1Limbs(), 8, 0);
    this.b2 = query(pk.b2Limbs(), 16, 0);
    this.c = query(pk.cLimbs(), 8, nPub + 1);
    this.h = pk.hLimbs();
    this.domain = NttDomain.of(n);
    this.shift = Qap.cosetShift(n);
  }

  private static Query query(long[] points, int width, int firstWire) {
    int count = points.length / width;
    int[] kept = new int[count];
    int at = 0;
    for (int i = 0; i < count; i++) {
      for (int k = 0; k < width; k++) {
        if (points[width * i + k] != 0) {
          kept[at++] = i;
          break;
        }
      }
    }
    return new Query(points, firstWire, java.util.Arrays.copyOf(kept, at), width);
  }

  /** A prover bound to this key: the work that does not depend on the witness, done once. */
  public static Groth16Prover prepare(Groth16ProvingKey pk) {
    return new Groth16Prover(pk);
  }

  /** The key this prover is bound to. */
  public Groth16ProvingKey key() {
    return pk;
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
    return prepare(pk).prove(witness);
  }

  /**
   * A proof. A witness that does not satisfy the circuit gives a proof that does not verify; check it first
   * ({@link #prove(Groth16ProvingKey, R1cs, Fr[])} does).
   *
   * @throws IllegalArgumentException if the witness has the wrong length or does not start with 1
   */
  public static Groth16Proof prove(Groth16ProvingKey pk, Fr[] witness, RandomGenerator random, Executor executor,
      Progress progress) {
    return prepare(pk).prove(witness, random, executor, progress);
  }

  /** A proof with a {@link SecureRandom}, on the common pool, without progress reports. */
  public Groth16Proof prove(Fr[] witness) {
    return prove(witness, new SecureRandom(), ForkJoinPool.commonPool(), Progress.NONE);
  }

  /**
   * A proof. A witness that does not satisfy the circuit gives a proof that does not verify. Safe to call from
   * several threads at once.
   *
   * @throws IllegalArgumentException if the witness has the wrong length or does not start with 1
   */
  public Groth16Proof prove(Fr[] witness, RandomGenerator random, Executor executor, Progress progress) {
    if (witness.length != wires || !witness[0].isOne()) {
      throw new IllegalArgumentException("the key takes a witness of " + wires + " values starting with 1, got "
          + witness.length + (witness.length > 0 ? " starting with " + witness[0] : ""));
    }
    progress.update("evaluating the constraints", 0.0);
    long[] wm = new long[4 * wires]; // Montgomery, for the rows
    long[] w = new long[4 * wires]; // canonical, for the MSMs
    for (int i = 0; i < wires; i++) {
      witness[i].montgomeryLimbs(wm, 4 * i);
      witness[i].canonicalLimbs(w, 4 * i);
    }
    long[] av = new long[4 * n];
    long[] bv = new long[4 * n];
    // the key's A and B entries, in the key's order, told apart by their matrix: one thread each
    FrLimbs.forEach(executor, 2, matrix -> FrLimbs.sparseMulAdd(matrix == 0 ? av : bv, pk.coefMatrix(), matrix,
        pk.coefRow(), pk.coefWire(), pk.coefIndex(), pk.coefValues(), wm, 0, pk.coefRow().length));
    long[] cv = new long[4 * n];
    FrLimbs.mul(cv, av, bv, n, executor);
    progress.update("NTT to the coset", 0.05);
    NttDomain d = executor == ForkJoinPool.commonPool() ? domain : NttDomain.of(n, executor);
    long[] p = d.cosetProductMinus(av, bv, cv, shift);
    Fr r = Fr.random(random);
    Fr s = Fr.random(random);

    progress.update("MSM A", 0.15);
    G1Jacobian msmA = msm1(a, w, executor);
    progress.update("MSM B in G2", 0.3);
    G2Jacobian msmB2 = msm2(b2, w, executor);
    progress.update("MSM B in G1", 0.55);
    G1Jacobian msmB1 = msm1(b1, w, executor);
    progress.update("MSM C", 0.7);
    G1Jacobian msmC = msm1(c, w, executor);
    progress.update("MSM H", 0.8);
    G1Jacobian msmH = Msm.g1Flat(h, p, n, executor);

    G1Jacobian proofA = msmA.addMixed(pk.alpha1()).add(pk.delta1().toJacobian().multiply(r));
    G2Jacobian proofB = msmB2.addMixed(pk.beta2()).add(pk.delta2().toJacobian().multiply(s));
    G1Jacobian b1s = msmB1.addMixed(pk.beta1()).add(pk.delta1().toJacobian().multiply(s));
    G1Jacobian proofC = msmC.add(msmH).add(proofA.multiply(s)).add(b1s.multiply(r))
        .add(pk.delta1().toJacobian().multiply(r.multiply(s)).negate());
    progress.update("done", 1.0);
    return new Groth16Proof(proofA.toAffine(), proofB.toAffine(), proofC.toAffine());
  }

  /**
   * The query's scalars gathered from the canonical witness. Terms whose base is at infinity or whose scalar
   * is zero take no part; when they are more than a sixteenth, the others are copied out (the copy then pays
   * for itself), else the key's bases serve with those scalars left zero. Returns {bases, scalars, count}.
   */
  private static Object[] gather(Query q, long[] w) {
    int size = q.size();
    int[] kept = q.kept();
    int live = 0;
    for (int i : kept) {
      int o = 4 * (q.firstWire() + i);
      if ((w[o] | w[o + 1] | w[o + 2] | w[o + 3]) != 0) {
        live++;
      }
    }
    boolean compact = size - live > size / 16;
    int count = compact ? live : size;
    long[] scalars = new long[4 * count];
    long[] bases = compact ? new long[q.width() * count] : q.bases();
    int at = 0;
    for (int i : kept) {
      int o = 4 * (q.firstWire() + i);
      if (compact) {
        if ((w[o] | w[o + 1] | w[o + 2] | w[o + 3]) == 0) {
          continue;
        }
        System.arraycopy(q.bases(), q.width() * i, bases, q.width() * at, q.width());
        System.arraycopy(w, o, scalars, 4 * at++, 4);
      } else {
        System.arraycopy(w, o, scalars, 4 * i, 4);
      }
    }
    return new Object[] {bases, scalars, count};
  }

  private static G1Jacobian msm1(Query q, long[] w, Executor executor) {
    Object[] g = gather(q, w);
    return Msm.g1Flat((long[]) g[0], (long[]) g[1], (int) g[2], executor);
  }

  private static G2Jacobian msm2(Query q, long[] w, Executor executor) {
    Object[] g = gather(q, w);
    return Msm.g2Flat((long[]) g[0], (long[]) g[1], (int) g[2], executor);
  }
}
