package org.snark4j.circuits.gadgets.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.UnsatisfiedConstraintException;
import org.snark4j.circuits.Variable;

/** SHA-256 in a circuit against java.security.MessageDigest. */
class Sha256Test {
  static Circuit circuit(int n) {
    return api -> {
      Variable[] in = new Variable[n];
      for (int i = 0; i < n; i++) {
        in[i] = api.secretInput("m[" + i + "]");
      }
      Variable[] d = Sha256.hash(api, in);
      for (int j = 0; j < 32; j++) {
        api.assertEqual(d[j], api.publicInput("d[" + j + "]"));
      }
    };
  }

  static long[] unsigned(byte[] b) {
    long[] out = new long[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = b[i] & 0xff;
    }
    return out;
  }

  static Assignment assignment(byte[] m, byte[] digest) {
    return Assignment.builder().set("m", unsigned(m)).set("d", unsigned(digest)).build();
  }

  @Property(tries = 6)
  void matchesMessageDigest(@ForAll @IntRange(min = 0, max = 130) int n, @ForAll long seed) {
    byte[] m = new byte[n];
    new Random(seed).nextBytes(m);
    byte[] d = Sha256.hash(m);
    CompiledCircuit cc = CompiledCircuit.compile(circuit(n), false);
    cc.solve(assignment(m, d));
    byte[] wrong = d.clone();
    wrong[31] ^= 1;
    assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(assignment(m, wrong)));
  }

  @Test
  void knownAnswerAndBlockBoundaries() {
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(java.util.HexFormat.of().parseHex(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), Sha256.hash(abc));
    for (int n : new int[] {55, 56, 64}) { // the padding spills into a second block from 56 bytes
      byte[] m = new byte[n];
      java.util.Arrays.fill(m, (byte) 0xa5);
      CompiledCircuit.compile(circuit(n), false).solve(assignment(m, Sha256.hash(m)));
    }
  }

  @Test
  void inputsMustBeBytes() {
    CompiledCircuit cc = CompiledCircuit.compile(circuit(1), false);
    assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(Assignment.builder().set("m", new long[] {256})
        .set("d", unsigned(Sha256.hash(new byte[] {0}))).build()));
  }

  @Test
  void oneBlockCostsLessThanCircomlib() {
    // 32 bytes: one block; circomlib's Sha256(256) with --O2 has 29,380 constraints
    int ours = CompiledCircuit.compile(circuit(32), false).r1cs().constraintCount() - 32 * 8 - 32;
    assertTrue(ours < 29380, "SHA-256 of one block costs " + ours);
  }

}
