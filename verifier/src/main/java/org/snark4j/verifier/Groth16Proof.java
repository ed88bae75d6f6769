package org.snark4j.verifier;

import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;

/** A Groth16 proof (A ∈ G1, B ∈ G2, C ∈ G1) on BN254. Immutable; points valid by construction. */
public record Groth16Proof(G1Affine a, G2Affine b, G1Affine c) {
  public Groth16Proof {
    if (a == null || b == null || c == null) {
      throw new IllegalArgumentException("a proof needs A, B and C");
    }
  }
}
