package org.snark4j.bridge.relayer;

import java.io.IOException;
import java.util.Map;

/** The status report of {@code snark4j relayer status}, read from the store alone (the relayer may be running). */
final class RelayerStatus {
  private RelayerStatus() {}

  /** Routes and stuck messages from the store, as {@code snark4j relayer status} prints them. */
  static String of(RelayerConfig config) throws IOException {
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
}
