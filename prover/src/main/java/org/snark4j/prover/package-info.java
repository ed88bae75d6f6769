/** Groth16 setup and prover (being built: issue 4). */
package org.snark4j.prover;
