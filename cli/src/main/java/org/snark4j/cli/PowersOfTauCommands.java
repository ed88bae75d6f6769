package org.snark4j.cli;

import static org.snark4j.cli.Groth16Commands.out;
import static org.snark4j.cli.Groth16Commands.progress;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.snark4j.prover.PowersOfTau;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code snark4j powersoftau ...}: the Powers of Tau ceremony, with snarkjs's command names and arguments. */
final class PowersOfTauCommands {
  private PowersOfTauCommands() {}

  @Command(name = "powersoftau", mixinStandardHelpOptions = true, description = "The Powers of Tau ceremony (phase 1), in snarkjs's .ptau format.",
      subcommands = {New.class, Contribute.class, Beacon.class, Prepare.class, Verify.class})
  static final class Ptau extends Group {}

  @Command(name = "new", mixinStandardHelpOptions = true,
      description = "Starts a ceremony for circuits up to 2^power constraints: every point the generator. "
          + "Not usable until someone contributes.")
  static final class New implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "curve", description = "bn128 (BN254)")
    String curve;

    @Parameters(index = "1", paramLabel = "power", description = "1 to " + PowersOfTau.MAX_POWER)
    int power;

    @Parameters(index = "2", paramLabel = "powersoftau_0000.ptau", defaultValue = "powersoftau_0000.ptau")
    Path out;

    @Override
    public Integer call() throws Exception {
      if (!curve.equalsIgnoreCase("bn128") && !curve.equalsIgnoreCase("bn254")) {
        throw new IllegalArgumentException("the curve must be bn128 (BN254), got \"" + curve + "\"");
      }
      byte[] first = PowersOfTau.create(power, out);
      out().println("First contribution hash: " + HexFormat.of().formatHex(first));
      return 0;
    }
  }

  @Command(name = "contribute", mixinStandardHelpOptions = true,
      description = "Contributes: tau, alpha and beta times fresh secrets (the system's SecureRandom, the entropy "
          + "text mixed in), forgotten when done. Prints the response hash to publish.")
  static final class Contribute implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "powersoftau.ptau")
    Path in;

    @Parameters(index = "1", paramLabel = "new_powersoftau.ptau")
    Path out;

    @Option(names = {"-n", "--name"}, description = "the contributor's name, recorded in the file")
    String name;

    @Option(names = {"-e", "--entropy"}, description = "extra entropy text (the system's randomness is always used)")
    String entropy;

    @Override
    public Integer call() throws Exception {
      byte[] h = PowersOfTau.contribute(in, out, name, entropy, progress());
      out().println("Contribution response hash: " + HexFormat.of().formatHex(h));
      return 0;
    }
  }

  @Command(name = "beacon", mixinStandardHelpOptions = true,
      description = "Adds a random-beacon contribution: the secrets come from SHA-256 applied 2^numIterationsExp "
          + "times to the beacon hash, so anyone can recompute them.")
  static final class Beacon implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "old_powersoftau.ptau")
    Path in;

    @Parameters(index = "1", paramLabel = "new_powersoftau.ptau")
    Path out;

    @Parameters(index = "2", paramLabel = "beaconHash(hex)")
    String beaconHex;

    @Parameters(index = "3", paramLabel = "numIterationsExp", description = "10 to 63")
    int numIterationsExp;

    @Option(names = {"-n", "--name"}, description = "a name recorded in the file")
    String name;

    @Override
    public Integer call() throws Exception {
      byte[] h = PowersOfTau.beacon(in, out, name, Groth16Commands.parseBeacon(beaconHex), numIterationsExp,
          progress());
      out().println("Contribution response hash: " + HexFormat.of().formatHex(h));
      return 0;
    }
  }

  @Command(name = "prepare", mixinStandardHelpOptions = true, description = "Prepares a .ptau for phase 2.", subcommands = {Phase2.class})
  static final class Prepare extends Group {}

  @Command(name = "phase2", mixinStandardHelpOptions = true,
      description = "Adds the Lagrange forms that groth16 setup reads (every domain up to the file's power).")
  static final class Phase2 implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "powersoftau.ptau")
    Path in;

    @Parameters(index = "1", paramLabel = "new_powersoftau.ptau")
    Path out;

    @Override
    public Integer call() throws Exception {
      PowersOfTau.preparePhase2(in, out, progress());
      return 0;
    }
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Checks every contribution and the points of a .ptau: prints the contributions and "
          + "Powers of Tau Ok! (exit 0), or what is wrong (exit 1).")
  static final class Verify implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "powersoftau.ptau")
    Path ptau;

    @Override
    public Integer call() throws Exception {
      PowersOfTau.Info info = PowersOfTau.info(ptau);
      List<String> problems = PowersOfTau.verify(ptau, progress());
      HexFormat hex = HexFormat.of();
      out().println("power: 2^" + info.power() + (info.power() != info.ceremonyPower()
          ? " (reduced from 2^" + info.ceremonyPower() + ")" : ""));
      int i = 0;
      for (PowersOfTau.Contribution c : info.contributions()) {
        i++;
        out().println("contribution #" + i + " " + (c.name() == null ? "" : c.name())
            + (c.type() == 1 ? " (beacon " + hex.formatHex(c.beaconHash()) + ", 2^" + c.numIterationsExp() + ")" : ""));
        out().println("  response hash:       " + hex.formatHex(c.responseHash()));
        out().println("  next challenge hash: " + hex.formatHex(c.nextChallenge()));
      }
      if (!info.preparedForPhase2()) {
        out().println("not prepared for phase 2: run `snark4j powersoftau prepare phase2` on it");
      }
      if (!problems.isEmpty()) {
        for (String p : problems) {
          System.err.println("snark4j: " + p);
        }
        out().println("Powers of Tau NOT OK");
        return 1;
      }
      out().println("Powers of Tau Ok!");
      return 0;
    }
  }
}
