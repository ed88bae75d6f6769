package org.snark4j.bridge.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link LocalAnvil} for the integration tests (skipped, saying why, when interop/ is not installed), and the
 * Node.js helpers beside it.
 */
public final class Anvil implements AutoCloseable {
  public static final String DEV_KEY = LocalAnvil.DEV_KEY;
  public static final String DEV_KEY_1 = LocalAnvil.DEV_KEY_1;

  final Path interop;
  final LocalAnvil local;
  public final EvmRpc rpc;
  public final int port;

  public static Path interop() {
    return Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize();
  }

  /** Starts Anvil at a free port on 127.0.0.1. */
  public Anvil() throws Exception {
    interop = interop();
    String why = LocalAnvil.unavailable(interop);
    assumeTrue(why == null, () -> why + " (.ci/test does)");
    local = LocalAnvil.start(interop);
    rpc = local.rpc();
    port = local.port();
  }

  public String url() {
    return local.url();
  }

  /** Runs a Node.js script of interop/ with stdin; returns stdout. */
  String node(String stdin, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("node"));
    cmd.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(cmd).directory(interop.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    if (stdin != null) {
      p.getOutputStream().write(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + cmd);
    assertEquals(0, p.exitValue(), cmd + "\n" + out);
    return out;
  }

  /** solc's output for the contracts of a source: {name: {abi, bytecode, deployedBytecode}}. */
  public JsonNode compile(Path dir, String fileName, String source) throws Exception {
    Files.createDirectories(dir);
    return local.compile(fileName, source);
  }

  public JsonNode send(EvmKey key, String to, byte[] data, long gas) throws Exception {
    return local.send(key, to, data, gas);
  }

  public String deployInbox(org.snark4j.verifier.Groth16VerifyingKey vk, byte[] keyId) throws Exception {
    return local.deployInbox(vk, keyId);
  }

  public JsonNode receipt(String hash) throws Exception {
    return local.receipt(hash);
  }

  @Override
  public void close() {
    local.close();
  }
}
