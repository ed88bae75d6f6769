/**
 * Groth16 on BN254: {@link org.snark4j.prover.Groth16ProvingKey}, a development setup
 * ({@link org.snark4j.prover.Groth16Setup#developmentSetup}, not for production) and
 * {@link org.snark4j.prover.Groth16Prover}. The QAP follows snarkjs's conventions: one extra row per public
 * wire (A = 1 on that wire), C taken as A·B row by row, H evaluated on the odd coset of the 2n-th roots.
 */
package org.snark4j.prover;
