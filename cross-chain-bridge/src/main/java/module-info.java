/** EVM and Substrate adapters and the proof relayer (being built: issues 5 to 7). */
module org.snark4j.bridge {
  requires transitive org.snark4j.verifier;
  requires transitive com.fasterxml.jackson.databind;
  requires java.net.http;
  requires org.bouncycastle.provider;

  exports org.snark4j.bridge.evm;
}
