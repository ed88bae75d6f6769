package org.snark4j.prover;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.SnarkjsBinaryCodec;
import org.snark4j.formats.BinFile;
import org.snark4j.formats.BinFileWriter;
import org.snark4j.formats.ContributionParams;
import org.snark4j.formats.FormatException;
import org.snark4j.formats.PtauFile;
import org.snark4j.formats.SnarkjsPoints;
import org.snark4j.prover.PowersOfTau.Contribution;
import org.snark4j.prover.PowersOfTau.Info;
import org.snark4j.prover.PowersOfTau.KeyPart;
import org.snark4j.prover.PowersOfTau.PublicKey;

/**
 * snarkjs's .ptau container, version 1 ({@link PowersOfTau} describes its sections): the header, the
 * contributions section read and written, the public-key bytes a response hash takes, and point access by
 * index with the checks and messages of the .zkey reader.
 */
final class PtauFormat {
  private PtauFormat() {}

  static Info info(Path ptau) throws IOException {
    BinFile f = BinFile.read(ptau, "ptau");
    int[] hdr = header(f);
    return new Info(hdr[0], hdr[1], contributions(f), f.has(12) && f.has(13) && f.has(14) && f.has(15));
  }

  static final String[] SECTION_NAMES = {"", "header", "tauG1", "tauG2", "alphaTauG1", "betaTauG1", "betaG2",
      "contributions", "", "", "", "", "lTauG1", "lTauG2", "lAlphaTauG1", "lBetaTauG1"};

  /** {power, ceremony power}, checked. */
  static int[] header(BinFile f) {
    PtauFile.Header h = PtauFile.header(f);
    return new int[] {h.power(), h.ceremonyPower()};
  }

  static List<Contribution> contributions(BinFile f) {
    BinFile.Section s = f.section(7, "contributions");
    int n = s.u32("contribution count");
    int fixed = 64 * 3 + 128 * 2 + 64 * 6 + 128 * 3 + Blake2b.STATE_BYTES + 64 + 8;
    if ((long) n * fixed > s.remaining()) {
      throw new FormatException(s.what() + ": " + n + " contributions cannot fit in " + s.remaining() + " bytes");
    }
    List<Contribution> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String w = "contribution " + (i + 1) + " ";
      G1Affine tauG1 = SnarkjsPoints.g1(s, w + "tauG1");
      G2Affine tauG2 = SnarkjsPoints.g2(s, w + "tauG2");
      G1Affine alphaG1 = SnarkjsPoints.g1(s, w + "alphaG1");
      G1Affine betaG1 = SnarkjsPoints.g1(s, w + "betaG1");
      G2Affine betaG2 = SnarkjsPoints.g2(s, w + "betaG2");
      G1Affine[] g1 = new G1Affine[6];
      for (int j = 0; j < 6; j++) {
        g1[j] = SnarkjsPoints.g1(s, w + "key G1 point " + j);
      }
      G2Affine[] g2 = new G2Affine[3];
      for (int j = 0; j < 3; j++) {
        g2[j] = SnarkjsPoints.g2(s, w + "key G2 point " + j);
      }
      PublicKey key = new PublicKey(new KeyPart(g1[0], g1[1], g2[0]), new KeyPart(g1[2], g1[3], g2[1]),
          new KeyPart(g1[4], g1[5], g2[2]));
      byte[] partial = s.bytes(Blake2b.STATE_BYTES, w + "partial hash");
      try {
        Blake2b.resume(partial);
      } catch (IllegalArgumentException e) {
        throw new FormatException(s.what() + ": " + w + "partial hash: " + e.getMessage());
      }
      byte[] next = s.bytes(64, w + "next challenge");
      int type = s.u32(w + "type");
      int length = s.u32(w + "parameter length");
      ContributionParams cp = ContributionParams.parse(s.bytes(length, w + "parameters"), s.what() + ": " + w);
      String name = cp.name();
      int iterations = cp.numIterationsExp();
      byte[] beacon = cp.beaconHash();
      list.add(new Contribution(tauG1, tauG2, alphaG1, betaG1, betaG2, key, partial, next, type, name, iterations,
          beacon));
    }
    s.expectEnd();
    return list;
  }

  static byte[] publicKeyBytes(PublicKey k) {
    ByteBuffer b = ByteBuffer.allocate(64 * 6 + 128 * 3);
    for (KeyPart part : List.of(k.tau(), k.alpha(), k.beta())) {
      b.put(Groth16Setup.uncompressed(part.g1S())).put(Groth16Setup.uncompressed(part.g1Sx()));
    }
    for (KeyPart part : List.of(k.tau(), k.alpha(), k.beta())) {
      b.put(Groth16Setup.uncompressed(part.g2Spx()));
    }
    return b.array();
  }

  static byte[] contributionsSection(List<Contribution> cs) {
    ByteBuffer b = ByteBuffer.allocate(4 + cs.size() * (64 * 9 + 128 * 5 + Blake2b.STATE_BYTES + 64 + 8 + 2 + 64 * 3
        + 4 + 255)).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(cs.size());
    for (Contribution c : cs) {
      putLem(b, c.tauG1());
      putLem(b, c.tauG2());
      putLem(b, c.alphaG1());
      putLem(b, c.betaG1());
      putLem(b, c.betaG2());
      for (KeyPart part : List.of(c.key().tau(), c.key().alpha(), c.key().beta())) {
        putLem(b, part.g1S());
        putLem(b, part.g1Sx());
      }
      for (KeyPart part : List.of(c.key().tau(), c.key().alpha(), c.key().beta())) {
        putLem(b, part.g2Spx());
      }
      b.put(c.partialHash()).put(c.nextChallenge()).putInt(c.type());
      byte[] params = ContributionParams.encode(c.name(), c.type(), c.numIterationsExp(), c.beaconHash());
      b.putInt(params.length).put(params);
    }
    return Arrays.copyOf(b.array(), b.position());
  }

  private static void putLem(ByteBuffer b, Object p) {
    int at = b.position();
    if (p instanceof G1Affine g) {
      SnarkjsBinaryCodec.writeG1(g, b, at);
      b.position(at + 64);
    } else {
      SnarkjsBinaryCodec.writeG2((G2Affine) p, b, at);
      b.position(at + 128);
    }
  }

  static G1Affine g1At(ByteBuffer b, int index, String what) {
    return SnarkjsPoints.g1At(".ptau " + what, b, index * 64, what, index);
  }

  /** A G2 point checked on the curve, and in the subgroup when asked (contributing multiplies whatever is there). */
  static G2Affine g2At(ByteBuffer b, int index, String what, boolean subgroup) {
    return SnarkjsPoints.g2At(".ptau " + what, b, index * 128, what, index, subgroup);
  }

  static long tauG1Count(int power) {
    return (2L << power) - 1;
  }

  static void checkPower(int power) {
    if (power < 1 || power > PowersOfTau.MAX_POWER) {
      throw new IllegalArgumentException("the power must be 1 to " + PowersOfTau.MAX_POWER + ", got " + power);
    }
  }

  static void header(BinFileWriter o, int power, int ceremonyPower) throws IOException {
    o.section(1, PtauFile.headerSection(power, ceremonyPower));
  }
}
