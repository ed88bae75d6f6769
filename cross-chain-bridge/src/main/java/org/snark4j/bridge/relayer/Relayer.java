package org.snark4j.bridge.relayer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * The relayer: one worker per route reads final messages from the source into the store, verifies each proof
 * off-chain (an invalid one is marked failed with the reason and never sent), and takes each verified message to
 * the destination, which reconciles with the chain before sending anything. A message that cannot go now waits
 * with exponential backoff and jitter while the others go on; a route whose signer cannot pay pauses, says so, and
 * tries again later. Prometheus metrics and a health check over HTTP when the config names an address.
 */
public final class Relayer implements AutoCloseable {
  private final RelayerConfig config;
  private final RelayerState state;
  private final Map<String, ChainAdapter> chains = new LinkedHashMap<>();
  private final Map<String, RouteWorker> workers = new LinkedHashMap<>();
  private HttpServer http;

  public Relayer(RelayerConfig config) throws IOException {
    this.config = config;
    Store store = Store.open(config.dataDir());
    Map<String, Groth16VerifyingKey> byId = new LinkedHashMap<>();
    config.keys().forEach((id, k) -> byId.put(id, k.vk()));
    VerifyingKeys keys = new VerifyingKeys(byId);
    try {
      for (RelayerConfig.Chain c : config.chains().values()) {
        chains.put(c.name(), ChainAdapter.of(c, keys));
      }
    } catch (IOException | RuntimeException e) {
      store.close(); // a signer that does not load (a wrong keystore password, a bad key) stops the start cleanly
      throw e;
    }
    Map<String, List<String>> routesTo = new LinkedHashMap<>();
    for (RelayerConfig.Route r : config.routes()) {
      routesTo.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r.name());
    }
    this.state = new RelayerState(config, store, routesTo);
    for (RelayerConfig.Route r : config.routes()) {
      workers.put(r.name(), new RouteWorker(state, r, chains.get(r.from()), chains.get(r.to()), keys));
    }
  }

  /** Starts the route workers and, if configured, the metrics and health endpoint. */
  public synchronized void start() throws IOException {
    if (config.metrics() != null) {
      String[] hp = config.metrics().split(":");
      http = HttpServer.create(new InetSocketAddress(hp[0], Integer.parseInt(hp[1])), 16);
      http.createContext("/metrics", ex -> reply(ex, 200, "text/plain; version=0.0.4",
          state.metrics.prometheus(state.store.counts(), workers.values())));
      http.createContext("/health", ex -> {
        RelayerMetrics.Health h = state.metrics.health(state.stopping, workers.values(), config);
        reply(ex, h.code(), "application/json", h.json());
      });
      http.start();
      Log.info("metrics on http://" + config.metrics() + "/metrics, health on /health");
    }
    for (RouteWorker w : workers.values()) {
      w.thread = new Thread(w, "relayer-" + w.route.name());
      w.thread.start();
      Log.info("route " + w.route.name() + ": " + w.route.from() + " -> " + w.route.to() + " started");
    }
  }

  /** The port the metrics server listens on (0 when none). */
  public int metricsPort() {
    return http == null ? 0 : http.getAddress().getPort();
  }

  /**
   * Stops: the workers finish the step they are in (each step is recorded before it is taken, so one cut short is
   * taken again from the store at the next start) within the grace period, then the store is closed.
   */
  public synchronized void stop(Duration grace) {
    state.stopping = true;
    long end = System.nanoTime() + grace.toNanos();
    for (RouteWorker w : workers.values()) {
      if (w.thread == null) {
        continue;
      }
      try {
        w.thread.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (w.thread.isAlive()) {
        Log.warn("route " + w.route.name() + ": still busy after the grace period; abandoned (it resumes from the "
            + "store)");
        w.thread.interrupt();
      }
    }
    if (http != null) {
      http.stop(0);
    }
    try {
      state.store.close();
    } catch (IOException e) {
      Log.warn(e.getMessage());
    }
    Log.info("stopped");
  }

  @Override
  public void close() {
    if (!state.stopping) {
      stop(Duration.ofSeconds(30));
    }
  }

  /** Waits until every worker ended. */
  public void await() throws InterruptedException {
    for (RouteWorker w : workers.values()) {
      if (w.thread != null) {
        w.thread.join();
      }
    }
  }

  private static void reply(HttpExchange ex, int code, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(code, b.length);
    try (var out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  /** Routes and stuck messages from the store, as {@code snark4j relayer status} prints them. */
  public static String status(RelayerConfig config) throws IOException {
    return RelayerStatus.of(config);
  }

  /** Keeps the relayer's log to warnings and errors (demos print their own steps). */
  public static void quietLogs(boolean quiet) {
    Log.quiet = quiet;
  }

  /** A message as the store holds it, or null. */
  public Store.Message message(String route, String id) throws IOException {
    return state.store.get(route, id);
  }

  /** The ids of a route's delivered messages. */
  public List<String> delivered(String route) throws IOException {
    return state.store.all(route).stream().filter(m -> m.status() == Store.Status.INCLUDED).map(Store.Message::id)
        .toList();
  }
}
