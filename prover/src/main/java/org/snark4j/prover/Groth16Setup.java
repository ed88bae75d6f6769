package org.snark4j.prover;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.snark4j.circuits.R1cs;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.G2Jacobian;
import org.snark4j.core.bn254.NttDomain;
import org.snark4j.core.bn254.SnarkjsBinaryCodec;
import org.snark4j.formats.PtauFile;
import org.snark4j.verifier.Groth16VerifyingKey;

/** Groth16 key generation. */
public final class Groth16Setup {
  private Groth16Setup() {}

  /**
   * A proving and verifying key from fresh randomness in this process: <b>for development and tests only,
   * not for production</b> — whoever runs it knows the toxic waste (τ, α, β, γ, δ) and could forge proofs;
   * it is not kept, but nothing proves that. Production keys come from a ceremony (Powers of Tau and a
   * phase-2 contribution).
   */
  public static Groth16ProvingKey developmentSetup(R1cs r1cs, RandomGenerator random) {
    int n = Qap.domainSize(r1cs);
    int wires = r1cs.wireCount();
    int nPub = r1cs.publicCount();
    Fr omega = NttDomain.rootOfUnity(n);
    Fr g = Qap.cosetShift(n);
    Fr tau;
    Fr tauN;
    do {
      tau = Fr.random(random);
      tauN = Qap.pow(tau, n);
    } while (tauN.isOne() || tauN.equals(Fr.ONE.negate())); // τ on neither the domain nor the coset
    Fr alpha = nonZero(random);
    Fr beta = nonZero(random);
    Fr gamma = nonZero(random);
    Fr delta = nonZero(random);

    // Lagrange basis of the domain at τ: Lⱼ(τ) = ωʲ·(τⁿ − 1) / (n·(τ − ωʲ))
    Fr[] lagrange = basis(tau, omega, Fr.ONE, tauN.subtract(Fr.ONE), n);
    Fr[] ta = zeros(wires);
    Fr[] tb = zeros(wires);
    Fr[] tc = zeros(wires);
    int m = r1cs.constraintCount();
    for (int j = 0; j < m; j++) {
      R1cs.Constraint k = r1cs.constraints().get(j);
      accumulate(ta, k.a(), lagrange[j]);
      accumulate(tb, k.b(), lagrange[j]);
      accumulate(tc, k.c(), lagrange[j]);
    }
    for (int i = 0; i <= nPub; i++) {
      ta[i] = ta[i].add(lagrange[m + i]);
    }
    // the coset's basis at τ: Kⱼ(τ) = xⱼ·(τⁿ − gⁿ) / (n·gⁿ·(τ − xⱼ)) with xⱼ = g·ωʲ and gⁿ = −1,
    // scaled by Z(τ)/(−2δ) so the prover multiplies by A·B − C on the coset without dividing by Z = −2
    Fr[] coset = basis(tau, omega, g, tauN.add(Fr.ONE).negate(), n);
    Fr hScale = tauN.subtract(Fr.ONE).multiply(Qap.MINUS_TWO_INV).multiply(delta.inverse());
    Fr[] hs = new Fr[n];
    for (int j = 0; j < n; j++) {
      hs[j] = coset[j].multiply(hScale);
    }
    Fr gammaInv = gamma.inverse();
    Fr deltaInv = delta.inverse();
    Fr[] ic = new Fr[nPub + 1];
    Fr[] cq = new Fr[wires - nPub - 1];
    for (int i = 0; i < wires; i++) {
      Fr v = beta.multiply(ta[i]).add(alpha.multiply(tb[i])).add(tc[i]);
      if (i <= nPub) {
        ic[i] = v.multiply(gammaInv);
      } else {
        cq[i - nPub - 1] = v.multiply(deltaInv);
      }
    }
    G1Affine[] single1 = g1(new Fr[] {alpha, beta, delta});
    G2Affine[] single2 = g2(new Fr[] {beta, gamma, delta});
    Groth16VerifyingKey vk = new Groth16VerifyingKey(single1[0], single2[0], single2[1], single2[2], List.of(g1(ic)));
    return new Groth16ProvingKey(wires, nPub, n, Qap.coefficients(r1cs), single1[0], single1[1], single2[0],
        single1[2], single2[2], List.of(g1(ta)), List.of(g1(tb)), List.of(g2(tb)), List.of(g1(cq)),
        List.of(g1(hs)), vk);
  }

  /**
   * The phase-2 starting key from a prepared Powers of Tau file, as {@code snarkjs groth16 setup} makes it
   * (point for point the same .zkey content): A, B and the C/IC queries are sums of the file's Lagrange points
   * weighted by the R1CS coefficients, H comes from the odd Lagrange points of the domain of 2n, and γ = δ = 1.
   * <b>The key is not yet safe</b>: with δ = 1 anyone can forge proofs until at least one phase-2 contribution
   * changes δ; {@link org.snark4j.verifier.Groth16Verifier} refuses such keys by default.
   *
   * @throws IllegalArgumentException when the circuit needs a larger ceremony than the file holds
   */
  public static Groth16ProvingKey fromPtau(R1cs r1cs, PtauFile ptau) {
    int n = Qap.domainSize(r1cs);
    int log = Integer.numberOfTrailingZeros(n);
    if (log + 1 > ptau.power()) {
      throw new IllegalArgumentException("the circuit needs a Powers of Tau of 2^" + (log + 1) + " (domain of 2^"
          + log + " and its double for H); the file has 2^" + ptau.power());
    }
    int wires = r1cs.wireCount();
    int nPub = r1cs.publicCount();
    int m = r1cs.constraintCount();
    int rows = Qap.rows(r1cs);
    G1Affine[] l1 = new G1Affine[rows];
    G2Affine[] l2 = new G2Affine[rows];
    G1Affine[] la = new G1Affine[rows];
    G1Affine[] lb = new G1Affine[rows];
    IntStream.range(0, rows).parallel().forEach(j -> {
      l1[j] = ptau.lagrangeG1(n, j);
      l2[j] = ptau.lagrangeG2OnTwist(n, j);
      la[j] = ptau.lagrangeAlphaG1(n, j);
      lb[j] = ptau.lagrangeBetaG1(n, j);
    });
    G1Affine[] h = new G1Affine[n];
    IntStream.range(0, n).parallel().forEach(i -> h[i] = ptau.lagrangeG1(2 * n, 2 * i + 1));
    if (!G2Affine.allInSubgroup(l2)) {
      throw new org.snark4j.formats.FormatException(".ptau: a point of section 13 (lTauG2) for the "
          + "domain of " + n + " is on the twist but not in the subgroup of order r");
    }

    // per wire: the terms (row, coefficient) of A, B and C, the input rows included in A
    List<List<Term>> ta = terms(wires);
    List<List<Term>> tb = terms(wires);
    List<List<Term>> tc = terms(wires);
    for (int j = 0; j < m; j++) {
      R1cs.Constraint k = r1cs.constraints().get(j);
      collect(ta, k.a(), j);
      collect(tb, k.b(), j);
      collect(tc, k.c(), j);
    }
    for (int i = 0; i <= nPub; i++) {
      ta.get(i).add(new Term(m + i, Fr.ONE));
    }
    G1Jacobian[] a = new G1Jacobian[wires];
    G1Jacobian[] b1 = new G1Jacobian[wires];
    G2Jacobian[] b2 = new G2Jacobian[wires];
    G1Jacobian[] cic = new G1Jacobian[wires];
    IntStream.range(0, wires).parallel().forEach(w -> {
      a[w] = sum(ta.get(w), l1);
      b1[w] = sum(tb.get(w), l1);
      b2[w] = sum2(tb.get(w), l2);
      cic[w] = sum(ta.get(w), lb).add(sum(tb.get(w), la)).add(sum(tc.get(w), l1));
    });
    G1Affine[] cicAffine = G1Jacobian.toAffine(cic);
    Groth16VerifyingKey vk = new Groth16VerifyingKey(ptau.alpha1(), ptau.beta2(), G2Affine.GENERATOR,
        G2Affine.GENERATOR, List.of(java.util.Arrays.copyOfRange(cicAffine, 0, nPub + 1)));
    return new Groth16ProvingKey(wires, nPub, n, Qap.coefficients(r1cs), ptau.alpha1(), ptau.beta1(), ptau.beta2(),
        G1Affine.GENERATOR, G2Affine.GENERATOR, List.of(G1Jacobian.toAffine(a)), List.of(G1Jacobian.toAffine(b1)),
        List.of(G2Jacobian.toAffine(b2)), List.of(java.util.Arrays.copyOfRange(cicAffine, nPub + 1, wires)),
        List.of(h), vk);
  }

  /**
   * The circuit hash {@code snarkjs groth16 setup} records in a new .zkey (and {@code zkey verify} checks): BLAKE2b-512
   * over the starting key's α₁, β₁, β₂, γ₂, δ₁, δ₂, then IC, the H-check points [τ^(i+n)]₁ − [τ^i]₁ from the
   * ptau, C, A, B₁ and B₂, each list after its length (u32, big-endian), every point uncompressed (big-endian
   * coordinates, G2 as x.c1, x.c0, y.c1, y.c0). Defined for the key {@link #fromPtau} makes from the same file.
   */
  public static byte[] circuitHash(Groth16ProvingKey pk, PtauFile ptau) {
    org.bouncycastle.crypto.digests.Blake2bDigest h = new org.bouncycastle.crypto.digests.Blake2bDigest(512);
    java.util.function.Consumer<byte[]> put = b -> h.update(b, 0, b.length);
    put.accept(uncompressed(pk.alpha1()));
    put.accept(uncompressed(pk.beta1()));
    put.accept(uncompressed(pk.beta2()));
    put.accept(uncompressed(pk.verifyingKey().gamma()));
    put.accept(uncompressed(pk.delta1()));
    put.accept(uncompressed(pk.delta2()));
    hashG1(put, pk.verifyingKey().ic());
    // snarkjs hashes in chunks of 2^14 points from 0 while below n − 1: n − 1 points up to 2^14, else n
    int n = pk.domainSize();
    put.accept(u32(n - 1));
    List<Integer> indices = new java.util.ArrayList<>();
    for (int i = 0; i < n - 1; i += 1 << 14) {
      int chunk = Math.min(n - 1, 1 << 14);
      for (int j = 0; j < chunk; j++) {
        indices.add(i + j);
      }
    }
    G1Jacobian[] diff = new G1Jacobian[indices.size()];
    IntStream.range(0, diff.length).parallel().forEach(j -> {
      int i = indices.get(j);
      diff[j] = ptau.tauG1(i + n).toJacobian().add(ptau.tauG1(i).negate().toJacobian());
    });
    for (G1Affine p : G1Jacobian.toAffine(diff)) {
      put.accept(uncompressed(p));
    }
    hashG1(put, pk.c());
    hashG1(put, pk.a());
    hashG1(put, pk.b1());
    put.accept(u32(pk.b2().size()));
    for (G2Affine p : pk.b2()) {
      put.accept(uncompressed(p));
    }
    byte[] out = new byte[64];
    h.doFinal(out, 0);
    return out;
  }

  private static void hashG1(java.util.function.Consumer<byte[]> put, List<G1Affine> points) {
    put.accept(u32(points.size()));
    for (G1Affine p : points) {
      put.accept(uncompressed(p));
    }
  }

  private static byte[] u32(int v) {
    return java.nio.ByteBuffer.allocate(4).putInt(v).array();
  }

  /** ffjavascript's uncompressed form of a point, what the transcripts and the circuit hash take. */
  static byte[] uncompressed(G1Affine p) {
    return SnarkjsBinaryCodec.encodeG1Uncompressed(p);
  }

  static byte[] uncompressed(G2Affine p) {
    return SnarkjsBinaryCodec.encodeG2Uncompressed(p);
  }

  private record Term(int row, Fr coefficient) {}

  private static List<List<Term>> terms(int wires) {
    List<List<Term>> out = new java.util.ArrayList<>(wires);
    for (int i = 0; i < wires; i++) {
      out.add(new java.util.ArrayList<>(2));
    }
    return out;
  }

  private static void collect(List<List<Term>> acc, R1cs.Lc lc, int row) {
    for (int t = 0; t < lc.size(); t++) {
      acc.get(lc.wires()[t]).add(new Term(row, lc.coeffs()[t]));
    }
  }

  private static final Fr MINUS_ONE = Fr.ONE.negate();

  private static G1Jacobian sum(List<Term> terms, G1Affine[] points) {
    G1Jacobian acc = G1Jacobian.INFINITY;
    for (Term t : terms) {
      G1Affine p = points[t.row()];
      if (t.coefficient().isOne()) {
        acc = acc.addMixed(p);
      } else if (t.coefficient().equals(MINUS_ONE)) {
        acc = acc.addMixed(p.negate());
      } else {
        acc = acc.add(p.toJacobian().multiply(t.coefficient()));
      }
    }
    return acc;
  }

  private static G2Jacobian sum2(List<Term> terms, G2Affine[] points) {
    G2Jacobian acc = G2Jacobian.INFINITY;
    for (Term t : terms) {
      G2Affine p = points[t.row()];
      if (t.coefficient().isOne()) {
        acc = acc.addMixed(p);
      } else if (t.coefficient().equals(MINUS_ONE)) {
        acc = acc.addMixed(p.negate());
      } else {
        acc = acc.add(p.toJacobian().multiply(t.coefficient()));
      }
    }
    return acc;
  }

  private static Fr nonZero(RandomGenerator random) {
    Fr x;
    do {
      x = Fr.random(random);
    } while (x.isZero());
    return x;
  }

  private static Fr[] zeros(int n) {
    Fr[] z = new Fr[n];
    java.util.Arrays.fill(z, Fr.ZERO);
    return z;
  }

  private static void accumulate(Fr[] acc, R1cs.Lc lc, Fr l) {
    for (int t = 0; t < lc.size(); t++) {
      int w = lc.wires()[t];
      acc[w] = acc[w].add(lc.coeffs()[t].multiply(l));
    }
  }

  /** xⱼ·numerator / (n·(τ − xⱼ)) for xⱼ = shift·ωʲ, with one batch inversion (numerator carries 1/shiftⁿ). */
  private static Fr[] basis(Fr tau, Fr omega, Fr shift, Fr numerator, int n) {
    Fr[] x = new Fr[n];
    Fr[] den = new Fr[n];
    Fr cur = shift;
    Fr nFr = Fr.of(n);
    for (int j = 0; j < n; j++) {
      x[j] = cur;
      den[j] = nFr.multiply(tau.subtract(cur));
      cur = cur.multiply(omega);
    }
    Fr[] inv = batchInverse(den);
    Fr[] out = new Fr[n];
    for (int j = 0; j < n; j++) {
      out[j] = x[j].multiply(numerator).multiply(inv[j]);
    }
    return out;
  }

  static Fr[] batchInverse(Fr[] v) {
    Fr[] prefix = new Fr[v.length];
    Fr acc = Fr.ONE;
    for (int i = 0; i < v.length; i++) {
      prefix[i] = acc;
      acc = acc.multiply(v[i]);
    }
    Fr inv = acc.inverse();
    Fr[] out = new Fr[v.length];
    for (int i = v.length - 1; i >= 0; i--) {
      out[i] = inv.multiply(prefix[i]);
      inv = inv.multiply(v[i]);
    }
    return out;
  }

  /** [sᵢ]₁ for each scalar. */
  static G1Affine[] g1(Fr[] scalars) {
    return org.snark4j.core.bn254.FixedBaseMul.g1(G1Affine.GENERATOR, scalars);
  }

  /** [sᵢ]₂ for each scalar. */
  static G2Affine[] g2(Fr[] scalars) {
    return org.snark4j.core.bn254.FixedBaseMul.g2(G2Affine.GENERATOR, scalars);
  }
}
