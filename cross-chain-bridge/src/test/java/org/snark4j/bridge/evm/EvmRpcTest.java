package org.snark4j.bridge.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries against a scripted local server: transient failures retried, answers a retry cannot change not. */
class EvmRpcTest {
  HttpServer server;
  final Deque<Object[]> script = new ArrayDeque<>(); // {status, body}
  final AtomicInteger requests = new AtomicInteger();
  EvmRpc rpc;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      requests.incrementAndGet();
      ex.getRequestBody().readAllBytes();
      Object[] next = script.isEmpty() ? new Object[] {200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1\"}"}
          : script.poll();
      byte[] body = ((String) next[1]).getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders((Integer) next[0], body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        ex.getResponseBody().write(body);
      }
      ex.close();
    });
    server.start();
    rpc = new EvmRpc(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5),
        new EvmRpc.Retry(4, Duration.ofMillis(1), Duration.ofMillis(5)));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void transientFailuresAreRetried() throws Exception {
    script.add(new Object[] {503, ""});
    script.add(new Object[] {429, ""});
    script.add(new Object[] {200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32005,\"message\":\"limit\"}}"});
    assertEquals(1, rpc.chainId());
    assertEquals(4, requests.get());
  }

  @Test
  void aNodeErrorIsNotRetriedAndKeepsCodeMessageAndData() {
    script.add(new Object[] {200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":3,\"message\":\"execution reverted\","
        + "\"data\":\"0x08c379a0\"}}"});
    EvmRpcException e = assertThrows(EvmRpcException.class, () -> rpc.call("eth_call"));
    assertEquals(3, e.code());
    assertEquals("0x08c379a0", e.data());
    assertTrue(e.getMessage().contains("execution reverted"));
    assertEquals(1, requests.get());
  }

  @Test
  void aClientErrorIsNotRetriedAndPersistentFailuresGiveUp() {
    script.add(new Object[] {404, ""});
    IOException e = assertThrows(IOException.class, () -> rpc.call("eth_chainId"));
    assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    assertEquals(1, requests.get());
    for (int i = 0; i < 4; i++) {
      script.add(new Object[] {502, ""});
    }
    e = assertThrows(IOException.class, () -> rpc.call("eth_chainId"));
    assertTrue(e.getMessage().contains("failed 4 times"), e.getMessage());
    assertEquals(5, requests.get());
  }

  @Test
  void nonceManagerHandsOutDistinctConsecutiveNoncesToConcurrentSenders() throws Exception {
    script.add(new Object[] {200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x5\"}"});
    NonceManager nonces = new NonceManager(rpc, "0x0000000000000000000000000000000000000001");
    java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
      java.util.List<java.util.concurrent.Future<?>> fs = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        fs.add(pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            assertTrue(seen.add(nonces.next()));
          }
          return null;
        }));
      }
      for (var f : fs) {
        f.get();
      }
    }
    assertEquals(400, seen.size());
    assertEquals(5L, java.util.Collections.min(seen));
    assertEquals(404L, java.util.Collections.max(seen));
    assertEquals(1, requests.get(), "the node is asked once");
    nonces.resync();
    script.add(new Object[] {200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x200\"}"});
    assertEquals(512, nonces.next());
  }

  @Test
  void aClosedPortFailsAfterTheRetries() throws Exception {
    server.stop(0);
    IOException e = assertThrows(IOException.class, () -> rpc.call("eth_chainId"));
    assertTrue(e.getMessage().contains("failed 4 times"), e.getMessage());
  }
}
