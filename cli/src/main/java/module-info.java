/** The snark4j command. */
module org.snark4j.cli {
  requires org.snark4j.core;
  requires org.snark4j.circuits;
  requires org.snark4j.prover;
  requires org.snark4j.bridge;
  requires info.picocli;

  opens org.snark4j.cli to info.picocli;
}
