/** Groth16 verification on zk-core alone, for light clients (being built: issue 4). */
package org.snark4j.verifier;
