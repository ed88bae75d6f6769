/** Groth16 verification on BN254, on zk-core alone: for light clients and chain clients. */
module org.snark4j.verifier {
  requires transitive org.snark4j.core;
  requires com.fasterxml.jackson.databind;

  exports org.snark4j.verifier;
}
