package org.snark4j.circuits.circom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.snark4j.circuits.Api;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.R1cs;
import org.snark4j.circuits.Witness;
import org.snark4j.circuits.gadgets.hash.Poseidon;
import org.snark4j.core.bn254.Fr;
import org.snark4j.formats.FormatException;
import org.snark4j.formats.R1csFile;
import org.snark4j.formats.WtnsFile;

/** A circuit's R1CS and witness through .r1cs and .wtns and back, and refusal of malformed files. */
class CircomFilesTest {
  static byte[] r1csBytes(R1cs r1cs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    R1csFile.write(r1cs.toFile(), out);
    return out.toByteArray();
  }

  static byte[] wtnsBytes(Fr[] w) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WtnsFile.write(w, out);
    return out.toByteArray();
  }

  static CompiledCircuit poseidon() {
    return CompiledCircuit.compile(PoseidonCircuit.INSTANCE.get());
  }

  @Test
  void r1csRoundTrip() throws IOException {
    CompiledCircuit cc = poseidon();
    R1cs r = R1cs.fromFile(R1csFile.read(r1csBytes(cc.r1cs())));
    assertEquals(cc.r1cs().constraintCount(), r.constraintCount());
    assertEquals(cc.r1cs().wireCount(), r.wireCount());
    assertEquals(1, r.publicCount());
    assertEquals(2, r.secretCount());
    Fr h = Poseidon.hash(Fr.of(1), Fr.of(2));
    Witness w = cc.solve(Assignment.builder().set("a", 1).set("b", 2).set("h", h).build());
    assertTrue(r.isSatisfied(w.values()));
    for (int i = 0; i < r.constraintCount(); i++) {
      R1cs.Constraint x = cc.r1cs().constraints().get(i);
      R1cs.Constraint y = r.constraints().get(i);
      assertArrayEquals(x.a().wires(), y.a().wires());
      assertArrayEquals(x.c().coeffs(), y.c().coeffs());
    }
  }

  @Test
  void wtnsRoundTrip() throws IOException {
    Fr[] w = {Fr.ONE, Fr.of(5), Fr.ONE.negate()};
    assertArrayEquals(w, WtnsFile.read(wtnsBytes(w)));
  }

  @Test
  void everyTruncationIsRefusedClearly() throws IOException {
    byte[] r = r1csBytes(poseidon().r1cs());
    byte[] w = wtnsBytes(new Fr[] {Fr.ONE, Fr.of(7), Fr.of(9)});
    for (int len = 0; len < w.length; len++) {
      byte[] cut = Arrays.copyOf(w, len);
      assertThrows(FormatException.class, () -> WtnsFile.read(cut), "length " + len);
    }
    for (int len = 0; len < r.length; len += 1 + len / 50) {
      byte[] cut = Arrays.copyOf(r, len);
      assertThrows(FormatException.class, () -> R1csFile.read(cut), "length " + len);
    }
  }

  @Test
  void badHeadersAreNamed() throws IOException {
    byte[] w = wtnsBytes(new Fr[] {Fr.ONE});
    byte[] magic = w.clone();
    magic[0] = 'x';
    FormatException e = assertThrows(FormatException.class, () -> WtnsFile.read(magic));
    assertTrue(e.getMessage().contains("expected magic \"wtns\""), e.getMessage());
    byte[] prime = w.clone();
    prime[12 + 12 + 4] ^= 1; // first byte of the prime in section 1
    e = assertThrows(FormatException.class, () -> WtnsFile.read(prime));
    assertTrue(e.getMessage().contains("not BN254"), e.getMessage());
    byte[] value = w.clone();
    Arrays.fill(value, value.length - 32, value.length, (byte) 0xff); // 2^256 - 1 ≥ r
    e = assertThrows(FormatException.class, () -> WtnsFile.read(value));
    assertTrue(e.getMessage().contains("not below r"), e.getMessage());
    byte[] r = r1csBytes(poseidon().r1cs());
    byte[] huge = r.clone();
    // section 1 header starts at 12; its size field at 16; claim an enormous size
    Arrays.fill(huge, 16, 24, (byte) 0x7f);
    e = assertThrows(FormatException.class, () -> R1csFile.read(huge));
    assertTrue(e.getMessage().contains("claims"), e.getMessage());
  }

  /** The Poseidon(a, b) = h circuit. */
  static final class PoseidonCircuit {
    static final java.util.function.Supplier<Circuit> INSTANCE = () -> (Api api) -> api.assertEqual(
        Poseidon.hash(api, api.secretInput("a"), api.secretInput("b")), api.publicInput("h"));

    private PoseidonCircuit() {}
  }
}
