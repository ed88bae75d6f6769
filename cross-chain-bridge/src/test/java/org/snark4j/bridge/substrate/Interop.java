package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs one of interop/'s reference scripts with JSON on stdin; returns the JSON it prints. */
final class Interop {
  private Interop() {}

  static JsonNode run(Path interop, String script, JsonNode input) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Process p = new ProcessBuilder("node", script).directory(interop.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    p.getOutputStream().write(json.writeValueAsBytes(input));
    p.getOutputStream().close();
    JsonNode out = json.readTree(p.getInputStream());
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), script + " timed out");
    assertEquals(0, p.exitValue(), script + " failed");
    return out;
  }
}
