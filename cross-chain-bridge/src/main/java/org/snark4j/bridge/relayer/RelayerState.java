package org.snark4j.bridge.relayer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the relayer's route workers share: the config, the store, the metrics, the backoffs and the stop flag. */
final class RelayerState {
  final RelayerConfig config;
  final Store store;
  final RelayerMetrics metrics = new RelayerMetrics();
  /** route/message id → the time before which the message waits (backoff after a failed attempt). */
  final Map<String, Long> notBefore = new ConcurrentHashMap<>();
  /** destination chain → the routes to it (which share its signer's nonces). */
  final Map<String, List<String>> routesTo;
  volatile boolean stopping;

  RelayerState(RelayerConfig config, Store store, Map<String, List<String>> routesTo) {
    this.config = config;
    this.store = store;
    this.routesTo = Map.copyOf(routesTo);
  }

  /** Sleeps up to millis, waking early when the relayer stops. */
  void sleep(long millis) {
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
}
