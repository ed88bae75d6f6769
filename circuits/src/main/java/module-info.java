/** Arithmetic circuits over BN254's Fr: the circuit API, compilation to R1CS and witness solving. */
module org.snark4j.circuits {
  requires transitive org.snark4j.formats;
  // Chicory 1.5 has no module descriptor: its automatic module names come from the jar names
  requires runtime;
  requires wasm;
  requires com.fasterxml.jackson.databind;

  exports org.snark4j.circuits;
  exports org.snark4j.circuits.circom;
  exports org.snark4j.circuits.gadgets.babyjub;
  exports org.snark4j.circuits.gadgets.cmp;
  exports org.snark4j.circuits.gadgets.eddsa;
  exports org.snark4j.circuits.gadgets.hash;
  exports org.snark4j.circuits.gadgets.merkle;
  exports org.snark4j.circuits.gadgets.mux;

  opens org.snark4j.circuits.gadgets.hash; // the Poseidon parameter resource
}
