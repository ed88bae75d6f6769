package org.snark4j.cli;

import picocli.CommandLine;

/** A command that only groups subcommands: run alone, it prints its usage (as {@code --help} does). */
abstract class Group implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
