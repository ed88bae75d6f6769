/** Groth16 setup and prover (being built: issue 4). */
module org.snark4j.prover {
  requires transitive org.snark4j.circuits;
}
