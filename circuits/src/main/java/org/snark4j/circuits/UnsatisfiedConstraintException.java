package org.snark4j.circuits;

/**
 * The inputs do not satisfy the circuit: a constraint fails, or a solving step (an inverse of zero, a hint)
 * cannot run. Says which constraint or step, the gadget and source line that made it, and the values.
 */
public final class UnsatisfiedConstraintException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int constraintIndex;
  private final String gadget;
  private final String source;

  UnsatisfiedConstraintException(String message, int constraintIndex, String gadget, String source) {
    super(message + where(gadget, source));
    this.constraintIndex = constraintIndex;
    this.gadget = gadget;
    this.source = source;
  }

  private static String where(String gadget, String source) {
    StringBuilder sb = new StringBuilder();
    if (!gadget.isEmpty()) {
      sb.append(" in gadget ").append(gadget);
    }
    if (!source.isEmpty()) {
      sb.append(" at ").append(source);
    }
    return sb.toString();
  }

  /** The index of the failing constraint in the R1CS, or -1 when a solving step failed before the check. */
  public int constraintIndex() {
    return constraintIndex;
  }

  /** The gadget scope ("Merkle/Poseidon(2)"), or "" outside any gadget. */
  public String gadget() {
    return gadget;
  }

  /** The source line that made the constraint ("MyCircuit.define(MyCircuit.java:42)"), or "". */
  public String source() {
    return source;
  }
}
