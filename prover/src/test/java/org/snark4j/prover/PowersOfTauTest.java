package org.snark4j.prover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.Witness;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.NttDomain;
import org.snark4j.formats.PtauFile;
import org.snark4j.formats.ZkeyFile;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16Verifier;

/** The Powers of Tau ceremony round trip, its checks, and the pieces under it (BLAKE2b state, group IFFT). */
class PowersOfTauTest {
  @TempDir
  Path dir;

  @Test
  void blake2bMatchesBouncyCastleAndResumesFromASavedState() {
    Random rnd = new Random(7);
    for (int round = 0; round < 200; round++) {
      byte[] data = new byte[rnd.nextInt(700)];
      rnd.nextBytes(data);
      Blake2bDigest bc = new Blake2bDigest(512);
      bc.update(data, 0, data.length);
      byte[] expected = new byte[64];
      bc.doFinal(expected, 0);
      // fed in random pieces, saved and resumed at a random point
      int cut = data.length == 0 ? 0 : rnd.nextInt(data.length + 1);
      Blake2b ours = new Blake2b();
      for (int at = 0; at < cut; ) {
        int n = Math.min(cut - at, 1 + rnd.nextInt(200));
        ours.update(data, at, n);
        at += n;
      }
      Blake2b resumed = Blake2b.resume(ours.saveState());
      resumed.update(data, cut, data.length - cut);
      assertArrayEquals(expected, resumed.digest(), "length " + data.length + " cut at " + cut);
    }
    assertEquals("786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce",
        HexFormat.of().formatHex(new Blake2b().digest()));
    assertThrows(IllegalArgumentException.class, () -> Blake2b.resume(new byte[10]));
  }

  @Test
  void groupIfftGivesTheLagrangeFormsOfKnownExponents() {
    Random rnd = new Random(3);
    for (int n : new int[] {1, 2, 8, 32}) {
      Fr[] v = new Fr[n];
      G1Jacobian[] pts = new G1Jacobian[n];
      for (int i = 0; i < n; i++) {
        v[i] = Fr.random(rnd);
        pts[i] = G1Affine.GENERATOR.multiply(v[i]).toJacobian();
      }
      PtauPreparation.groupIfft(pts, G1Jacobian::add, G1Jacobian::negate, G1Jacobian::multiply);
      Fr[] expected = n == 1 ? v : NttDomain.of(n).inverse(v);
      for (int i = 0; i < n; i++) {
        assertEquals(G1Affine.GENERATOR.multiply(expected[i]), pts[i].toAffine(), "n = " + n + ", i = " + i);
      }
    }
  }

  @Test
  void aCeremonyFromNewToPhase2VerifiesAndItsKeysProve() throws Exception {
    Path p0 = dir.resolve("p0.ptau");
    byte[] first = PowersOfTau.create(4, p0);
    assertArrayEquals(first, PowersOfTau.firstChallengeHash(4));
    assertEquals(List.of("no contributions: anyone who knows this file knows tau (it is all generators)"),
        PowersOfTau.verify(p0, null));
    Path p1 = dir.resolve("p1.ptau");
    byte[] r1 = PowersOfTau.contribute(p0, p1, "alice", "some entropy", null);
    Path p2 = dir.resolve("p2.ptau");
    PowersOfTau.contribute(p1, p2, "bob", null, null);
    Path p3 = dir.resolve("p3.ptau");
    byte[] beacon = HexFormat.of().parseHex("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    PowersOfTau.beacon(p2, p3, "final beacon", beacon, 10, null);
    assertEquals(List.of(), PowersOfTau.verify(p3, null));
    Path p = dir.resolve("p.ptau");
    double[] last = {0};
    PowersOfTau.preparePhase2(p3, p, (phase, f) -> {
      assertTrue(f >= last[0] && f <= 1, phase + " " + f);
      last[0] = f;
    });
    assertEquals(1.0, last[0]);
    assertEquals(List.of(), PowersOfTau.verify(p, null));
    PowersOfTau.Info info = PowersOfTau.info(p);
    assertEquals(4, info.power());
    assertTrue(info.preparedForPhase2());
    assertEquals(List.of("alice", "bob", "final beacon"), info.contributions().stream()
        .map(PowersOfTau.Contribution::name).toList());
    assertArrayEquals(r1, info.contributions().get(0).responseHash());
    // the beacon is reproducible: the same beacon on the same file gives the same points
    Path p3b = dir.resolve("p3b.ptau");
    PowersOfTau.beacon(p2, p3b, "final beacon", beacon, 10, null);
    assertArrayEquals(Files.readAllBytes(p3), Files.readAllBytes(p3b));

    // a circuit set up from it proves and verifies
    CompiledCircuit cc = CompiledCircuit.compile(Groth16Test.CUBIC);
    Groth16ProvingKey pk0 = Groth16Setup.fromPtau(cc.r1cs(), PtauFile.read(p));
    Phase2.Result contributed = Phase2.contribute(pk0,
        new ZkeyFile.History(Groth16Setup.circuitHash(pk0, PtauFile.read(p)), List.of()), "c", null);
    Witness w = cc.solve(Assignment.builder().set("x", 3).set("y", 35).build());
    Groth16Proof proof = Groth16Prover.prove(contributed.key(), w.values());
    assertTrue(Groth16Verifier.of(contributed.key().verifyingKey()).verify(proof, w.publicInputs()));
    assertEquals(List.of(), Phase2.verify(cc.r1cs(), PtauFile.read(p), contributed.key(), contributed.history()));
  }

  @Test
  void tamperingIsFound() throws Exception {
    Path p0 = dir.resolve("p0.ptau");
    PowersOfTau.create(3, p0);
    Path p1 = dir.resolve("p1.ptau");
    PowersOfTau.contribute(p0, p1, null, null, null);
    Path p = dir.resolve("p.ptau");
    PowersOfTau.preparePhase2(p1, p, null);
    byte[] good = Files.readAllBytes(p);

    // tauG1[3] replaced by tauG1[4]: the powers are no longer consecutive, the hash differs
    long tauG1 = sectionStart(good, 2);
    byte[] bad = good.clone();
    System.arraycopy(good, (int) tauG1 + 4 * 64, bad, (int) tauG1 + 3 * 64, 64);
    Path t = dir.resolve("t.ptau");
    Files.write(t, bad);
    List<String> problems = PowersOfTau.verify(t, null);
    assertTrue(problems.contains("tauG1: the points are not consecutive powers of tau"), problems.toString());
    assertTrue(problems.contains("the points do not hash to the last contribution's next challenge"), problems.toString());

    // a Lagrange point swapped with its neighbour
    long l = sectionStart(good, 14);
    bad = good.clone();
    System.arraycopy(good, (int) l + 7 * 64, bad, (int) l + 8 * 64, 64);
    Files.write(t, bad);
    problems = PowersOfTau.verify(t, null);
    assertEquals(List.of("lAlphaTauG1: the Lagrange forms of the domain 2^3 do not match the powers"), problems);

    // the contribution's [tau]1 (and the file's tauG1[1]) replaced by the generator
    bad = good.clone();
    System.arraycopy(good, (int) tauG1, bad, (int) tauG1 + 64, 64);
    System.arraycopy(good, (int) tauG1, bad, (int) sectionStart(good, 7) + 4, 64);
    Files.write(t, bad);
    problems = PowersOfTau.verify(t, null);
    assertTrue(problems.contains("contribution 1: [tau]1 does not follow the previous contribution"), problems.toString());

    // a point off the curve is a format error naming it
    bad = good.clone();
    bad[(int) tauG1 + 5 * 64] ^= 1;
    Files.write(t, bad);
    Exception e = assertThrows(org.snark4j.formats.FormatException.class, () -> PowersOfTau.verify(t, null));
    assertTrue(e.getMessage().contains("tauG1[5]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PowersOfTau.create(0, dir.resolve("x.ptau")));
    assertFalse(Files.exists(dir.resolve("x.ptau")));
  }

  /** Where a section's data starts in a container file. */
  static long sectionStart(byte[] file, int type) {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int n = b.getInt(8);
    long at = 12;
    for (int i = 0; i < n; i++) {
      int t = b.getInt((int) at);
      long size = b.getLong((int) at + 4);
      if (t == type) {
        return at + 12;
      }
      at += 12 + size;
    }
    throw new AssertionError("no section " + type);
  }
}
