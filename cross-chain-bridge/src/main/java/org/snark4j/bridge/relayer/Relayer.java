package org.snark4j.bridge.relayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.snark4j.bridge.evm.EvmRpc;
import org.snark4j.bridge.evm.Hex;
import org.snark4j.bridge.substrate.SubstrateGroth16;
import org.snark4j.core.bn254.EvmCodec;
import org.snark4j.core.bn254.Fr;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16Verifier;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * The relayer: one worker per route reads final messages from the source into the store, verifies each proof
 * off-chain (an invalid one is marked failed with the reason and never sent), and takes each verified message to
 * the destination, which reconciles with the chain before sending anything. A message that cannot go now waits
 * with exponential backoff and jitter while the others go on; a route whose signer cannot pay pauses, says so, and
 * tries again later. Prometheus metrics and a health check over HTTP when the config names an address.
 */
public final class Relayer implements AutoCloseable {
  /** Where messages come from. */
  interface Source {
    String name();

    /** Reads final blocks after the route's cursor into the store; returns how many blocks the cursor lags. */
    long poll(RelayerConfig.Route route, Store store) throws IOException;
  }

  /** Where messages go. */
  interface Destination {
    String name();

    BigInteger balance() throws IOException;

    /** Takes a VERIFIED or SUBMITTED message as far as it goes now, recording each step in the store. */
    void step(Context ctx, Store.Message m) throws IOException;
  }

  private final RelayerConfig config;
  private final Store store;
  private final Map<String, Object> chains = new LinkedHashMap<>();
  private final Map<String, Worker> workers = new LinkedHashMap<>();
  private final Map<String, List<String>> routesTo = new LinkedHashMap<>(); // destination chain → its routes
  private final Map<String, Long> notBefore = new ConcurrentHashMap<>();
  private final Map<String, BigInteger> balances = new ConcurrentHashMap<>();
  private final Map<String, double[]> latency = new ConcurrentHashMap<>(); // route → {sum seconds, count}
  private final Map<String, double[]> submitLatency = new ConcurrentHashMap<>(); // signed to included
  private volatile boolean stopping;
  private HttpServer http;

  public Relayer(RelayerConfig config) throws IOException {
    this.config = config;
    this.store = Store.open(config.dataDir());
    Map<String, Groth16VerifyingKey> byId = new LinkedHashMap<>();
    config.keys().forEach((id, k) -> byId.put(id, k.vk()));
    Keys keys = new Keys(byId);
    try {
      for (RelayerConfig.Chain c : config.chains().values()) {
        chains.put(c.name(), c.kind() == RelayerConfig.Kind.EVM ? new EvmChain(c) : new SubstrateChain(c, keys));
      }
    } catch (IOException | RuntimeException e) {
      store.close(); // a signer that does not load (a wrong keystore password, a bad key) stops the start cleanly
      throw e;
    }
    for (RelayerConfig.Route r : config.routes()) {
      routesTo.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r.name());
      workers.put(r.name(), new Worker(r, (Source) chains.get(r.from()), (Destination) chains.get(r.to()), keys));
    }
  }

  /**
   * The verifying keys by key id, each with its prepared verifier (e(α, β) and the line tables computed once,
   * not per message), and the id of a key by its Substrate hash. A key the verifier refuses (one nobody
   * contributed to) has no verifier but the reason, which every message under it fails with.
   */
  static final class Keys {
    final Map<String, Groth16VerifyingKey> byId;
    final Map<String, Groth16Verifier> verifierById = new LinkedHashMap<>();
    final Map<String, String> refusedById = new LinkedHashMap<>();
    final Map<String, String> idByVkHash = new LinkedHashMap<>();

    Keys(Map<String, Groth16VerifyingKey> byId) {
      this.byId = Map.copyOf(byId);
      byId.forEach((id, vk) -> {
        idByVkHash.put(Hex.encode(SubstrateGroth16.vkHash(vk)), id);
        try {
          verifierById.put(id, Groth16Verifier.of(vk));
        } catch (IllegalArgumentException e) {
          refusedById.put(id, "key " + id + " is refused: " + e.getMessage());
        }
      });
    }

    String idOfVkHash(byte[] vkHash) {
      return idByVkHash.get(Hex.encode(vkHash));
    }
  }

  /** A new message as a source found it. */
  static Store.Message seen(String id, long block, String blockHash, int index, String keyId, byte[] proof,
      List<BigInteger> inputs) {
    ArrayNode a = EvmRpc.json().createArrayNode();
    inputs.forEach(x -> a.add(x.toString()));
    return new Store.Message(null, id.toLowerCase(), block, blockHash, index, keyId.toLowerCase(), proof,
        a.toString(), Store.Status.SEEN, null, 0, null, null, null, null, null, 0, 0);
  }

  static List<BigInteger> inputs(Store.Message m) {
    List<BigInteger> out = new ArrayList<>();
    try {
      for (JsonNode x : EvmRpc.json().readTree(m.inputs())) {
        out.add(new BigInteger(x.asText()));
      }
    } catch (IOException e) {
      throw new IllegalStateException("stored inputs are not JSON: " + m.inputs(), e);
    }
    return out;
  }

  /** What a destination may do with a message and the route it belongs to. */
  final class Context {
    private final Worker worker;

    Context(Worker worker) {
      this.worker = worker;
    }

    Store store() {
      return store;
    }

    boolean stopping() {
      return stopping;
    }

    void sleep(long millis) {
      Relayer.this.sleep(millis);
    }

    Groth16VerifyingKey key(String keyId) {
      return worker.keys.byId.get(keyId);
    }

    Groth16Proof proof(Store.Message m) {
      return decodeProof(m.proof());
    }

    List<Fr> frInputs(Store.Message m) {
      return inputs(m).stream().map(Fr::of).toList();
    }

    void included(Store.Message m, String where) throws IOException {
      store.mark(m.route(), m.id(), Store.Status.INCLUDED, where);
      double seconds = (System.currentTimeMillis() - m.created()) / 1000.0;
      add(latency, m.route(), seconds);
      if (m.status() == Store.Status.SUBMITTED) { // its last update was the signing
        add(submitLatency, m.route(), (System.currentTimeMillis() - m.updated()) / 1000.0);
      }
      Log.info("route " + m.route() + ": message " + m.id() + " delivered: " + where);
    }

    void failed(Store.Message m, String why) throws IOException {
      store.mark(m.route(), m.id(), Store.Status.FAILED, why);
      Log.warn("route " + m.route() + ": message " + m.id() + " failed: " + why);
    }

    void retryLater(Store.Message m, String why) throws IOException {
      store.attempt(m.route(), m.id(), why);
      int attempts = m.attempts() + 1;
      long backoff = Math.min(60_000, 500L << Math.min(attempts, 7));
      notBefore.put(m.route() + "/" + m.id(), System.currentTimeMillis() + backoff / 2
          + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
      Log.warn("route " + m.route() + ": message " + m.id() + " waits (attempt " + attempts + "): " + why);
    }

    void outOfFunds(String why) {
      worker.pause(why);
    }

    /** The nonce a new message to this route's destination may take, given the chain's next one. */
    long freeNonce(long chainNext) throws IOException {
      return store.freeNonce(chainNext, routesTo.getOrDefault(worker.route.to(), List.of()));
    }
  }

  private static void add(Map<String, double[]> summary, String route, double seconds) {
    summary.compute(route, (k, v) -> v == null ? new double[] {seconds, 1} : new double[] {v[0] + seconds, v[1] + 1});
  }

  static Groth16Proof decodeProof(byte[] b) {
    if (b == null || b.length != 256) {
      throw new IllegalArgumentException("a proof is 256 bytes (a, b, c as the EVM encodes them), got "
          + (b == null ? 0 : b.length));
    }
    return new Groth16Proof(EvmCodec.decodeG1(b, 0), EvmCodec.decodeG2(b, 64), EvmCodec.decodeG1(b, 192));
  }

  /** One route's loop. */
  final class Worker implements Runnable {
    final RelayerConfig.Route route;
    final Source source;
    final Destination destination;
    final Keys keys;
    final Context ctx;
    volatile long lastLoop = System.currentTimeMillis();
    volatile long lag = -1;
    volatile String paused;
    volatile long pausedUntil;
    volatile String lastError;
    Thread thread;

    Worker(RelayerConfig.Route route, Source source, Destination destination, Keys keys) {
      this.route = route;
      this.source = source;
      this.destination = destination;
      this.keys = keys;
      this.ctx = new Context(this);
    }

    void pause(String why) {
      if (paused == null) {
        Log.error("route " + route.name() + " paused: " + why + " (the other routes go on; tried again in 15 s)");
      }
      paused = why;
      pausedUntil = System.currentTimeMillis() + 15_000;
    }

    @Override
    public void run() {
      long backoff = 500;
      long poll = config.chains().get(route.from()).pollMillis();
      while (!stopping) {
        try {
          lastLoop = System.currentTimeMillis();
          try {
            lag = source.poll(route, store);
          } catch (IOException e) {
            // the source is out of reach: what was read before still goes on to the destination
            process();
            throw e;
          }
          process();
          lastError = null;
          backoff = 500;
          if (lag == 0) {
            sleep(poll);
          }
        } catch (IOException | RuntimeException e) {
          lastError = e.getMessage();
          if (stopping) {
            break;
          }
          Log.warn("route " + route.name() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()
              + " (again in " + backoff + " ms)");
          sleep(backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
          backoff = Math.min(30_000, backoff * 2);
        }
      }
    }

    private void process() throws IOException {
      if (paused != null) {
        if (System.currentTimeMillis() < pausedUntil) {
          return;
        }
        Log.info("route " + route.name() + ": trying again after the pause (" + paused + ")");
        paused = null;
      }
      for (Store.Message m : store.pending(route.name())) {
        if (stopping || paused != null) {
          return;
        }
        Long wait = notBefore.get(route.name() + "/" + m.id());
        if (wait != null && wait > System.currentTimeMillis()) {
          continue;
        }
        if (m.status() == Store.Status.SEEN && !verify(m)) {
          continue;
        }
        Store.Message now = store.get(route.name(), m.id());
        destination.step(ctx, now);
        lastLoop = System.currentTimeMillis();
        try {
          balances.put(destination.name(), destination.balance());
        } catch (IOException e) {
          // the balance is for the metrics only
        }
      }
    }

    /** Checks the proof here before any fee is spent; false when it failed (recorded with the reason). */
    private boolean verify(Store.Message m) throws IOException {
      Groth16VerifyingKey vk = keys.byId.get(m.keyId());
      String why = null;
      if (vk == null) {
        why = "no verifying key for key id " + m.keyId() + " in the config";
      } else if (!route.carries(m.keyId())) {
        why = "route " + route.name() + " does not carry key " + m.keyId() + " (its keys: " + route.keys() + ")";
      } else {
        try {
          Groth16Proof proof = decodeProof(m.proof());
          List<BigInteger> in = inputs(m);
          if (in.size() + 1 != vk.ic().size()) {
            why = "key " + m.keyId() + " takes " + (vk.ic().size() - 1) + " public inputs, the message has "
                + in.size();
          } else if (in.stream().anyMatch(x -> x.compareTo(Fr.MODULUS) >= 0)) {
            why = "a public input is not below the scalar field's order";
          } else if (keys.refusedById.containsKey(m.keyId())) {
            why = keys.refusedById.get(m.keyId());
          } else if (!keys.verifierById.get(m.keyId()).verify(proof, in.toArray(BigInteger[]::new))) {
            why = "the proof does not verify against key " + m.keyId();
          }
        } catch (IllegalArgumentException e) {
          why = "malformed proof: " + e.getMessage();
        }
      }
      if (why != null) {
        ctx.failed(m, why);
        return false;
      }
      store.mark(route.name(), m.id(), Store.Status.VERIFIED, null);
      return true;
    }
  }

  private void sleep(long millis) {
    long end = System.currentTimeMillis() + millis;
    while (!stopping && System.currentTimeMillis() < end) {
      try {
        Thread.sleep(Math.min(50, Math.max(1, end - System.currentTimeMillis())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Starts the route workers and, if configured, the metrics and health endpoint. */
  public synchronized void start() throws IOException {
    if (config.metrics() != null) {
      String[] hp = config.metrics().split(":");
      http = HttpServer.create(new InetSocketAddress(hp[0], Integer.parseInt(hp[1])), 16);
      http.createContext("/metrics", this::metrics);
      http.createContext("/health", this::health);
      http.start();
      Log.info("metrics on http://" + config.metrics() + "/metrics, health on /health");
    }
    for (Worker w : workers.values()) {
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
    stopping = true;
    long end = System.nanoTime() + grace.toNanos();
    for (Worker w : workers.values()) {
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
      store.close();
    } catch (IOException e) {
      Log.warn(e.getMessage());
    }
    Log.info("stopped");
  }

  @Override
  public void close() {
    if (!stopping) {
      stop(Duration.ofSeconds(30));
    }
  }

  /** Waits until every worker ended. */
  public void await() throws InterruptedException {
    for (Worker w : workers.values()) {
      if (w.thread != null) {
        w.thread.join();
      }
    }
  }

  // ------------------------------------------------------------------ metrics and health

  private void metrics(HttpExchange ex) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# HELP snark4j_relayer_messages Messages by route and status.\n");
    sb.append("# TYPE snark4j_relayer_messages gauge\n");
    Map<String, Map<Store.Status, Integer>> counts = store.counts();
    for (Worker w : workers.values()) {
      Map<Store.Status, Integer> c = counts.getOrDefault(w.route.name(), Map.of());
      for (Store.Status s : Store.Status.values()) {
        sb.append("snark4j_relayer_messages{route=\"").append(w.route.name()).append("\",status=\"")
            .append(s.name().toLowerCase()).append("\"} ").append(c.getOrDefault(s, 0)).append('\n');
      }
    }
    sb.append("# HELP snark4j_relayer_lag_blocks Blocks between the source's head and the route's cursor.\n");
    sb.append("# TYPE snark4j_relayer_lag_blocks gauge\n");
    workers.values().forEach(w -> sb.append("snark4j_relayer_lag_blocks{route=\"").append(w.route.name())
        .append("\"} ").append(w.lag).append('\n'));
    sb.append("# HELP snark4j_relayer_paused 1 when the route is paused (its signer cannot pay).\n");
    sb.append("# TYPE snark4j_relayer_paused gauge\n");
    workers.values().forEach(w -> sb.append("snark4j_relayer_paused{route=\"").append(w.route.name())
        .append("\"} ").append(w.paused == null ? 0 : 1).append('\n'));
    sb.append("# HELP snark4j_relayer_delivery_seconds From first seen to delivered.\n");
    sb.append("# TYPE snark4j_relayer_delivery_seconds summary\n");
    summary(sb, "snark4j_relayer_delivery_seconds", latency);
    sb.append("# HELP snark4j_relayer_submit_seconds From signing to the destination's inclusion.\n");
    sb.append("# TYPE snark4j_relayer_submit_seconds summary\n");
    summary(sb, "snark4j_relayer_submit_seconds", submitLatency);
    sb.append("# HELP snark4j_relayer_signer_balance The destination signer's balance (wei or planck).\n");
    sb.append("# TYPE snark4j_relayer_signer_balance gauge\n");
    balances.forEach((chain, b) -> sb.append("snark4j_relayer_signer_balance{chain=\"").append(chain)
        .append("\"} ").append(b).append('\n'));
    reply(ex, 200, "text/plain; version=0.0.4", sb.toString());
  }

  private static void summary(StringBuilder sb, String name, Map<String, double[]> values) {
    values.forEach((route, v) -> sb.append(name).append("_sum{route=\"").append(route).append("\"} ").append(v[0])
        .append('\n').append(name).append("_count{route=\"").append(route).append("\"} ").append((long) v[1])
        .append('\n'));
  }

  private void health(HttpExchange ex) throws IOException {
    StringBuilder sb = new StringBuilder("{\"routes\":{");
    boolean ok = !stopping;
    long now = System.currentTimeMillis();
    int i = 0;
    for (Worker w : workers.values()) {
      long age = now - w.lastLoop;
      long limit = Math.max(120_000, 10 * config.chains().get(w.route.from()).pollMillis());
      boolean alive = w.thread != null && w.thread.isAlive() && age < limit;
      ok &= alive;
      sb.append(i++ == 0 ? "" : ",").append('"').append(w.route.name()).append("\":{\"alive\":").append(alive)
          .append(",\"lastLoopMsAgo\":").append(age).append(",\"paused\":")
          .append(w.paused == null ? "null" : EvmRpc.json().writeValueAsString(w.paused)).append(",\"lastError\":")
          .append(w.lastError == null ? "null" : EvmRpc.json().writeValueAsString(w.lastError)).append('}');
    }
    sb.append("},\"status\":\"").append(ok ? "ok" : "unhealthy").append("\"}");
    reply(ex, ok ? 200 : 503, "application/json", sb.toString());
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
    StringBuilder sb = new StringBuilder();
    try (Store s = Store.open(config.dataDir())) {
      Map<String, Map<Store.Status, Integer>> counts = s.counts();
      long now = System.currentTimeMillis();
      for (RelayerConfig.Route r : config.routes()) {
        Store.Cursor cursor = s.cursor(r.name());
        sb.append("route ").append(r.name()).append(": ").append(r.from()).append(" -> ").append(r.to())
            .append(", cursor ").append(cursor == null ? "none" : "block " + cursor.block()).append('\n');
        Map<Store.Status, Integer> c = counts.getOrDefault(r.name(), Map.of());
        sb.append("  ");
        for (Store.Status st : Store.Status.values()) {
          sb.append(st.name().toLowerCase()).append(' ').append(c.getOrDefault(st, 0)).append("  ");
        }
        sb.append('\n');
        for (Store.Message m : s.pending(r.name())) {
          if (now - m.updated() > 60_000 || m.attempts() > 0) {
            sb.append("  stuck ").append(m.id()).append(' ').append(m.status().name().toLowerCase())
                .append(", ").append(m.attempts()).append(" attempt(s), updated ")
                .append((now - m.updated()) / 1000).append(" s ago")
                .append(m.reason() == null ? "" : ": " + m.reason()).append('\n');
          }
        }
        for (Store.Message m : s.all(r.name())) {
          if (m.status() == Store.Status.FAILED) {
            sb.append("  failed ").append(m.id()).append(": ").append(m.reason()).append('\n');
          }
        }
      }
    }
    return sb.toString();
  }

  /** Keeps the relayer's log to warnings and errors (demos print their own steps). */
  public static void quietLogs(boolean quiet) {
    Log.quiet = quiet;
  }

  /** A message as the store holds it, or null. */
  public Store.Message message(String route, String id) throws IOException {
    return store.get(route, id);
  }

  /** The ids of a route's delivered messages. */
  public List<String> delivered(String route) throws IOException {
    return store.all(route).stream().filter(m -> m.status() == Store.Status.INCLUDED).map(Store.Message::id)
        .toList();
  }
}
