/** Groth16 setup and prover on BN254. */
module org.snark4j.prover {
  requires transitive org.snark4j.circuits;
  requires transitive org.snark4j.verifier;
  requires transitive org.snark4j.formats;
  requires org.bouncycastle.provider;

  exports org.snark4j.prover;
}
