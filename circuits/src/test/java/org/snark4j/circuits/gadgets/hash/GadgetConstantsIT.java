package org.snark4j.circuits.gadgets.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checked-in gadget constants still equal circomlibjs's: re-extracts them with the scripts in
 * interop/extract and compares the bytes. Integration test: starts Node.js; skipped, saying why, when
 * interop/node_modules is missing.
 */
class GadgetConstantsIT {
  @ParameterizedTest(name = "{1}")
  @CsvSource({"extract/poseidon-constants.mjs, poseidon-constants.bin", "extract/mimc-constants.mjs, mimc-constants.bin"})
  void resourceEqualsCircomlibjs(String script, String resource) throws Exception {
    String dir = System.getProperty("snark4j.interop.dir", "../interop");
    Path interop = Path.of(dir).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(interop.resolve("node_modules/circomlibjs")),
        "interop/node_modules/circomlibjs is missing at " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    Path out = Files.createTempFile("gadget-constants", ".bin");
    try {
      Process p = new ProcessBuilder("node", script, out.toString())
          .directory(interop.toFile()).redirectErrorStream(true).start();
      String log = new String(p.getInputStream().readAllBytes());
      assertEquals(true, p.waitFor(2, TimeUnit.MINUTES));
      assertEquals(0, p.exitValue(), log);
      try (InputStream in = Poseidon.class.getResourceAsStream(resource)) {
        assertArrayEquals(Files.readAllBytes(out), in.readAllBytes());
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
