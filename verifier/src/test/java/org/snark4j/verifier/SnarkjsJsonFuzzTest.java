package org.snark4j.verifier;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Fuzzes the readers of snarkjs's JSON files (verification_key.json, proof.json, public.json): once Jackson has
 * parsed the bytes, each reader returns what the file holds or throws an {@link IllegalArgumentException} naming
 * the field, never another exception. The seeds are the shared vectors' files; {@code .ci/fuzz} fuzzes.
 */
class SnarkjsJsonFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest(maxDuration = "10m")
  void snarkjsJson(byte[] data) {
    JsonNode tree;
    try {
      tree = JSON.readTree(data);
    } catch (java.io.IOException notJson) {
      return; // Jackson's refusal, which SnarkjsFiles reports as "not valid JSON"
    }
    if (tree == null) {
      return;
    }
    try {
      SnarkjsFiles.verifyingKey(tree);
    } catch (IllegalArgumentException refused) {
      // the documented refusal
    }
    try {
      SnarkjsFiles.proof(tree);
    } catch (IllegalArgumentException refused) {
      // the documented refusal
    }
    try {
      SnarkjsFiles.publicInputs(tree);
    } catch (IllegalArgumentException refused) {
      // the documented refusal
    }
  }
}
