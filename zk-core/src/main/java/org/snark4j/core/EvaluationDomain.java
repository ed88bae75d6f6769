package org.snark4j.core;

/**
 * A radix-2 evaluation domain {1, ω, …, ω^(n-1)} of a curve's scalar field, as protocols written once over
 * {@link PairingCurve} use it. Each curve's {@code NttDomain} implements it.
 *
 * @param <S> the scalar field's element type
 */
public interface EvaluationDomain<S extends FieldElement<S>> {
  /** n. */
  int size();

  /** ω, a primitive n-th root of unity. */
  S omega();

  /** Evaluations of the polynomial with these n coefficients. */
  S[] forward(S[] coefficients);

  /** Coefficients of the polynomial with these n evaluations. */
  S[] inverse(S[] evaluations);

  /** Evaluations on the coset shift·⟨ω⟩. */
  S[] cosetForward(S[] coefficients, S shift);

  /** Coefficients from evaluations on the coset shift·⟨ω⟩. */
  S[] cosetInverse(S[] evaluations, S shift);
}
