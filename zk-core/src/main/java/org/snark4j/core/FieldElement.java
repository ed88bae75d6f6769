package org.snark4j.core;

import java.math.BigInteger;

/**
 * An element of a finite field: immutable, with the operations every field of snark4j offers. Laws tests
 * run one suite against every implementation (field axioms, inverse, exponentiation).
 *
 * @param <F> the implementing type
 */
public interface FieldElement<F extends FieldElement<F>> {
  /** this + other. */
  F add(F other);

  /** this - other. */
  F subtract(F other);

  /** this · other. */
  F multiply(F other);

  /** this². */
  F square();

  /** -this. */
  F negate();

  /**
   * this^-1.
   *
   * @throws ArithmeticException if this is zero
   */
  F inverse();

  /** this^e for e ≥ 0 (this^0 = 1, also for zero). */
  F pow(BigInteger e);

  boolean isZero();

  boolean isOne();
}
