package org.snark4j.circuits.gadgets.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The checked-in Poseidon parameters still equal circomlibjs's: re-extracts them with
 * interop/extract/poseidon-constants.mjs and compares the bytes. Integration test: starts Node.js; skipped,
 * saying why, when interop/node_modules is missing.
 */
class PoseidonConstantsIT {
  @Test
  void resourceEqualsCircomlibjs() throws Exception {
    String dir = System.getProperty("snark4j.interop.dir", "../interop");
    Path interop = Path.of(dir).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(interop.resolve("node_modules/circomlibjs")),
        "interop/node_modules/circomlibjs is missing at " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    Path out = Files.createTempFile("poseidon-constants", ".bin");
    try {
      Process p = new ProcessBuilder("node", "extract/poseidon-constants.mjs", out.toString())
          .directory(interop.toFile()).redirectErrorStream(true).start();
      String log = new String(p.getInputStream().readAllBytes());
      assertEquals(true, p.waitFor(2, TimeUnit.MINUTES));
      assertEquals(0, p.exitValue(), log);
      try (InputStream in = Poseidon.class.getResourceAsStream("poseidon-constants.bin")) {
        assertArrayEquals(Files.readAllBytes(out), in.readAllBytes());
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
