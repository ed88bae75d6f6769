package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.snark4j.bridge.evm.EvmRpc;
import org.snark4j.bridge.evm.EvmRpcException;

/**
 * WebSocketRpc against a scripted WebSocket server (RFC 6455 over a plain socket, in this test): answers matched
 * by id, a node's error surfaced with its code and not retried, a connection dropped mid-call or a call left
 * unanswered retried on a new connection, notifications of a subscription in order (also those sent before the
 * subscription's own answer), the subscription's end heard when the connection drops, and an unreachable
 * endpoint failing after the policy's attempts.
 */
class WebSocketRpcTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** A one-thread-per-connection WebSocket server; the script answers each request (or null: no answer). */
  static final class Server implements AutoCloseable {
    final ServerSocket socket = new ServerSocket(0);
    final AtomicInteger connections = new AtomicInteger();

    /** script(connection number, request) → frames to send back (each a JSON text), or "DROP" to hang up. */
    Server(BiFunction<Integer, JsonNode, String[]> script) throws IOException {
      Thread t = new Thread(() -> {
        while (!socket.isClosed()) {
          try {
            Socket s = socket.accept();
            int n = connections.incrementAndGet();
            Thread c = new Thread(() -> serve(s, n, script));
            c.setDaemon(true);
            c.start();
          } catch (IOException e) {
            return;
          }
        }
      });
      t.setDaemon(true);
      t.start();
    }

    URI uri() {
      return URI.create("ws://127.0.0.1:" + socket.getLocalPort());
    }

    static void serve(Socket s, int n, BiFunction<Integer, JsonNode, String[]> script) {
      try (s) {
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        String key = null;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
          if (line.toLowerCase().startsWith("sec-websocket-key:")) {
            key = line.substring(line.indexOf(':') + 1).strip();
          }
        }
        String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(
            (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        while (true) {
          int b0 = in.read();
          if (b0 < 0) {
            return;
          }
          int b1 = in.read();
          long len = b1 & 0x7F;
          if (len == 126) {
            len = (in.read() << 8) | in.read();
          } else if (len == 127) {
            len = 0;
            for (int i = 0; i < 8; i++) {
              len = len << 8 | in.read();
            }
          }
          byte[] mask = in.readNBytes(4);
          byte[] payload = in.readNBytes((int) len);
          for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i & 3];
          }
          if ((b0 & 0x0F) == 8) {
            return; // close
          }
          String[] answers = script.apply(n, JSON.readTree(payload));
          if (answers == null) {
            continue;
          }
          for (String a : answers) {
            if (a.equals("DROP")) {
              return;
            }
            byte[] text = a.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write(0x81);
            if (text.length < 126) {
              frame.write(text.length);
            } else {
              frame.write(126);
              frame.write(text.length >> 8);
              frame.write(text.length);
            }
            frame.write(text);
            out.write(frame.toByteArray());
            out.flush();
          }
        }
      } catch (Exception e) {
        // the connection ends
      }
    }

    static String readLine(InputStream in) throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
        if (c != '\r') {
          sb.append((char) c);
        }
      }
      return sb.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  static String result(JsonNode req, String resultJson) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + req.get("id") + ",\"result\":" + resultJson + "}";
  }

  static final EvmRpc.Retry FAST = new EvmRpc.Retry(3, Duration.ofMillis(10), Duration.ofMillis(50));

  @Test
  void answersErrorsAndRetriesOnANewConnection() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (Server server = new Server((conn, req) -> {
      String method = req.get("method").asText();
      return switch (method) {
        case "echo" -> new String[] {result(req, req.get("params").get(0).toString())};
        case "bad" -> new String[] {"{\"jsonrpc\":\"2.0\",\"id\":" + req.get("id")
            + ",\"error\":{\"code\":1010,\"message\":\"Invalid Transaction\",\"data\":\"bad signature\"}}"};
        // the first connection hangs up on this call, the second answers
        case "flaky" -> conn == 1 ? new String[] {"DROP"} : new String[] {result(req, "\"second\"")};
        // no answer the first time: the client gives up after its timeout and asks again
        case "slow" -> calls.incrementAndGet() == 1 ? null : new String[] {result(req, "\"late\"")};
        default -> new String[] {"DROP"};
      };
    }); WebSocketRpc rpc = new WebSocketRpc(server.uri(), Duration.ofMillis(500), FAST)) {
      assertEquals("hi", rpc.call("echo", "hi").asText());
      EvmRpcException e = assertThrows(EvmRpcException.class, () -> rpc.call("bad"));
      assertEquals(1010, e.code());
      assertEquals("bad signature", e.data());
      assertEquals("second", rpc.call("flaky").asText());
      assertEquals("late", rpc.call("slow").asText());
      assertTrue(server.connections.get() >= 3, "connections: " + server.connections.get());
      IOException gone = assertThrows(IOException.class, () -> rpc.call("unknown"));
      assertTrue(gone.getMessage().contains("failed 3 times"), gone.getMessage());
    }
  }

  @Test
  void subscriptionsDeliverInOrderAndHearTheirEnd() throws Exception {
    try (Server server = new Server((conn, req) -> {
      String method = req.get("method").asText();
      String note = "{\"jsonrpc\":\"2.0\",\"method\":\"chain_finalizedHead\",\"params\":{\"subscription\":\"s1\","
          + "\"result\":{\"number\":\"0x%d\"}}}";
      return switch (method) {
        // one notification before the answer, two after, then the connection drops
        case "chain_subscribeFinalizedHeads" -> new String[] {note.formatted(1), result(req, "\"s1\""),
            note.formatted(2), note.formatted(3)};
        case "hangup" -> new String[] {"DROP"};
        default -> new String[] {result(req, "true")};
      };
    }); WebSocketRpc rpc = new WebSocketRpc(server.uri(), Duration.ofSeconds(5), FAST)) {
      BlockingQueue<JsonNode> heads = new LinkedBlockingQueue<>();
      BlockingQueue<Throwable> ended = new LinkedBlockingQueue<>();
      WebSocketRpc.Subscription sub = rpc.subscribe("chain_subscribeFinalizedHeads",
          "chain_unsubscribeFinalizedHeads", heads::add, ended::add);
      assertEquals("s1", sub.id());
      for (int i = 1; i <= 3; i++) {
        JsonNode h = heads.poll(5, TimeUnit.SECONDS);
        assertEquals("0x" + i, h == null ? null : h.path("number").asText());
      }
      assertThrows(IOException.class, () -> rpc.call("hangup"));
      Throwable why = ended.poll(5, TimeUnit.SECONDS);
      assertTrue(why instanceof IOException, String.valueOf(why));
    }
  }

  @Test
  void badEndpointsAreRefused() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> new WebSocketRpc(URI.create("http://x"), Duration.ofSeconds(1),
        FAST));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (WebSocketRpc rpc = new WebSocketRpc(URI.create("ws://127.0.0.1:" + port), Duration.ofSeconds(1), FAST)) {
      IOException e = assertThrows(IOException.class, () -> rpc.call("chain_getHeader"));
      assertTrue(e.getMessage().contains("failed 3 times"), e.getMessage());
    }
    try (SubstrateRpc http = new SubstrateRpc("http://127.0.0.1:" + port)) {
      assertThrows(UnsupportedOperationException.class, () -> http.subscribeFinalizedHeads(h -> {}, e -> {}));
    }
  }
}
