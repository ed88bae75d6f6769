package org.snark4j.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;

/**
 * The files on their own, without the prover or circuits: .r1cs, .wtns and Groth16 .zkey written and read back
 * field for field, and malformed files (every truncation, a point off the curve, a huge count) refused with a
 * {@link FormatException} that names the problem.
 */
class FormatsTest {
  @TempDir Path dir;

  static G1Affine g1(long k) {
    return G1Affine.GENERATOR.toJacobian().multiply(Fr.of(k)).toAffine();
  }

  static G2Affine g2(long k) {
    return G2Affine.GENERATOR.toJacobian().multiply(Fr.of(k)).toAffine();
  }

  private static long[] flat1(long... ks) {
    long[] out = new long[8 * ks.length];
    for (int i = 0; i < ks.length; i++) {
      (ks[i] == 0 ? G1Affine.INFINITY : g1(ks[i])).writeLimbs(out, 8 * i);
    }
    return out;
  }

  private static long[] flat2(long... ks) {
    long[] out = new long[16 * ks.length];
    for (int i = 0; i < ks.length; i++) {
      (ks[i] == 0 ? G2Affine.INFINITY : g2(ks[i])).writeLimbs(out, 16 * i);
    }
    return out;
  }

  /** A key of 4 wires (the constant, one public, two private), domain 4: made up, not a setup. */
  static ZkeyFile.Groth16Key key() {
    ZkeyFile.Header h = new ZkeyFile.Header(4, 1, 4, g1(2), g1(3), g2(5), g2(7), g1(11), g2(13), List.of(g1(17),
        g1(19)));
    long[] values = new long[8];
    Fr.of(5).montgomeryLimbs(values, 0);
    Fr.ONE.negate().montgomeryLimbs(values, 4);
    ZkeyFile.Coefficients c = new ZkeyFile.Coefficients(new byte[] {0, 1, 0}, new int[] {0, 1, 3},
        new int[] {1, 2, 3}, new int[] {0, 1, 0}, values);
    return new ZkeyFile.Groth16Key(h, c, flat1(1, 0, 41, 3), flat1(4, 5, 0, 6), flat2(1, 2, 0, 3), flat1(7, 8),
        flat1(9, 10, 11, 12));
  }

  private static void assertSameKey(ZkeyFile.Groth16Key x, ZkeyFile.Groth16Key y) {
    assertEquals(x.header(), y.header());
    assertArrayEquals(x.coefficients().matrix(), y.coefficients().matrix());
    assertArrayEquals(x.coefficients().row(), y.coefficients().row());
    assertArrayEquals(x.coefficients().wire(), y.coefficients().wire());
    assertArrayEquals(x.coefficients().index(), y.coefficients().index());
    assertArrayEquals(x.coefficients().values(), y.coefficients().values());
    assertArrayEquals(x.a(), y.a());
    assertArrayEquals(x.b1(), y.b1());
    assertArrayEquals(x.b2(), y.b2());
    assertArrayEquals(x.c(), y.c());
    assertArrayEquals(x.h(), y.h());
  }

  @Test
  void zkeyRoundTrip() throws IOException {
    ZkeyFile.Groth16Key k = key();
    byte[] hash = new byte[64];
    Arrays.fill(hash, (byte) 7);
    ZkeyFile.Contribution c = new ZkeyFile.Contribution(g1(23), g1(29), g1(31), g2(37), new byte[64], 1, "beacon",
        10, new byte[] {1, 2, 3});
    Path p = dir.resolve("k.zkey");
    ZkeyFile.write(k, new ZkeyFile.History(hash, List.of(c)), p);
    assertSameKey(k, ZkeyFile.read(p));
    assertEquals(k.header(), ZkeyFile.readHeader(p));
    assertEquals(4, ZkeyFile.domainSize(p));
    ZkeyFile.History h = ZkeyFile.readHistory(p);
    assertArrayEquals(hash, h.circuitHash());
    ZkeyFile.Contribution back = h.contributions().get(0);
    assertEquals(c.deltaAfter(), back.deltaAfter());
    assertEquals(c.g2Spx(), back.g2Spx());
    assertEquals("beacon", back.name());
    assertEquals(10, back.numIterationsExp());
    assertArrayEquals(c.beaconHash(), back.beaconHash());
  }

  @Test
  void zkeyMalformed() throws IOException {
    Path p = dir.resolve("k.zkey");
    ZkeyFile.write(key(), ZkeyFile.History.of(new byte[64]), p);
    byte[] good = Files.readAllBytes(p);
    Path bad = dir.resolve("bad.zkey");
    for (int len = 0; len < good.length; len += 1 + len / 20) {
      Files.write(bad, Arrays.copyOf(good, len));
      assertThrows(FormatException.class, () -> ZkeyFile.read(bad), "length " + len);
    }
    // the first coordinate of A[2] one off: off the curve, named
    byte[] off = good.clone();
    int a = indexOf(good, SnarkjsPoints.bytes(g1(41)));
    off[a] ^= 1;
    Files.write(bad, off);
    FormatException e = assertThrows(FormatException.class, () -> ZkeyFile.read(bad));
    assertTrue(e.getMessage().contains("A[2]"), e.getMessage());
    // a history that claims 2^31 - 1 contributions is refused before it allocates for them
    byte[] many = good.clone();
    int count = good.length - 4; // the last 4 bytes: section 10's contribution count (0)
    many[count] = (byte) 0xff;
    many[count + 1] = (byte) 0xff;
    many[count + 2] = (byte) 0xff;
    many[count + 3] = 0x7f;
    Files.write(bad, many);
    e = assertThrows(FormatException.class, () -> ZkeyFile.readHistory(bad));
    assertTrue(e.getMessage().contains("cannot fit"), e.getMessage());
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  @Test
  void r1csRoundTripAndRefusals() throws IOException {
    List<R1csFile.Constraint> cs = new ArrayList<>();
    cs.add(new R1csFile.Constraint(new R1csFile.Lc(new int[] {2}, new Fr[] {Fr.ONE}),
        new R1csFile.Lc(new int[] {3}, new Fr[] {Fr.of(3)}), new R1csFile.Lc(new int[] {0, 1}, new Fr[] {Fr.of(4),
            Fr.ONE.negate()})));
    R1csFile.Contents r = new R1csFile.Contents(4, 1, 0, 2, 4, cs);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    R1csFile.write(r, out);
    byte[] bytes = out.toByteArray();
    R1csFile.Contents back = R1csFile.read(bytes);
    assertEquals(List.of(4, 1, 0, 2, 4L, 1), List.of(back.wires(), back.publicOutputs(), back.publicInputs(),
        back.privateInputs(), back.labels(), back.constraints().size()));
    assertArrayEquals(cs.get(0).c().wires(), back.constraints().get(0).c().wires());
    assertArrayEquals(cs.get(0).c().coeffs(), back.constraints().get(0).c().coeffs());
    assertEquals(2, back.privateWires());
    for (int len = 0; len < bytes.length; len++) {
      byte[] cut = Arrays.copyOf(bytes, len);
      assertThrows(FormatException.class, () -> R1csFile.read(cut), "length " + len);
    }
    // a wire beyond the header's count
    List<R1csFile.Constraint> wild = List.of(new R1csFile.Constraint(new R1csFile.Lc(new int[] {9},
        new Fr[] {Fr.ONE}), cs.get(0).b(), cs.get(0).c()));
    out.reset();
    R1csFile.write(new R1csFile.Contents(4, 1, 0, 2, 4, wild), out);
    byte[] w = out.toByteArray();
    FormatException e = assertThrows(FormatException.class, () -> R1csFile.read(w));
    assertTrue(e.getMessage().contains("wire 9 of 4"), e.getMessage());
  }

  @Test
  void wtnsRoundTripAndRefusals() throws IOException {
    Fr[] v = {Fr.ONE, Fr.of(5), Fr.ONE.negate()};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WtnsFile.write(v, out);
    byte[] bytes = out.toByteArray();
    assertArrayEquals(v, WtnsFile.read(bytes));
    for (int len = 0; len < bytes.length; len++) {
      byte[] cut = Arrays.copyOf(bytes, len);
      assertThrows(FormatException.class, () -> WtnsFile.read(cut), "length " + len);
    }
    byte[] magic = bytes.clone();
    magic[0] = 'x';
    FormatException e = assertThrows(FormatException.class, () -> WtnsFile.read(magic));
    assertTrue(e.getMessage().contains("expected magic \"wtns\""), e.getMessage());
  }

  @Test
  void contributionParameters() {
    byte[] enc = ContributionParams.encode("é name", 1, 12, new byte[] {9, 8});
    ContributionParams p = ContributionParams.parse(enc, "test");
    assertEquals("é name", p.name());
    assertEquals(12, p.numIterationsExp());
    assertArrayEquals(new byte[] {9, 8}, p.beaconHash());
    assertThrows(FormatException.class, () -> ContributionParams.parse(new byte[] {1, 5, 'a'}, "test"));
    assertThrows(FormatException.class, () -> ContributionParams.parse(new byte[] {2, 1, 1, 0}, "test"));
  }
}
