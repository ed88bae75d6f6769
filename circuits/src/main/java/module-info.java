/** Arithmetic circuits over BN254's Fr: the circuit API, compilation to R1CS and witness solving. */
module org.snark4j.circuits {
  requires transitive org.snark4j.core;

  exports org.snark4j.circuits;
}
