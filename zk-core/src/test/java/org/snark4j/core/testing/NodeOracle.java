package org.snark4j.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the oracle scripts in interop/ (the Node.js reference tools: bn254-oracle.mjs,
 * bls12_381-oracle.mjs) on a batch of cases. Tests using it are integration tests; they are skipped, saying
 * why, when Node.js or interop/node_modules is missing (.ci/test installs them).
 */
public final class NodeOracle {
  public static final ObjectMapper JSON = new ObjectMapper();
  private final ArrayNode cases = JSON.createArrayNode();
  private final String script;

  /** An oracle running interop/script. */
  public NodeOracle(String script) {
    this.script = script;
  }

  public static Path interopDir() {
    String dir = System.getProperty("snark4j.interop.dir");
    Path p = dir != null ? Path.of(dir) : Path.of("..", "interop");
    return p.toAbsolutePath().normalize();
  }

  public static void assumeAvailable() {
    Path dir = interopDir();
    assumeTrue(Files.isDirectory(dir.resolve("node_modules")),
        "interop/node_modules is missing at " + dir + ": run `npm ci` in interop/ (.ci/test does)");
    assumeTrue(nodeWorks(), "`node` is not on the PATH: the differential tests need Node.js");
  }

  private static boolean nodeWorks() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Adds a case; args are Jackson nodes or values Jackson can write. */
  public void add(String op, Object... args) {
    ObjectNode c = cases.addObject();
    c.put("op", op);
    c.set("args", JSON.valueToTree(args));
  }

  public int size() {
    return cases.size();
  }

  /** Runs every case added so far; the results in the same order. */
  public JsonNode run() throws IOException, InterruptedException {
    ObjectNode req = JSON.createObjectNode();
    req.set("cases", cases);
    Path stderr = Files.createTempFile("oracle", ".err");
    try {
      Process p = new ProcessBuilder("node", script).directory(interopDir().toFile())
          .redirectError(stderr.toFile()).start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(JSON.writeValueAsBytes(req));
      }
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IllegalStateException(script + " failed: " + Files.readString(stderr));
      }
      return JSON.readTree(new String(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stderr);
    }
  }
}
