package org.snark4j.circuits.circom;

/** A circom/snarkjs binary file (.r1cs, .wtns) is malformed: says what was expected and what came. */
public final class CircomFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public CircomFormatException(String message) {
    super(message);
  }
}
