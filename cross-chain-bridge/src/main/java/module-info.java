/** EVM and Substrate adapters and the proof relayer. */
module org.snark4j.bridge {
  requires transitive org.snark4j.verifier;
  requires transitive com.fasterxml.jackson.databind;
  requires java.net.http;
  requires jdk.httpserver; // the relayer's metrics and health endpoints; scripted nodes in tests
  requires org.bouncycastle.provider;
  requires tuweni.bytes;
  requires tuweni.rlp;
  requires tuweni.crypto;
  requires java.sql;
  requires org.xerial.sqlitejdbc;
  requires org.yaml.snakeyaml;

  exports org.snark4j.bridge.evm;
  exports org.snark4j.bridge.substrate;
  exports org.snark4j.bridge.relayer;
}
