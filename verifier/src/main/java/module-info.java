/** Groth16 verification on BN254, on zk-core alone: for light clients and chain clients. */
module org.snark4j.verifier {
  requires transitive org.snark4j.core;
  requires transitive com.fasterxml.jackson.databind; // SnarkjsFiles takes and returns Jackson trees

  exports org.snark4j.verifier;
}
