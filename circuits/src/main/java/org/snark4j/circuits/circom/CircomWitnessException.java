package org.snark4j.circuits.circom;

/** circom's witness calculator refused the inputs (a failed assert, a signal set twice...), with its message. */
public final class CircomWitnessException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public CircomWitnessException(String message) {
    super(message);
  }
}
