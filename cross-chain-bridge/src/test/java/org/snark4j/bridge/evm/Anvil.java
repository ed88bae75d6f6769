package org.snark4j.bridge.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A local Anvil node (from interop/) for the integration tests, and the Node.js helpers beside it. */
public final class Anvil implements AutoCloseable {
  /** Anvil's well-known dev account 0 (funded). */
  public static final String DEV_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
  /** Anvil's well-known dev account 1 (funded). */
  public static final String DEV_KEY_1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

  final Path interop;
  final Process process;
  public final EvmRpc rpc;
  public final int port;

  public static Path interop() {
    return Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize();
  }

  /** Starts Anvil at a free port on 127.0.0.1 (the test is skipped, saying why, when interop/ is not installed). */
  public Anvil() throws Exception {
    interop = interop();
    Path bin = interop.resolve("node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    assumeTrue(Files.isExecutable(bin) && Files.isDirectory(interop.resolve("node_modules/solc")),
        "Anvil or solc is missing under " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    process = new ProcessBuilder(bin.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port), "--silent",
        "--hardfork", "prague").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    rpc = new EvmRpc("http://127.0.0.1:" + port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        rpc.call("eth_chainId");
        break;
      } catch (java.io.IOException e) {
        assertTrue(System.nanoTime() < deadline && process.isAlive(), "Anvil did not answer on port " + port);
        Thread.sleep(100);
      }
    }
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
    Path sol = dir.resolve(fileName);
    Files.writeString(sol, source);
    return EvmRpc.json().readTree(node(null, "solc-compile.mjs", sol.toString()));
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Signs and sends a call (or a deployment, to == null) with the key; waits for the receipt. */
  public JsonNode send(EvmKey key, String to, byte[] data, long gas) throws Exception {
    long chainId = rpc.chainId();
    long nonce = rpc.pendingNonce(key.address());
    EvmTransaction tx = new EvmTransaction.Eip1559(chainId, nonce, java.math.BigInteger.valueOf(1_000_000_000L),
        java.math.BigInteger.valueOf(50_000_000_000L), gas, to, java.math.BigInteger.ZERO, data);
    return receipt(rpc.call("eth_sendRawTransaction", Hex.encode(tx.sign(key))).asText());
  }

  /** Deploys a ProofInbox with a verifier of the key registered under keyId (dev account 0 owns it). */
  public String deployInbox(org.snark4j.verifier.Groth16VerifyingKey vk, byte[] keyId) throws Exception {
    Path work = Files.createTempDirectory("inbox");
    JsonNode v = compile(work, "Verifier.sol", SolidityVerifier.source(vk, "Verifier"));
    JsonNode inbox = compile(work, "ProofInbox.sol", ProofInbox.source());
    EvmKey owner = EvmKey.fromHex(DEV_KEY);
    String verifier = send(owner, null, Hex.decode(v.path("Verifier").path("bytecode").asText()), 3_000_000)
        .path("contractAddress").asText();
    String at = send(owner, null, Hex.decode(inbox.path("ProofInbox").path("bytecode").asText()), 3_000_000)
        .path("contractAddress").asText();
    if (keyId != null) {
      send(owner, at, ProofInbox.registerVerifier(keyId, verifier), 200_000);
    }
    try (var files = Files.walk(work)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    return at;
  }

  /** Waits for a transaction's receipt. */
  public JsonNode receipt(String hash) throws Exception {
    for (int i = 0; i < 300; i++) {
      JsonNode r = rpc.call("eth_getTransactionReceipt", hash);
      if (r != null && !r.isNull()) {
        return r;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no receipt for " + hash);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
