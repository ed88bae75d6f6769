package org.snark4j.bridge.substrate;

/** Input that is not a valid SCALE encoding of what was asked for: what was expected, what came, where. */
public final class ScaleException extends IllegalArgumentException {
  public ScaleException(String message) {
    super(message);
  }
}
