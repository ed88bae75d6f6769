/** Arithmetic circuits, R1CS, witness solving and gadgets (being built: issue 3). */
module org.snark4j.circuits {
  requires transitive org.snark4j.core;
}
