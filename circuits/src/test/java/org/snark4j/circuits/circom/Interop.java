package org.snark4j.circuits.circom;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the Node.js reference tools of interop/ (snarkjs, circom2) for integration tests. circom2 runs under
 * WASI and sees only its working folder, so work happens in a fresh folder under interop/target with
 * relative paths. Tests are skipped, saying why, when interop/node_modules is missing.
 */
final class Interop implements AutoCloseable {
  final Path interop;
  final Path work;
  final String rel;

  Interop() throws IOException {
    String dir = System.getProperty("snark4j.interop.dir", "../interop");
    interop = Path.of(dir).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(interop.resolve("node_modules/snarkjs")),
        "interop/node_modules is missing at " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    rel = "target/it-" + UUID.randomUUID();
    work = interop.resolve(rel);
    Files.createDirectories(work);
  }

  /** Runs node with arguments in interop/; returns stdout+stderr; fails with the output on a non-zero exit. */
  String node(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("node");
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(interop.toFile()).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + cmd);
    }
    String text = new String(out);
    if (p.exitValue() != 0) {
      throw new IllegalStateException("exit " + p.exitValue() + " from " + cmd + ":\n" + text);
    }
    return text;
  }

  String snarkjs(String... args) throws IOException, InterruptedException {
    String[] all = new String[args.length + 1];
    all[0] = "node_modules/snarkjs/build/cli.cjs";
    System.arraycopy(args, 0, all, 1, args.length);
    return node(all);
  }

  /** Compiles work/name.circom with circom2 into work/out/ (r1cs and wasm), optimised with --O2. */
  String circom(String name) throws IOException, InterruptedException {
    Files.createDirectories(work.resolve("out")); // circom2 refuses an output folder that does not exist
    return node("node_modules/circom2/cli.js", rel + "/" + name + ".circom", "--r1cs", "--wasm", "--O2",
        "-l", "node_modules", "-o", rel + "/out");
  }

  Path file(String name) {
    return work.resolve(name);
  }

  /** The path of a work file relative to interop/, for the tools. */
  String relative(String name) {
    return rel + "/" + name;
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(work)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
