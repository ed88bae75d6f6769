/**
 * Groth16 verification on BN254, on zk-core and the binary file formats alone: for light clients and chain
 * clients. snarkjs's JSON files ({@code SnarkjsFiles}) need Jackson, an optional dependency: add
 * {@code com.fasterxml.jackson.core:jackson-databind} to read or write them.
 */
module org.snark4j.verifier {
  requires transitive org.snark4j.core;
  requires transitive org.snark4j.formats;
  requires static transitive com.fasterxml.jackson.databind; // SnarkjsFiles takes and returns Jackson trees

  exports org.snark4j.verifier;
}
