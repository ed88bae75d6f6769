/** Merkle inclusion proofs over Poseidon. */
package org.snark4j.circuits.gadgets.merkle;
