/** EVM and Substrate adapters and the proof relayer (being built: issues 5 to 7). */
module org.snark4j.bridge {
  requires transitive org.snark4j.verifier;
}
