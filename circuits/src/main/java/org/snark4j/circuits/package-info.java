/** Arithmetic circuits, R1CS, witness solving and gadgets (being built: issue 3). */
package org.snark4j.circuits;
