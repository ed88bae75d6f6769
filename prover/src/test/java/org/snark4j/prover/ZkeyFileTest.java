package org.snark4j.prover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snark4j.circuits.R1cs;
import org.snark4j.core.bn254.Fp;
import org.snark4j.core.bn254.Fr;
import org.snark4j.formats.FormatException;
import org.snark4j.formats.ZkeyFile;

/** .zkey writing and reading without snarkjs (the interop is SnarkjsGroth16IT): round trip and corrupt files. */
class ZkeyFileTest {
  @TempDir static Path dir;
  static Groth16ProvingKey pk;
  static byte[] file;

  @BeforeAll
  static void key() throws Exception {
    // x^3 + x + 5 = y, y public
    Fr one = Fr.ONE;
    List<R1cs.Constraint> cs = new ArrayList<>();
    cs.add(new R1cs.Constraint(lc(2, one), lc(2, one), lc(3, one), "", ""));
    cs.add(new R1cs.Constraint(lc(3, one), lc(2, one), lc(4, one), "", ""));
    cs.add(new R1cs.Constraint(new R1cs.Lc(new int[] {0, 2, 4}, new Fr[] {Fr.of(5), one, one}), lc(0, one),
        lc(1, one), "", ""));
    pk = Groth16Setup.developmentSetup(R1cs.of(5, 1, 1, cs), new Random(7));
    pk.writeZkey(dir.resolve("k.zkey"));
    file = Files.readAllBytes(dir.resolve("k.zkey"));
  }

  static R1cs.Lc lc(int w, Fr c) {
    return new R1cs.Lc(new int[] {w}, new Fr[] {c});
  }

  @Test
  void roundTrip() throws Exception {
    assertEquals(pk, Groth16ProvingKey.readZkey(dir.resolve("k.zkey")));
  }

  @Test
  void manyCoefficientsReadInPartsKeepTheirValuesAndOrder() throws Exception {
    // enough coefficients for the reader to split the section, a few hundred values repeated and some unique
    Random rnd = new Random(11);
    int wires = 300;
    int domain = 1024;
    Fr[] pool = new Fr[400];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = Fr.random(rnd);
    }
    List<Groth16ProvingKey.Coefficient> coefficients = new ArrayList<>();
    for (int k = 0; k < 40_000; k++) {
      Fr v = rnd.nextInt(10) == 0 ? Fr.random(rnd) : pool[rnd.nextInt(pool.length)];
      coefficients.add(new Groth16ProvingKey.Coefficient(k < 25_000 ? 0 : 1, rnd.nextInt(domain),
          rnd.nextInt(wires), v));
    }
    org.snark4j.core.bn254.G1Affine g1 = org.snark4j.core.bn254.G1Affine.GENERATOR;
    org.snark4j.core.bn254.G2Affine g2 = org.snark4j.core.bn254.G2Affine.GENERATOR;
    Groth16ProvingKey big = new Groth16ProvingKey(wires, 1, domain, coefficients, g1, g1, g2, g1, g2,
        java.util.Collections.nCopies(wires, g1), java.util.Collections.nCopies(wires, g1),
        java.util.Collections.nCopies(wires, g2), java.util.Collections.nCopies(wires - 2, g1),
        java.util.Collections.nCopies(domain, g1),
        new org.snark4j.verifier.Groth16VerifyingKey(g1, g2, g2, g2, List.of(g1, g1)));
    Path at = dir.resolve("big.zkey");
    big.writeZkey(at);
    Groth16ProvingKey read = Groth16ProvingKey.readZkey(at);
    assertEquals(coefficients, read.coefficients());
    assertEquals(big, read);
  }

  /** The offset of a section's content. */
  static int section(int type) {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    b.position(8);
    int n = b.getInt();
    for (int i = 0; i < n; i++) {
      int t = b.getInt();
      long size = b.getLong();
      if (t == type) {
        return b.position();
      }
      b.position(b.position() + (int) size);
    }
    throw new AssertionError("no section " + type);
  }

  FormatException corrupt(byte[] bytes) throws Exception {
    Path p = dir.resolve("bad.zkey");
    Files.write(p, bytes);
    return assertThrows(FormatException.class, () -> Groth16ProvingKey.readZkey(p));
  }

  @Test
  void aG2PointOffTheCurveIsRefused() throws Exception {
    byte[] bad = file.clone();
    bad[section(7) + 128 * 2 + 5] ^= 1; // B2[2].x.c0
    assertTrue(corrupt(bad).getMessage().contains("B2[2]"));
  }

  @Test
  void aG1PointOffTheCurveIsRefused() throws Exception {
    byte[] bad = file.clone();
    bad[section(9) + 64 * 3 + 40] ^= 1; // H[3].y
    assertTrue(corrupt(bad).getMessage().contains("H[3]"));
  }

  @Test
  void aCoordinateNotBelowPIsRefused() throws Exception {
    byte[] bad = file.clone();
    byte[] p = Fp.MODULUS.toByteArray(); // big-endian, 32 bytes (p < 2^254)
    int at = section(5) + 64; // A[1].x
    for (int i = 0; i < 32; i++) {
      bad[at + i] = p[p.length - 1 - i];
    }
    assertTrue(corrupt(bad).getMessage().contains("A[1].x is not below p"));
  }

  @Test
  void aCoefficientOutOfRangeIsRefused() throws Exception {
    byte[] bad = file.clone();
    int first = section(4) + 4; // {matrix, row, wire, value} records of 44 bytes after the count
    java.util.Arrays.fill(bad, first + 44 + 12, first + 44 + 44, (byte) 0xff); // coefficient 1's value ≥ r
    assertTrue(corrupt(bad).getMessage().contains("coefficient 1 "), corrupt(bad).getMessage());
    bad = file.clone();
    bad[first + 8] = (byte) 0x7f; // coefficient 0's wire beyond the wires
    assertTrue(corrupt(bad).getMessage().contains("coefficient 0 "), corrupt(bad).getMessage());
  }

  /** A G2 point of the twist outside the subgroup among B2 is found by the batch check and named. */
  @Test
  void aG2PointOutsideTheSubgroupIsRefused() throws Exception {
    Fr one = Fr.ONE;
    List<R1cs.Constraint> cs = new ArrayList<>();
    int wires = 80; // more than the 64 points from which B2 is checked at once
    for (int i = 2; i < wires; i++) {
      cs.add(new R1cs.Constraint(lc(i, one), lc(i, one), lc(i, one), "", ""));
    }
    Groth16ProvingKey big = Groth16Setup.developmentSetup(R1cs.of(wires, 1, 0, cs), new Random(8));
    Path p = dir.resolve("big.zkey");
    big.writeZkey(p);
    byte[] bytes = Files.readAllBytes(p);
    byte[] saved = file;
    file = bytes;
    int at = section(7) + 128 * 70;
    file = saved;
    // a point of the twist found by trying x = 1, 2, ... (the cofactor is large: it is not in G2)
    org.snark4j.core.bn254.Fp2 b = org.snark4j.core.bn254.Fp2.of(BigInteger.valueOf(3), BigInteger.ZERO)
        .multiply(org.snark4j.core.bn254.Fp2.of(BigInteger.valueOf(9), BigInteger.ONE).inverse());
    for (long x = 1; ; x++) {
      org.snark4j.core.bn254.Fp2 fx = org.snark4j.core.bn254.Fp2.of(BigInteger.valueOf(x), BigInteger.ZERO);
      java.util.Optional<org.snark4j.core.bn254.Fp2> y = fx.square().multiply(fx).add(b).sqrt();
      if (y.isPresent()) {
        org.snark4j.core.bn254.Fp[] coords = {fx.c0(), fx.c1(), y.get().c0(), y.get().c1()};
        ByteBuffer w = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long[] limbs = new long[4];
        for (int c = 0; c < 4; c++) {
          coords[c].montgomeryLimbs(limbs, 0);
          for (int j = 0; j < 4; j++) {
            w.putLong(at + 32 * c + 8 * j, limbs[j]);
          }
        }
        break;
      }
    }
    FormatException e = corrupt(bytes);
    assertTrue(e.getMessage().contains("B2[70] is on the twist but not in the subgroup"), e.getMessage());
  }

  @Test
  void aTruncatedFileIsRefused() throws Exception {
    corrupt(Arrays.copyOf(file, file.length - 100));
  }

  @Test
  void contributingInPlaceKeepsAValidKey() throws Exception {
    Path p = dir.resolve("inplace.zkey");
    pk.writeZkey(p);
    byte[] hash = Phase2.contribute(p, p, "in place", null);
    assertEquals(64, hash.length);
    Groth16ProvingKey after = Groth16ProvingKey.readZkey(p);
    assertEquals(1, ZkeyFile.readHistory(p).contributions().size());
    assertEquals(pk.a(), after.a());
    assertTrue(!pk.delta2().equals(after.delta2()));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")));
    }
  }
}
