/**
 * Arithmetic circuits over BN254's scalar field: a {@link org.snark4j.circuits.Circuit} implements
 * {@code define(Api)}; {@link org.snark4j.circuits.CompiledCircuit#compile} turns it into an
 * {@link org.snark4j.circuits.R1cs} and solves witnesses from an {@link org.snark4j.circuits.Assignment}.
 */
package org.snark4j.circuits;
