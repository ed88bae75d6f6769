package org.snark4j.circuits;

import java.util.Arrays;
import java.util.List;
import org.snark4j.core.bn254.Fr;

/** The full assignment of every wire of an {@link R1cs}: 1, the public inputs, the secret inputs, the rest. */
public final class Witness {
  private final Fr[] values;
  private final int nPublic;

  Witness(Fr[] values, int nPublic) {
    this.values = values;
    this.nPublic = nPublic;
  }

  /** A witness from its values (wire 0 must be 1), e.g. one read from a .wtns file. */
  public static Witness of(Fr[] values, int nPublic) {
    if (values.length == 0 || !values[0].isOne()) {
      throw new IllegalArgumentException("a witness starts with the constant 1");
    }
    if (nPublic < 0 || nPublic >= values.length) {
      throw new IllegalArgumentException("public count " + nPublic + " out of range for " + values.length + " wires");
    }
    return new Witness(values.clone(), nPublic);
  }

  public int size() {
    return values.length;
  }

  public Fr get(int wire) {
    return values[wire];
  }

  /** All values, a copy. */
  public Fr[] values() {
    return values.clone();
  }

  /** The public inputs, in wire order (what a verifier is given). */
  public List<Fr> publicInputs() {
    return Arrays.asList(Arrays.copyOfRange(values, 1, 1 + nPublic));
  }
}
