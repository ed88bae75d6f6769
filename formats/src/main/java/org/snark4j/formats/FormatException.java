package org.snark4j.formats;

/**
 * A snarkjs or circom file (.r1cs, .wtns, .zkey, .ptau, or a circom .wasm) is malformed: the message names the
 * file or section, what was expected and what came.
 */
public final class FormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public FormatException(String message) {
    super(message);
  }
}
