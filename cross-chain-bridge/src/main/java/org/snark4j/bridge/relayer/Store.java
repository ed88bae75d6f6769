package org.snark4j.bridge.relayer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relayer's durable state: SQLite in WAL mode ({@code relayer.db} in the data folder), written before every
 * step that cannot be taken back. Per route a source cursor (the last block read, and its hash); per message its
 * source position, the proof and inputs, its status ({@link Status}), the reason of a failure, its attempts, and
 * once submitted the destination nonce, the signed bytes and their hash, so that a restarted relayer resends the
 * same transaction rather than a new one; the nonces SUBMITTED messages hold are the ones a new message may not take.
 * Every method
 * is one transaction; the store is safe to share between threads.
 */
public final class Store implements AutoCloseable {
  /** Where a message is. SEEN → VERIFIED → SUBMITTED → INCLUDED, or FAILED (final, with a reason) or DROPPED. */
  public enum Status { SEEN, VERIFIED, SUBMITTED, INCLUDED, FAILED, DROPPED }

  /** A message as stored. */
  public record Message(String route, String id, long sourceBlock, String sourceHash, int sourceIndex, String keyId,
      byte[] proof, String inputs, Status status, String reason, int attempts, Long nonce, byte[] tx, String txHash,
      Long submittedAt, String destBlock, long created, long updated) {}

  private final Connection db;

  private Store(Connection db) {
    this.db = db;
  }

  /** Opens (creating if needed) {@code relayer.db} in the data folder. */
  public static Store open(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("relayer.db").toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL"); // a step recorded is on disk before the next is taken
        s.execute("PRAGMA busy_timeout=10000");
        s.execute("""
            CREATE TABLE IF NOT EXISTS cursor (
              route TEXT PRIMARY KEY, block INTEGER NOT NULL, hash TEXT)""");
        s.execute("""
            CREATE TABLE IF NOT EXISTS message (
              route TEXT NOT NULL, id TEXT NOT NULL, source_block INTEGER NOT NULL, source_hash TEXT,
              source_index INTEGER NOT NULL, key_id TEXT, proof BLOB, inputs TEXT,
              status TEXT NOT NULL, reason TEXT, attempts INTEGER NOT NULL DEFAULT 0,
              nonce INTEGER, tx BLOB, tx_hash TEXT, submitted_at INTEGER, dest_block TEXT,
              created INTEGER NOT NULL, updated INTEGER NOT NULL,
              PRIMARY KEY (route, id))""");
        s.execute("CREATE INDEX IF NOT EXISTS message_status ON message (route, status)");
      }
      c.setAutoCommit(false);
      c.commit();
      return new Store(c);
    } catch (SQLException e) {
      throw new IOException("cannot open the relayer's database in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  private interface Work<T> {
    T run() throws SQLException;
  }

  private synchronized <T> T tx(Work<T> work) throws IOException {
    try {
      T out = work.run();
      db.commit();
      return out;
    } catch (SQLException e) {
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // the connection reports the first error
      }
      throw new IOException("the relayer's database: " + e.getMessage(), e);
    }
  }

  /** Where a route has read its source up to: the last source block read and its hash. */
  public record Cursor(long block, String hash) {}

  /** The route's cursor, or null before its first block. */
  public Cursor cursor(String route) throws IOException {
    return tx(() -> {
      try (PreparedStatement p = db.prepareStatement("SELECT block, hash FROM cursor WHERE route = ?")) {
        p.setString(1, route);
        try (ResultSet r = p.executeQuery()) {
          return r.next() ? new Cursor(r.getLong(1), r.getString(2)) : null;
        }
      }
    });
  }

  /**
   * Records the messages found in source blocks up to {@code block} and moves the cursor there, in one
   * transaction: a crash leaves either both or neither. A message already known (the same route and id) is left
   * as it is.
   */
  public void advance(String route, long block, String hash, List<Message> found) throws IOException {
    tx(() -> {
      long now = System.currentTimeMillis();
      try (PreparedStatement p = db.prepareStatement("""
          INSERT OR IGNORE INTO message (route, id, source_block, source_hash, source_index, key_id, proof, inputs,
            status, reason, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
        for (Message m : found) {
          p.setString(1, route);
          p.setString(2, m.id());
          p.setLong(3, m.sourceBlock());
          p.setString(4, m.sourceHash());
          p.setInt(5, m.sourceIndex());
          p.setString(6, m.keyId());
          p.setBytes(7, m.proof());
          p.setString(8, m.inputs());
          p.setString(9, m.status().name());
          p.setString(10, m.reason());
          p.setLong(11, now);
          p.setLong(12, now);
          p.addBatch();
        }
        p.executeBatch();
      }
      try (PreparedStatement p = db.prepareStatement(
          "INSERT INTO cursor (route, block, hash) VALUES (?, ?, ?) "
              + "ON CONFLICT(route) DO UPDATE SET block = excluded.block, hash = excluded.hash")) {
        p.setString(1, route);
        p.setLong(2, block);
        p.setString(3, hash);
        p.executeUpdate();
      }
      return null;
    });
  }

  /**
   * A reorg reached blocks already read: the cursor goes back to {@code block} and messages from later blocks
   * that were not yet submitted are dropped (they are read again if the new chain still holds them).
   */
  public int rewind(String route, long block, String hash) throws IOException {
    return tx(() -> {
      int dropped;
      try (PreparedStatement p = db.prepareStatement("""
          UPDATE message SET status = 'DROPPED', reason = 'orphaned by a reorg', updated = ?
          WHERE route = ? AND source_block > ? AND status IN ('SEEN', 'VERIFIED')""")) {
        p.setLong(1, System.currentTimeMillis());
        p.setString(2, route);
        p.setLong(3, block);
        dropped = p.executeUpdate();
      }
      // a dropped message seen again on the new chain is inserted afresh
      try (PreparedStatement p = db.prepareStatement(
          "DELETE FROM message WHERE route = ? AND source_block > ? AND status = 'DROPPED'")) {
        p.setString(1, route);
        p.setLong(2, block);
        p.executeUpdate();
      }
      try (PreparedStatement p = db.prepareStatement("UPDATE cursor SET block = ?, hash = ? WHERE route = ?")) {
        p.setLong(1, block);
        p.setString(2, hash);
        p.setString(3, route);
        p.executeUpdate();
      }
      return dropped;
    });
  }

  /** The messages of a route not yet final, oldest first. */
  public List<Message> pending(String route) throws IOException {
    return query("SELECT * FROM message WHERE route = ? AND status IN ('SEEN', 'VERIFIED', 'SUBMITTED') "
        + "ORDER BY source_block, source_index", route);
  }

  public List<Message> all(String route) throws IOException {
    return query("SELECT * FROM message WHERE route = ? ORDER BY source_block, source_index", route);
  }

  public Message get(String route, String id) throws IOException {
    List<Message> m = query("SELECT * FROM message WHERE route = ? AND id = ?", route, id);
    return m.isEmpty() ? null : m.get(0);
  }

  private List<Message> query(String sql, Object... args) throws IOException {
    return tx(() -> {
      try (PreparedStatement p = db.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          p.setObject(i + 1, args[i]);
        }
        List<Message> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new Message(r.getString("route"), r.getString("id"), r.getLong("source_block"),
                r.getString("source_hash"), r.getInt("source_index"), r.getString("key_id"), r.getBytes("proof"),
                r.getString("inputs"), Status.valueOf(r.getString("status")), r.getString("reason"),
                r.getInt("attempts"), nullableLong(r, "nonce"), r.getBytes("tx"),
                r.getString("tx_hash"), nullableLong(r, "submitted_at"), r.getString("dest_block"),
                r.getLong("created"), r.getLong("updated")));
          }
        }
        return out;
      }
    });
  }

  private static Long nullableLong(ResultSet r, String column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : v;
  }

  /** Moves a message to VERIFIED, INCLUDED (with its destination block), FAILED or DROPPED (with a reason). */
  public void mark(String route, String id, Status status, String reasonOrBlock) throws IOException {
    tx(() -> {
      String column = status == Status.INCLUDED ? "dest_block" : "reason";
      try (PreparedStatement p = db.prepareStatement("UPDATE message SET status = ?, " + column
          + " = ?, updated = ? WHERE route = ? AND id = ?")) {
        p.setString(1, status.name());
        p.setString(2, reasonOrBlock);
        p.setLong(3, System.currentTimeMillis());
        p.setString(4, route);
        p.setString(5, id);
        p.executeUpdate();
      }
      return null;
    });
  }

  /** Counts an attempt that did not go through and why (the message stays where it is, to be tried again). */
  public void attempt(String route, String id, String reason) throws IOException {
    tx(() -> {
      try (PreparedStatement p = db.prepareStatement(
          "UPDATE message SET attempts = attempts + 1, reason = ?, updated = ? WHERE route = ? AND id = ?")) {
        p.setString(1, reason);
        p.setLong(2, System.currentTimeMillis());
        p.setString(3, route);
        p.setString(4, id);
        p.executeUpdate();
      }
      return null;
    });
  }

  /**
   * Records a signed transaction before it is sent: SUBMITTED with its nonce, bytes and hash, and the block the
   * destination was at. A restarted relayer finds it here and resends these bytes, never a second transaction.
   */
  public void submitted(String route, String id, long nonce, byte[] tx, String txHash, long atBlock)
      throws IOException {
    tx(() -> {
      try (PreparedStatement p = db.prepareStatement("""
          UPDATE message SET status = 'SUBMITTED', nonce = ?, tx = ?, tx_hash = ?, submitted_at = ?,
            attempts = attempts + 1, updated = ? WHERE route = ? AND id = ?""")) {
        p.setLong(1, nonce);
        p.setBytes(2, tx);
        p.setString(3, txHash);
        p.setLong(4, atBlock);
        p.setLong(5, System.currentTimeMillis());
        p.setString(6, route);
        p.setString(7, id);
        p.executeUpdate();
      }
      return null;
    });
  }

  /**
   * The nonce a new message to a destination may take: the smallest at or above the chain's next nonce (which
   * counts the pool) that no SUBMITTED message of the destination's routes holds. A nonce taken but never recorded
   * (a crash, or a failure before the signed bytes were stored) is free again, so no gap is left behind.
   */
  public long freeNonce(long chainNext, List<String> routes) throws IOException {
    return tx(() -> {
      java.util.Set<Long> held = new java.util.HashSet<>();
      String marks = String.join(", ", java.util.Collections.nCopies(routes.size(), "?"));
      try (PreparedStatement p = db.prepareStatement("SELECT nonce FROM message WHERE status = 'SUBMITTED' "
          + "AND nonce >= ? AND route IN (" + marks + ")")) {
        p.setLong(1, chainNext);
        for (int i = 0; i < routes.size(); i++) {
          p.setString(i + 2, routes.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            held.add(r.getLong(1));
          }
        }
      }
      long n = chainNext;
      while (held.contains(n)) {
        n++;
      }
      return n;
    });
  }

  /** Counts of messages by route and status. */
  public Map<String, Map<Status, Integer>> counts() throws IOException {
    return tx(() -> {
      Map<String, Map<Status, Integer>> out = new LinkedHashMap<>();
      try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
          "SELECT route, status, COUNT(*) FROM message GROUP BY route, status ORDER BY route")) {
        while (r.next()) {
          out.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>())
              .put(Status.valueOf(r.getString(2)), r.getInt(3));
        }
      }
      return out;
    });
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IOException("closing the relayer's database: " + e.getMessage(), e);
    }
  }
}
