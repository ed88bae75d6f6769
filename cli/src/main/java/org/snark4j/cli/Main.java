package org.snark4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code snark4j} command. */
@Command(name = "snark4j", mixinStandardHelpOptions = true, version = "snark4j 0.1.0-SNAPSHOT",
    description = "Zero-knowledge proofs on BN254 in pure Java.",
    subcommands = {DemoCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
