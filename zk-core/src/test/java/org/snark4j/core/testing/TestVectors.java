package org.snark4j.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/** Reads the JSON vector files under src/test/resources/vectors (a name ending in .gz is unzipped). */
public final class TestVectors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestVectors() {}

  public static JsonNode load(String path) {
    try (InputStream in = TestVectors.class.getResourceAsStream("/vectors/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource vectors/" + path);
      }
      return JSON.readTree(path.endsWith(".gz") ? new GZIPInputStream(in) : in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] hex(String s) {
    return HexFormat.of().parseHex(s.startsWith("0x") ? s.substring(2) : s);
  }

  public static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
