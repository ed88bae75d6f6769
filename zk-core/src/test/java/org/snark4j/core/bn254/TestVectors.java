package org.snark4j.core.bn254;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/** Reads the JSON vector files under src/test/resources/vectors. */
final class TestVectors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestVectors() {}

  static JsonNode load(String path) {
    try (InputStream in = TestVectors.class.getResourceAsStream("/vectors/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource vectors/" + path);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] hex(String s) {
    return HexFormat.of().parseHex(s.startsWith("0x") ? s.substring(2) : s);
  }

  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
