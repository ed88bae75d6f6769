/** Multiplexers and decoders. */
package org.snark4j.circuits.gadgets.mux;
