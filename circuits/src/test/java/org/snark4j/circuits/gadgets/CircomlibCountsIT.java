package org.snark4j.circuits.gadgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snark4j.circuits.R1cs;

/**
 * The circomlib column of constraint-counts.csv is what circom 2.2.3 (circom2 0.2.23) makes of circomlib
 * 2.0.5's templates with --O2, and no snark4j gadget costs more than its circomlib counterpart.
 * Integration test: starts Node.js.
 */
class CircomlibCountsIT {
  @Test
  void circomlibColumnIsCircomsAndOursIsNoWorse() throws Exception {
    Path interop = Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(interop.resolve("node_modules/circom2")),
        "interop/node_modules is missing at " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    Map<String, int[]> pinned = GadgetCounts.parse(Files.readString(ConstraintCountsTest.FILE));
    String rel = "target/counts-" + UUID.randomUUID();
    Path work = interop.resolve(rel);
    Files.createDirectories(work.resolve("out"));
    StringBuilder report = new StringBuilder();
    try {
      int i = 0;
      for (GadgetCounts.Entry e : GadgetCounts.entries()) {
        if (e.circom() == null) {
          continue;
        }
        String name = "g" + i++;
        Files.writeString(work.resolve(name + ".circom"), e.circom());
        Process p = new ProcessBuilder("node", "node_modules/circom2/cli.js", rel + "/" + name + ".circom",
            "--r1cs", "--O2", "-l", "node_modules", "-o", rel + "/out").directory(interop.toFile())
            .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "circom timed out on " + e.name());
        assertEquals(0, p.exitValue(), e.name() + ": " + log);
        int circom = R1cs.read(work.resolve("out/" + name + ".r1cs")).constraintCount();
        report.append(e.name()).append(": circomlib ").append(circom).append(", snark4j ").append(e.ours()).append('\n');
        assertEquals(pinned.get(e.name())[1], circom, "circomlib column for " + e.name() + "\n" + report);
        assertTrue(e.ours() <= circom, e.name() + " costs more than circomlib's\n" + report);
      }
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
