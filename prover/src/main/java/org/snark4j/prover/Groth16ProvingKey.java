package org.snark4j.prover;

import java.util.List;
import org.snark4j.circuits.R1cs;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * A Groth16 proving key on BN254 for one R1CS, with its verifying key. Immutable (the lists are copies).
 *
 * @param domainSize n, the power of two ≥ constraints + public inputs + 1
 * @param a [Aᵢ(τ)]₁ for every wire
 * @param b1 [Bᵢ(τ)]₁ for every wire
 * @param b2 [Bᵢ(τ)]₂ for every wire
 * @param c [(β·Aᵢ(τ) + α·Bᵢ(τ) + Cᵢ(τ))/δ]₁ for every private wire (after the public ones)
 * @param h [Kⱼ(τ)·Z(τ)/(−2δ)]₁ for j &lt; n: the Lagrange basis of the odd coset, scaled so the prover needs
 *     no division
 */
public record Groth16ProvingKey(R1cs r1cs, int domainSize, G1Affine alpha1, G1Affine beta1, G2Affine beta2,
    G1Affine delta1, G2Affine delta2, List<G1Affine> a, List<G1Affine> b1, List<G2Affine> b2, List<G1Affine> c,
    List<G1Affine> h, Groth16VerifyingKey verifyingKey) {
  public Groth16ProvingKey {
    a = List.copyOf(a);
    b1 = List.copyOf(b1);
    b2 = List.copyOf(b2);
    c = List.copyOf(c);
    h = List.copyOf(h);
    int w = r1cs.wireCount();
    if (a.size() != w || b1.size() != w || b2.size() != w || c.size() != w - 1 - r1cs.publicCount()
        || h.size() != domainSize) {
      throw new IllegalArgumentException("proving key sizes do not match the R1CS (" + w + " wires, domain "
          + domainSize + ")");
    }
  }
}
