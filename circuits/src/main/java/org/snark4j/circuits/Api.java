package org.snark4j.circuits;

import java.math.BigInteger;
import org.snark4j.core.bn254.Fr;

/**
 * What a circuit's {@link Circuit#define} builds with: one interface in sections. Every method says what
 * it adds to the constraint system. Linear operations (add, sub, neg, scaling by a constant) cost nothing;
 * operations on constants fold to constants; "constraint" means one rank-1 constraint A·B = C.
 *
 * <p>Methods that take bits expect variables already constrained to 0 or 1 (by {@link #toBinary},
 * {@link #assertBoolean} or a comparison); they do not check it again.
 */
public interface Api {
  // ------------------------------------------------------------------ inputs

  /** Allocates a public input (for sizes known only at run time). Must be named uniquely. */
  Variable publicInput(String name);

  /** Allocates a secret input (for sizes known only at run time). Must be named uniquely. */
  Variable secretInput(String name);

  // ------------------------------------------------------------------ arithmetic

  /** The constant v (0 constraints). */
  Variable constant(Fr v);

  /** The constant v (0 constraints). */
  default Variable constant(long v) {
    return constant(Fr.reduce(BigInteger.valueOf(v)));
  }

  /**
   * The constant v, which must be in [0, r).
   *
   * @throws IllegalArgumentException otherwise
   */
  default Variable constant(BigInteger v) {
    return constant(Fr.of(v));
  }

  /** a + b + more... (0 constraints). */
  Variable add(Variable a, Variable b, Variable... more);

  /** a - b (0 constraints). */
  Variable sub(Variable a, Variable b);

  /** -a (0 constraints). */
  Variable neg(Variable a);

  /** a·b: 1 constraint a·b = w for a new wire w; 0 if a or b is a constant. */
  Variable mul(Variable a, Variable b);

  /** acc + a·b: as {@link #mul}, the addition is free. */
  Variable mulAcc(Variable acc, Variable a, Variable b);

  /**
   * a / b: constrains b·inv = 1 and returns a·inv (2 constraints; 1 if a is constant, 0 if b is). The
   * circuit is unsatisfiable when b = 0.
   */
  Variable div(Variable a, Variable b);

  /** a⁻¹: 1 constraint a·w = 1; unsatisfiable when a = 0. A constant folds (and must not be 0). */
  Variable inverse(Variable a);

  // ------------------------------------------------------------------ bits

  /**
   * The n little-endian bits of a, n from 1 to 254: n constraints (each bit boolean; the recomposition
   * Σ bᵢ·2^i = a is folded into the last bit's constraint). For n = 254 the bits could also spell a + r, so an
   * alias check adds about 130 more constraints to force the bits below r. Unsatisfiable when a ≥ 2^n.
   */
  Variable[] toBinary(Variable a, int n);

  /** Σ bitsᵢ·2^i, little-endian (0 constraints; the bits are not checked to be boolean). */
  Variable fromBinary(Variable... bits);

  /** a AND b for bits: 1 constraint (a·b). */
  Variable and(Variable a, Variable b);

  /** a OR b for bits: 1 constraint (a + b - a·b). */
  Variable or(Variable a, Variable b);

  /** a XOR b for bits: 1 constraint (a + b - 2·a·b). */
  Variable xor(Variable a, Variable b);

  // ------------------------------------------------------------------ conditionals

  /** cond ? ifTrue : ifFalse for a bit cond: 1 constraint cond·(ifTrue - ifFalse); 0 if that difference or cond is constant. */
  Variable select(Variable cond, Variable ifTrue, Variable ifFalse);

  /**
   * y[b0 + 2·b1] for bits b0, b1: 3 constraints; 1 when the four values are constants.
   */
  Variable lookup2(Variable b0, Variable b1, Variable y0, Variable y1, Variable y2, Variable y3);

  /** 1 if a = 0, else 0: 2 constraints (a·inv = 1 - out, a·out = 0). */
  Variable isZero(Variable a);

  /**
   * 1 if a &gt; b, 0 if a = b, -1 if a &lt; b, for a and b below 2^bits (bits from 1 to 252; values outside
   * make it unsatisfiable): bits + 3 constraints.
   */
  Variable cmp(Variable a, Variable b, int bits);

  /** 1 if a &lt; b else 0, for a and b below 2^bits (bits from 1 to 252): bits + 1 constraints. */
  Variable isLess(Variable a, Variable b, int bits);

  // ------------------------------------------------------------------ assertions

  /** a = b: 1 constraint (a - b)·1 = 0; none if both are constants (then they must be equal now). */
  void assertEqual(Variable a, Variable b);

  /** a·b = c: 1 constraint, stated directly (none if all three fold to constants, which must then agree). */
  void assertProduct(Variable a, Variable b, Variable c);

  /** a ∈ {0, 1}: 1 constraint a·(a - 1) = 0. */
  void assertBoolean(Variable a);

  /** 0 ≤ a &lt; 2^bits, bits from 1 to 252: bits constraints (a bit decomposition). */
  void assertInRange(Variable a, int bits);

  /**
   * a ≤ b for a and b already known to be below 2^bits (bits from 1 to 252): bits constraints (b - a is in
   * range; it wraps to a huge value when a &gt; b).
   */
  void assertLessOrEqual(Variable a, Variable b, int bits);

  // ------------------------------------------------------------------ hints

  /**
   * Values computed outside the circuit while solving, as new wires, with no constraint: the caller must
   * constrain them (a hint's output that nothing constrains can take any value in a proof).
   *
   * @param name what the hint computes, for error messages
   */
  Variable[] hint(String name, Hint hint, int outputs, Variable... inputs);

  // ------------------------------------------------------------------ structure

  /**
   * Labels the constraints made until the scope is closed with a gadget name, shown in errors and statistics.
   * Use with try-with-resources; scopes nest ("Merkle/Poseidon(2)").
   */
  Scope scope(String gadget);

  /** An open gadget scope. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
