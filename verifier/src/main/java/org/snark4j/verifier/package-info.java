/**
 * Groth16 verification on BN254: {@link org.snark4j.verifier.Groth16VerifyingKey},
 * {@link org.snark4j.verifier.Groth16Proof}, {@link org.snark4j.verifier.Groth16Verifier} (single and batch),
 * and snarkjs's JSON files ({@link org.snark4j.verifier.SnarkjsFiles}).
 */
package org.snark4j.verifier;
