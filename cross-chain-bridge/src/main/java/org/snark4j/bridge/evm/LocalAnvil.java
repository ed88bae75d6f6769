package org.snark4j.bridge.evm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * A local Anvil node for tests and demos: the binary that {@code npm ci} installs in interop/
 * ({@code @foundry-rs/anvil-linux-amd64}) on a free port, and solc (solc-js, through {@code interop/solc-compile.mjs})
 * to build the contracts we deploy on it. Anvil's dev accounts 0 and 1 are funded.
 */
public final class LocalAnvil implements AutoCloseable {
  /** Anvil's well-known dev account 0. */
  public static final String DEV_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
  /** Anvil's well-known dev account 1. */
  public static final String DEV_KEY_1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

  private final Path interop;
  private final Process process;
  private final EvmRpc rpc;
  private final int port;

  private LocalAnvil(Path interop, Process process, EvmRpc rpc, int port) {
    this.interop = interop;
    this.process = process;
    this.rpc = rpc;
    this.port = port;
  }

  private static Path binary(Path interop) {
    return interop.resolve("node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
  }

  /** Why Anvil cannot start here, or null when it can. */
  public static String unavailable(Path interop) {
    if (!Files.isExecutable(binary(interop)) || !Files.isDirectory(interop.resolve("node_modules/solc"))) {
      return "Anvil or solc is missing under " + interop + ": run `npm ci` in interop/";
    }
    return null;
  }

  /** Starts Anvil on 127.0.0.1 at a free port and waits until it answers. */
  public static LocalAnvil start(Path interop) throws IOException {
    String why = unavailable(interop);
    if (why != null) {
      throw new IOException("cannot start Anvil: " + why);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process p = new ProcessBuilder(binary(interop).toString(), "--host", "127.0.0.1", "--port", String.valueOf(port),
        "--silent", "--hardfork", "prague").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    EvmRpc rpc = new EvmRpc("http://127.0.0.1:" + port);
    LocalAnvil anvil = new LocalAnvil(interop, p, rpc, port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        rpc.call("eth_chainId");
        return anvil;
      } catch (IOException e) {
        if (System.nanoTime() > deadline || !p.isAlive()) {
          anvil.close();
          throw new IOException("Anvil did not answer on port " + port, e);
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          anvil.close();
          throw new IOException("interrupted while starting Anvil", ie);
        }
      }
    }
  }

  public EvmRpc rpc() {
    return rpc;
  }

  public int port() {
    return port;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** solc's output for the contracts of one source: {name: {abi, bytecode, deployedBytecode}}. */
  public JsonNode compile(String fileName, String source) throws IOException {
    Path dir = Files.createTempDirectory("solc");
    try {
      Path sol = dir.resolve(fileName);
      Files.writeString(sol, source);
      Process p = new ProcessBuilder("node", "solc-compile.mjs", sol.toString()).directory(interop.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IOException("solc could not compile " + fileName);
      }
      return EvmRpc.json().readTree(out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while compiling " + fileName, e);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** Signs and sends a call (or a deployment: to == null) and waits for its receipt. */
  public JsonNode send(EvmKey key, String to, byte[] data, long gas) throws IOException {
    long nonce = rpc.pendingNonce(key.address());
    EvmTransaction tx = new EvmTransaction.Eip1559(rpc.chainId(), nonce, BigInteger.valueOf(1_000_000_000L),
        BigInteger.valueOf(50_000_000_000L), gas, to, BigInteger.ZERO, data);
    return receipt(rpc.sendRawTransaction(tx.sign(key)));
  }

  /** Waits (up to 30 s) for a transaction's receipt. */
  public JsonNode receipt(String hash) throws IOException {
    for (int i = 0; i < 600; i++) {
      JsonNode r = rpc.receipt(hash);
      if (r != null) {
        return r;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for " + hash, e);
      }
    }
    throw new IOException("no receipt for " + hash + " within 30 s");
  }

  /** Deploys a contract from solc's output; returns its address. */
  public String deploy(EvmKey key, JsonNode compiled, String name) throws IOException {
    JsonNode r = send(key, null, Hex.decode(compiled.path(name).path("bytecode").asText()), 5_000_000);
    if (!"0x1".equals(r.path("status").asText())) {
      throw new IOException("deploying " + name + " failed: " + r);
    }
    return r.path("contractAddress").asText();
  }

  /**
   * Deploys a ProofInbox owned by dev account 0 and, when keyId is given, a verifier of the key registered under
   * it; returns the inbox's address.
   */
  public String deployInbox(Groth16VerifyingKey vk, byte[] keyId) throws IOException {
    EvmKey owner = EvmKey.fromHex(DEV_KEY);
    String inbox = deploy(owner, compile("ProofInbox.sol", ProofInbox.source()), "ProofInbox");
    if (keyId != null) {
      registerVerifier(inbox, vk, keyId);
    }
    return inbox;
  }

  /** Deploys a verifier of the key and registers it in the inbox under keyId. */
  public String registerVerifier(String inbox, Groth16VerifyingKey vk, byte[] keyId) throws IOException {
    EvmKey owner = EvmKey.fromHex(DEV_KEY);
    String verifier = deploy(owner, compile("Verifier.sol", SolidityVerifier.source(vk, "Verifier")), "Verifier");
    JsonNode r = send(owner, inbox, ProofInbox.registerVerifier(keyId, verifier), 200_000);
    if (!"0x1".equals(r.path("status").asText())) {
      throw new IOException("registering the verifier failed: " + r);
    }
    return verifier;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
