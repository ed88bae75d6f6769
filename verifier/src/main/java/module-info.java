/** Groth16 verification on zk-core alone, for light clients (being built: issue 4). */
module org.snark4j.verifier {
  requires transitive org.snark4j.core;
}
