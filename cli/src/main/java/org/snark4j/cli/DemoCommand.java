package org.snark4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder, filled in below. */
@Command(name = "demo", description = "Runs the end-to-end example.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
