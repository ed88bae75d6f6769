package org.snark4j.bridge.relayer;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of a JSON-RPC endpoint that misbehaves at random: it delays requests (up to 1.5
 * s), answers 503 without forwarding, drops the connection without an answer, or forwards and then drops the
 * answer (the node acted, the client never hears it).
 */
final class FaultProxy implements AutoCloseable {
  final HttpServer server;
  final AtomicInteger faults = new AtomicInteger();

  FaultProxy(String target, long seed, double faultRate) throws IOException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Random rnd = new Random(seed);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", ex -> {
      double roll;
      int delay;
      synchronized (rnd) {
        roll = rnd.nextDouble();
        delay = rnd.nextInt(1500);
      }
      byte[] body = ex.getRequestBody().readAllBytes();
      try {
        if (roll < faultRate / 4) {
          faults.incrementAndGet();
          ex.sendResponseHeaders(503, -1);
          return;
        }
        if (roll < faultRate / 2) {
          faults.incrementAndGet();
          return; // closed without an answer
        }
        if (roll < 3 * faultRate / 4) {
          faults.incrementAndGet();
          Thread.sleep(delay);
        }
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(target))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (roll < faultRate) {
          faults.incrementAndGet();
          return; // forwarded, the answer lost
        }
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(r.statusCode(), r.body().length);
        ex.getResponseBody().write(r.body());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        // the client went away
      } finally {
        ex.close();
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
