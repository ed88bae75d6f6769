package org.snark4j.verifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.formats.ZkeyFile;

/**
 * A Groth16 verifying key on BN254: α ∈ G1, β, γ, δ ∈ G2 and IC₀..ICₙ ∈ G1 for n public inputs. Immutable;
 * the points are valid by construction (the factories of zk-core check curve and subgroup).
 *
 * @param ic IC₀ followed by one point per public input
 */
public record Groth16VerifyingKey(G1Affine alpha, G2Affine beta, G2Affine gamma, G2Affine delta, List<G1Affine> ic) {
  public Groth16VerifyingKey {
    if (alpha == null || beta == null || gamma == null || delta == null || ic == null) {
      throw new IllegalArgumentException("a verifying key needs alpha, beta, gamma, delta and IC");
    }
    if (ic.isEmpty()) {
      throw new IllegalArgumentException("a verifying key needs at least IC0");
    }
    ic = List.copyOf(ic);
  }

  /**
   * The verifying key in a Groth16 .zkey, as {@code snarkjs zkey export verificationkey} takes it: only the
   * header and IC are read (and checked), not the proving key's bulk.
   *
   * @throws org.snark4j.formats.FormatException if the file is not a valid Groth16 .zkey
   */
  public static Groth16VerifyingKey readZkey(Path zkey) throws IOException {
    ZkeyFile.Header h = ZkeyFile.readHeader(zkey);
    return new Groth16VerifyingKey(h.alpha1(), h.beta2(), h.gamma2(), h.delta2(), h.ic());
  }

  /** The number of public inputs (outputs first, then inputs, as snarkjs's public.json). */
  public int publicInputCount() {
    return ic.size() - 1;
  }

  /**
   * Whether δ equals γ or the G2 generator: the key of a setup nobody contributed to after
   * {@code snarkjs groth16 setup}, for which anyone can forge proofs.
   */
  public boolean isUncontributed() {
    return delta.equals(gamma) || delta.equals(G2Affine.GENERATOR);
  }
}
