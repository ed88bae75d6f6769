package org.snark4j.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.snark4j.core.bn254.Fr;

/**
 * The one assertion harness for circuits and gadgets (STYLE.md 11): a valid assignment solves and satisfies
 * the R1CS; an invalid one is refused by the solver with the failing constraint named.
 */
final class CircuitAssert {
  private CircuitAssert() {}

  /** Compiles a fresh circuit, solves it and checks the witness against the R1CS; returns the witness. */
  static Witness assertSolves(Supplier<? extends Circuit> circuit, Assignment assignment) {
    CompiledCircuit cc = CompiledCircuit.compile(circuit.get());
    Witness w = cc.solve(assignment);
    assertTrue(cc.r1cs().isSatisfied(w.values()), "solver witness does not satisfy the R1CS");
    return w;
  }

  /** The assignment must be refused. */
  static UnsatisfiedConstraintException assertFails(Supplier<? extends Circuit> circuit, Assignment assignment) {
    CompiledCircuit cc = CompiledCircuit.compile(circuit.get());
    return assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(assignment));
  }

  /** The number of constraints the circuit compiles to. */
  static int constraints(Circuit circuit) {
    return CompiledCircuit.compile(circuit).r1cs().constraintCount();
  }

  /** A witness value by wire; for readable asserts. */
  static void assertWire(Witness w, int wire, Fr expected) {
    assertEquals(expected, w.get(wire));
  }
}
