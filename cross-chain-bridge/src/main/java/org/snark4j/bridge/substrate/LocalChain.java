package org.snark4j.bridge.substrate;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A local Substrate chain for tests and demos: the shared folder's {@code run-chain.sh} (chopsticks running a real
 * runtime from a raw chain spec, no node binary, no network) on a free port, its PID and log in a temporary folder
 * removed on {@link #close}. The folder with {@code run-chain.sh} is third-party data kept beside the repository;
 * chopsticks comes from an installed {@code node_modules}.
 */
public final class LocalChain implements AutoCloseable {
  private final Path script;
  private final Path nodeModules;
  private final Path run;
  private final int port;

  private LocalChain(Path script, Path nodeModules, Path run, int port) {
    this.script = script;
    this.nodeModules = nodeModules;
    this.run = run;
    this.port = port;
  }

  /**
   * Why a chain cannot start here (the shared folder or chopsticks missing), or null when it can: callers that
   * may skip say this.
   */
  public static String unavailable(Path substrateDir, Path nodeModules) {
    Path script = substrateDir.resolve("run-chain.sh");
    if (!Files.isRegularFile(script)) {
      return "the shared Substrate folder is absent (no " + script + ")";
    }
    if (!Files.isDirectory(nodeModules.resolve("@acala-network/chopsticks"))) {
      return "chopsticks is missing under " + nodeModules + ": run `npm ci` in interop/";
    }
    return null;
  }

  /** Starts a chain in Instant mode (a block per submitted extrinsic) and waits until it answers. */
  public static LocalChain start(Path substrateDir, Path nodeModules) throws IOException {
    String why = unavailable(substrateDir, nodeModules);
    if (why != null) {
      throw new IOException("cannot start a local Substrate chain: " + why);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path run = Files.createTempDirectory("snark4j-chain");
    LocalChain chain = new LocalChain(substrateDir.resolve("run-chain.sh").toAbsolutePath(),
        nodeModules.toAbsolutePath(), run, port);
    String out = chain.script("start", 120);
    if (out == null) {
      chain.close();
      throw new IOException("the local Substrate chain did not start: " + chain.log());
    }
    return chain;
  }

  /** Runs the script; its output, or null when it failed or timed out. */
  private String script(String command, int seconds) throws IOException {
    ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), command).redirectErrorStream(true);
    pb.environment().put("PORT", String.valueOf(port));
    pb.environment().put("RUN_DIR", run.toString());
    pb.environment().put("MODE", "Instant");
    pb.environment().put("NODE_MODULES_DIR", nodeModules.toString());
    Process p = pb.start();
    try {
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? out : null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted while running " + script + " " + command, e);
    }
  }

  private String log() {
    try {
      Path log = run.resolve("chain-" + port + ".log");
      String text = Files.isRegularFile(log) ? Files.readString(log) : "(no log)";
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  public int port() {
    return port;
  }

  public String http() {
    return "http://127.0.0.1:" + port;
  }

  public String ws() {
    return "ws://127.0.0.1:" + port;
  }

  /** Stops the chain and removes its temporary folder. */
  @Override
  public void close() throws IOException {
    script("stop", 30);
    try (Stream<Path> files = Files.walk(run)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }
}
