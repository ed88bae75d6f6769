package org.snark4j.prover;

import java.util.List;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * A Groth16 proving key on BN254, with its verifying key, in the shape of snarkjs's .zkey: the A and B rows of
 * the QAP (the constraints' A and B, then one row per public wire with A = 1 on it; C is A·B row by row) and
 * the point queries. Immutable (the lists are copies).
 *
 * @param wires the number of wires (the constant one included)
 * @param publicCount public inputs (wires 1..publicCount)
 * @param domainSize n, the power of two ≥ the rows
 * @param coefficients the sparse A and B rows
 * @param a [Aᵢ(τ)]₁ for every wire
 * @param b1 [Bᵢ(τ)]₁ for every wire
 * @param b2 [Bᵢ(τ)]₂ for every wire
 * @param c [(β·Aᵢ(τ) + α·Bᵢ(τ) + Cᵢ(τ))/δ]₁ for every private wire (after the public ones)
 * @param h the H query over the odd coset of the 2n-th roots, scaled so the prover weights it by A·B − C there
 */
public record Groth16ProvingKey(int wires, int publicCount, int domainSize, List<Coefficient> coefficients,
    G1Affine alpha1, G1Affine beta1, G2Affine beta2, G1Affine delta1, G2Affine delta2, List<G1Affine> a,
    List<G1Affine> b1, List<G2Affine> b2, List<G1Affine> c, List<G1Affine> h, Groth16VerifyingKey verifyingKey) {

  /** One non-zero entry of the A (matrix 0) or B (matrix 1) rows. */
  public record Coefficient(int matrix, int row, int wire, Fr value) {}

  public Groth16ProvingKey {
    coefficients = List.copyOf(coefficients);
    a = List.copyOf(a);
    b1 = List.copyOf(b1);
    b2 = List.copyOf(b2);
    c = List.copyOf(c);
    h = List.copyOf(h);
    if (a.size() != wires || b1.size() != wires || b2.size() != wires || c.size() != wires - 1 - publicCount
        || h.size() != domainSize || verifyingKey.publicInputCount() != publicCount) {
      throw new IllegalArgumentException("proving key sizes do not match: " + wires + " wires, " + publicCount
          + " public, domain " + domainSize + "; got A " + a.size() + ", B1 " + b1.size() + ", B2 " + b2.size()
          + ", C " + c.size() + ", H " + h.size() + ", IC " + verifyingKey.ic().size());
    }
    for (Coefficient k : coefficients) {
      if (k.matrix() < 0 || k.matrix() > 1 || k.row() < 0 || k.row() >= domainSize || k.wire() < 0 || k.wire() >= wires) {
        throw new IllegalArgumentException("coefficient out of range: " + k);
      }
    }
  }
}
