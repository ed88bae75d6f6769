package org.snark4j.bridge.relayer;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.snark4j.bridge.evm.EvmRpc;

/**
 * The relayer's metrics, in Prometheus's text format, and its health report: messages by route and status, the
 * cursors' lag, paused routes, delivery and submit latency, the signers' balances.
 */
final class RelayerMetrics {
  private final Map<String, BigInteger> balances = new ConcurrentHashMap<>();
  private final Map<String, double[]> latency = new ConcurrentHashMap<>(); // route → {sum seconds, count}
  private final Map<String, double[]> submitLatency = new ConcurrentHashMap<>(); // signed to included

  /** A destination signer's balance (wei or planck). */
  void balance(String chain, BigInteger value) {
    balances.put(chain, value);
  }

  /** A message was delivered now: from first seen, and from its signing if it was submitted. */
  void delivered(Store.Message m) {
    long now = System.currentTimeMillis();
    add(latency, m.route(), (now - m.created()) / 1000.0);
    if (m.status() == Store.Status.SUBMITTED) { // its last update was the signing
      add(submitLatency, m.route(), (now - m.updated()) / 1000.0);
    }
  }

  private static void add(Map<String, double[]> summary, String route, double seconds) {
    summary.compute(route, (k, v) -> v == null ? new double[] {seconds, 1} : new double[] {v[0] + seconds, v[1] + 1});
  }

  /** The Prometheus text exposition of the routes' state. */
  String prometheus(Map<String, Map<Store.Status, Integer>> counts, Collection<RouteWorker> workers) {
    StringBuilder sb = new StringBuilder();
    sb.append("# HELP snark4j_relayer_messages Messages by route and status.\n");
    sb.append("# TYPE snark4j_relayer_messages gauge\n");
    for (RouteWorker w : workers) {
      Map<Store.Status, Integer> c = counts.getOrDefault(w.route.name(), Map.of());
      for (Store.Status s : Store.Status.values()) {
        sb.append("snark4j_relayer_messages{route=\"").append(w.route.name()).append("\",status=\"")
            .append(s.name().toLowerCase()).append("\"} ").append(c.getOrDefault(s, 0)).append('\n');
      }
    }
    sb.append("# HELP snark4j_relayer_lag_blocks Blocks between the source's head and the route's cursor.\n");
    sb.append("# TYPE snark4j_relayer_lag_blocks gauge\n");
    workers.forEach(w -> sb.append("snark4j_relayer_lag_blocks{route=\"").append(w.route.name())
        .append("\"} ").append(w.lag).append('\n'));
    sb.append("# HELP snark4j_relayer_paused 1 when the route is paused (its signer cannot pay).\n");
    sb.append("# TYPE snark4j_relayer_paused gauge\n");
    workers.forEach(w -> sb.append("snark4j_relayer_paused{route=\"").append(w.route.name())
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
    return sb.toString();
  }

  private static void summary(StringBuilder sb, String name, Map<String, double[]> values) {
    values.forEach((route, v) -> sb.append(name).append("_sum{route=\"").append(route).append("\"} ").append(v[0])
        .append('\n').append(name).append("_count{route=\"").append(route).append("\"} ").append((long) v[1])
        .append('\n'));
  }

  /** The health report: 200 when every route's loop is alive and recent, else 503; a JSON body per route. */
  record Health(int code, String json) {}

  Health health(boolean stopping, Collection<RouteWorker> workers, RelayerConfig config) throws IOException {
    StringBuilder sb = new StringBuilder("{\"routes\":{");
    boolean ok = !stopping;
    long now = System.currentTimeMillis();
    int i = 0;
    for (RouteWorker w : workers) {
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
    return new Health(ok ? 200 : 503, sb.toString());
  }
}
