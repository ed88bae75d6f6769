/**
 * Hash gadgets compatible with circomlib: each has a circuit form and a native twin that computes the same
 * value outside the circuit.
 */
package org.snark4j.circuits.gadgets.hash;
