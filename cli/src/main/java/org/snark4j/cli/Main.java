package org.snark4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code snark4j} command. */
@Command(name = "snark4j", mixinStandardHelpOptions = true, version = "snark4j 0.1.0-SNAPSHOT",
    description = "Zero-knowledge proofs on BN254 in pure Java, and carrying them to chains.",
    subcommands = {DemoCommand.class, Groth16Commands.R1cs.class, Groth16Commands.Wtns.class,
        Groth16Commands.Zkey.class, Groth16Commands.Groth16.class, PowersOfTauCommands.Ptau.class,
        SubstrateCommands.Substrate.class, RelayerCommands.RelayerGroup.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    // a command process is short: the SIMD kernels are warmed up only by the commands whose work pays for it
    if (System.getProperty("snark4j.simd.warmUp") == null) {
      System.setProperty("snark4j.simd.warmUp", "manual");
    }
    int code;
    try {
      code = run(args);
    } catch (OutOfMemoryError e) {
      code = 3;
      System.err.println("snark4j: out of memory: the JVM's heap (" + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MiB) is too small for this work; give it more with SNARK4J_JAVA_OPTS=-Xmx<size> (e.g. -Xmx4g)");
    }
    System.exit(code);
  }

  /** Runs the command; bad input is reported in one line (what was expected, what came) with exit code 2. */
  static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException || e instanceof java.io.IOException
          || e instanceof UnsupportedOperationException) {
        cmd.getErr().println("snark4j: " + (e instanceof java.nio.file.NoSuchFileException ? "no such file: " : "")
            + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cl.execute(args);
  }
}
