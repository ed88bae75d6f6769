package org.snark4j.bridge.relayer;

import java.time.Instant;

/**
 * The relayer's structured log: one line per event on standard error, {@code time level message} with the
 * message's fields as {@code key=value} where a caller gives them. Kept dependency-free on purpose.
 */
final class Log {
  private Log() {}

  static volatile boolean quiet;

  static void info(String message) {
    write("INFO", message);
  }

  static void warn(String message) {
    write("WARN", message);
  }

  static void error(String message) {
    write("ERROR", message);
  }

  private static void write(String level, String message) {
    if (!quiet || !level.equals("INFO")) {
      System.err.println(Instant.now() + " " + level + " " + message);
    }
  }
}
