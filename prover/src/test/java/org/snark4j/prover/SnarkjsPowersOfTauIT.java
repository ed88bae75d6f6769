package org.snark4j.prover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our Powers of Tau files against snarkjs 0.7.6 at 2^8: a chain mixing our contributions, snarkjs's and a
 * beacon passes {@code snarkjs powersoftau verify} and ours; our phase-2 preparation is snarkjs's byte for byte;
 * our beacon is snarkjs's. Integration test: starts Node.js.
 */
class SnarkjsPowersOfTauIT {
  @Test
  void ceremoniesMixWithSnarkjs() throws Exception {
    Path interop = SnarkjsGroth16IT.interop();
    assumeTrue(Files.isDirectory(interop.resolve("node_modules/snarkjs")),
        "interop/node_modules is missing at " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    String rel = "target/ptau-" + UUID.randomUUID();
    Path work = interop.resolve(rel);
    Files.createDirectories(work);
    String snarkjs = "node_modules/snarkjs/build/cli.cjs";
    try {
      PowersOfTau.create(8, work.resolve("p0.ptau"));
      PowersOfTau.contribute(work.resolve("p0.ptau"), work.resolve("p1.ptau"), "snark4j", null, null);
      SnarkjsGroth16IT.run(interop, snarkjs, "powersoftau", "contribute", rel + "/p1.ptau", rel + "/p2.ptau",
          "--name=snarkjs", "-e=it");
      PowersOfTau.contribute(work.resolve("p2.ptau"), work.resolve("p3.ptau"), "snark4j again", "x", null);
      String beacon = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
      SnarkjsGroth16IT.run(interop, snarkjs, "powersoftau", "beacon", rel + "/p3.ptau", rel + "/p4s.ptau", beacon, "10",
          "-n=final");
      PowersOfTau.beacon(work.resolve("p3.ptau"), work.resolve("p4.ptau"), "final", HexFormat.of().parseHex(beacon),
          10, null);
      // the beacon is deterministic: the same points and keys as snarkjs's (the saved hash state may differ in
      // bytes past its buffered length, which snarkjs leaves from earlier blocks)
      assertSameExceptHashState(Files.readAllBytes(work.resolve("p4s.ptau")), Files.readAllBytes(work.resolve("p4.ptau")));

      String out = SnarkjsGroth16IT.run(interop, snarkjs, "powersoftau", "verify", rel + "/p4.ptau");
      assertTrue(out.contains("Powers Of tau file OK!"), out);
      assertEquals(List.of(), PowersOfTau.verify(work.resolve("p4s.ptau"), null));

      SnarkjsGroth16IT.run(interop, snarkjs, "powersoftau", "prepare", "phase2", rel + "/p4.ptau", rel + "/ps.ptau");
      PowersOfTau.preparePhase2(work.resolve("p4.ptau"), work.resolve("p.ptau"), null);
      assertArrayEquals(Files.readAllBytes(work.resolve("ps.ptau")), Files.readAllBytes(work.resolve("p.ptau")));
      out = SnarkjsGroth16IT.run(interop, snarkjs, "powersoftau", "verify", rel + "/p.ptau");
      assertTrue(out.contains("Powers of Tau Ok!"), out);
      assertEquals(List.of(), PowersOfTau.verify(work.resolve("p.ptau"), null));
    } finally {
      try (Stream<Path> s = Files.walk(work)) {
        s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  /** Equal files but for the 216-byte hash states of the contributions. */
  static void assertSameExceptHashState(byte[] expected, byte[] actual) {
    assertEquals(expected.length, actual.length);
    byte[] e = expected.clone();
    byte[] a = actual.clone();
    int at = (int) PowersOfTauTest.sectionStart(e, 7);
    int n = java.nio.ByteBuffer.wrap(e).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(at);
    int pos = at + 4;
    for (int i = 0; i < n; i++) {
      int state = pos + 64 * 3 + 128 * 2 + 64 * 6 + 128 * 3;
      // the chaining value and counters must agree; only the stale buffer tail may differ
      int buffered = java.nio.ByteBuffer.wrap(e).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(state + 200);
      Arrays.fill(e, state + buffered, state + 128, (byte) 0);
      Arrays.fill(a, state + buffered, state + 128, (byte) 0);
      int params = java.nio.ByteBuffer.wrap(e).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(state + 216 + 64 + 4);
      pos = state + 216 + 64 + 8 + params;
    }
    assertArrayEquals(e, a);
  }
}
