package org.snark4j.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.snark4j.bridge.relayer.Relayer;
import org.snark4j.bridge.relayer.RelayerConfig;
import org.snark4j.bridge.relayer.RelayerMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code snark4j relayer run|status}. */
final class RelayerCommands {
  private RelayerCommands() {}

  @Command(name = "relayer", mixinStandardHelpOptions = true,
      description = "Carries proofs between EVM and Substrate chains (docs/relayer.md).",
      subcommands = {Run.class, Status.class})
  static final class RelayerGroup extends Group {}

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Runs the relayer until SIGTERM or SIGINT (in-flight work finishes or resumes at the next start).")
  static final class Run implements Callable<Integer> {
    @Option(names = "--config", required = true, paramLabel = "relayer.yaml")
    Path config;

    @Override
    public Integer call() throws Exception {
      RelayerMain.run(config);
      return 0;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Prints each route's cursor, its messages by status, and the stuck and failed ones (reads the "
          + "relayer's database; works while it runs).")
  static final class Status implements Callable<Integer> {
    @Option(names = "--config", required = true, paramLabel = "relayer.yaml")
    Path config;

    @Override
    public Integer call() throws Exception {
      Groth16Commands.out().print(Relayer.status(RelayerConfig.read(config, System.getenv())));
      return 0;
    }
  }
}
