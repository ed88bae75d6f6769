package org.snark4j.circuits;

import org.snark4j.core.bn254.Fr;

/**
 * A value computed outside the circuit while solving (a bit decomposition, an inverse, a square root). The
 * outputs are not constrained by the hint itself: the gadget that uses a hint must constrain what it returns.
 */
@FunctionalInterface
public interface Hint {
  /**
   * Computes the outputs from the input values.
   *
   * @param inputs the values of the hint's input variables
   * @param outputs where to write the values, as many as the hint was allocated with
   * @throws IllegalArgumentException if the inputs admit no answer (the solver reports it with the hint's
   *     gadget and source line)
   */
  void compute(Fr[] inputs, Fr[] outputs);
}
