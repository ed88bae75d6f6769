package org.snark4j.bridge.relayer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs a relayer until the process is told to stop (SIGTERM or SIGINT): the shutdown hook lets the routes finish
 * the step they are in for up to 20 seconds, then closes the store. {@code snark4j relayer run} calls this.
 */
public final class RelayerMain {
  private RelayerMain() {}

  /** Reads the config, starts, and blocks until stopped. */
  public static void run(Path config) throws IOException, InterruptedException {
    RelayerConfig c = RelayerConfig.read(config, System.getenv());
    Relayer relayer = new Relayer(c);
    Thread hook = new Thread(() -> {
      Log.info("stopping (signal): routes finish their step");
      relayer.stop(Duration.ofSeconds(20));
    }, "relayer-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    relayer.start();
    relayer.await();
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: RelayerMain relayer.yaml");
      System.exit(2);
    }
    try {
      run(Path.of(args[0]));
    } catch (RelayerConfig.ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }
}
