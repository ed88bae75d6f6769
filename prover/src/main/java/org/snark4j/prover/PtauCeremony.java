package org.snark4j.prover;

import static org.snark4j.prover.PtauFormat.SECTION_NAMES;
import static org.snark4j.prover.PtauFormat.checkPower;
import static org.snark4j.prover.PtauFormat.contributions;
import static org.snark4j.prover.PtauFormat.contributionsSection;
import static org.snark4j.prover.PtauFormat.g1At;
import static org.snark4j.prover.PtauFormat.g2At;
import static org.snark4j.prover.PtauFormat.header;
import static org.snark4j.prover.PtauFormat.publicKeyBytes;
import static org.snark4j.prover.PtauFormat.tauG1Count;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.snark4j.core.bn254.FixedBaseMul;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.G2Jacobian;
import org.snark4j.core.bn254.SnarkjsBinaryCodec;
import org.snark4j.formats.BinFile;
import org.snark4j.formats.BinFileWriter;
import org.snark4j.formats.FormatException;
import org.snark4j.prover.PowersOfTau.Contribution;
import org.snark4j.prover.PowersOfTau.KeyPart;
import org.snark4j.prover.PowersOfTau.PublicKey;

/** Phase 1 of the ceremony: a new accumulator, contributions and beacons ({@link PowersOfTau}). */
final class PtauCeremony {
  private PtauCeremony() {}

  private static final int CHUNK = 1 << 14;

  static byte[] create(int power, Path out) throws IOException {
    checkPower(power);
    try (BinFileWriter o = new BinFileWriter(out, "ptau", 1, 7)) {
      header(o, power, power);
      byte[] g1 = new byte[64];
      byte[] g2 = new byte[128];
      SnarkjsBinaryCodec.writeG1(G1Affine.GENERATOR, ByteBuffer.wrap(g1).order(ByteOrder.LITTLE_ENDIAN), 0);
      SnarkjsBinaryCodec.writeG2(G2Affine.GENERATOR, ByteBuffer.wrap(g2).order(ByteOrder.LITTLE_ENDIAN), 0);
      repeat(o, 2, g1, tauG1Count(power));
      repeat(o, 3, g2, 1L << power);
      repeat(o, 4, g1, 1L << power);
      repeat(o, 5, g1, 1L << power);
      repeat(o, 6, g2, 1);
      o.section(7, contributionsSection(List.of()));
      o.commit();
    }
    return firstChallengeHash(power);
  }

  static byte[] firstChallengeHash(int power) {
    checkPower(power);
    Blake2b h = new Blake2b().update(new Blake2b().digest());
    byte[] g1 = Groth16Setup.uncompressed(G1Affine.GENERATOR);
    byte[] g2 = Groth16Setup.uncompressed(G2Affine.GENERATOR);
    hashRepeated(h, g1, tauG1Count(power));
    hashRepeated(h, g2, 1L << power);
    hashRepeated(h, g1, 1L << power);
    hashRepeated(h, g1, 1L << power);
    h.update(g2);
    return h.digest();
  }

  private static void hashRepeated(Blake2b h, byte[] point, long count) {
    byte[] block = new byte[point.length * 1024];
    for (int i = 0; i < 1024; i++) {
      System.arraycopy(point, 0, block, i * point.length, point.length);
    }
    for (long done = 0; done < count; ) {
      int n = (int) Math.min(1024, count - done);
      h.update(block, 0, n * point.length);
      done += n;
    }
  }

  private static void repeat(BinFileWriter o, int type, byte[] point, long count) throws IOException {
    o.begin(type, count * point.length);
    ByteBuffer block = ByteBuffer.allocate(point.length * 1024);
    for (int i = 0; i < 1024; i++) {
      block.put(point);
    }
    for (long done = 0; done < count; ) {
      int n = (int) Math.min(1024, count - done);
      block.clear().limit(n * point.length);
      o.write(block);
      done += n;
    }
  }

  static byte[] contribute(Path in, Path out, String name, String entropy, Groth16Prover.Progress progress)
      throws IOException {
    SecureRandom random = new SecureRandom();
    if (entropy != null && !entropy.isEmpty()) {
      random.setSeed(entropy.getBytes(StandardCharsets.UTF_8)); // supplements, never replaces, the system seed
    }
    Fr[] secrets = new Fr[6];
    for (int i = 0; i < 6; i++) {
      do {
        secrets[i] = Fr.random(random);
      } while (secrets[i].isZero());
    }
    G1Affine[] s = {G1Affine.GENERATOR.multiply(secrets[3]), G1Affine.GENERATOR.multiply(secrets[4]),
        G1Affine.GENERATOR.multiply(secrets[5])};
    return apply(in, out, secrets[0], secrets[1], secrets[2], s, 0, name, 0, null, progress);
  }

  static byte[] beacon(Path in, Path out, String name, byte[] beaconHash, int numIterationsExp,
      Groth16Prover.Progress progress) throws IOException {
    if (beaconHash.length == 0 || beaconHash.length > 255) {
      throw new IllegalArgumentException("a beacon hash is 1 to 255 bytes, got " + beaconHash.length);
    }
    SnarkjsRandom rng = SnarkjsRandom.fromBeacon(beaconHash, numIterationsExp);
    Fr tau = rng.nextFr();
    Fr alpha = rng.nextFr();
    Fr beta = rng.nextFr();
    G1Affine[] s = {rng.nextG1(), rng.nextG1(), rng.nextG1()};
    return apply(in, out, tau, alpha, beta, s, 1, name, numIterationsExp, beaconHash.clone(), progress);
  }

  static KeyPart keyPart(int personalization, byte[] challenge, G1Affine g1S, Fr x) {
    G1Affine g1Sx = g1S.multiply(x);
    return new KeyPart(g1S, g1Sx, g2Sp(personalization, challenge, g1S, g1Sx).multiply(x));
  }

  /** The G2 point a key part's proof of knowledge is checked against. */
  static G2Affine g2Sp(int personalization, byte[] challenge, G1Affine g1S, G1Affine g1Sx) {
    byte[] h = Blake2b.hash(new byte[] {(byte) personalization}, challenge, Groth16Setup.uncompressed(g1S),
        Groth16Setup.uncompressed(g1Sx));
    return SnarkjsRandom.hashToG2(h);
  }

  private static byte[] apply(Path in, Path out, Fr tau, Fr alpha, Fr beta, G1Affine[] s, int type, String name,
      int numIterationsExp, byte[] beaconHash, Groth16Prover.Progress progress) throws IOException {
    if (tau.isZero() || alpha.isZero() || beta.isZero()) {
      throw new IllegalArgumentException("a contribution's secrets cannot be zero");
    }
    Groth16Prover.Progress p = progress == null ? Groth16Prover.Progress.NONE : progress;
    BinFile old = BinFile.read(in, "ptau");
    int[] hdr = header(old);
    int power = hdr[0];
    if (power != hdr[1]) {
      throw new IllegalArgumentException(in + ": the file was reduced from 2^" + hdr[1] + " to 2^" + power
          + "; contribute to the original");
    }
    List<Contribution> before = contributions(old);
    byte[] challenge = before.isEmpty() ? firstChallengeHash(power) : before.get(before.size() - 1).nextChallenge();
    PublicKey key = new PublicKey(keyPart(0, challenge, s[0], tau), keyPart(1, challenge, s[1], alpha),
        keyPart(2, challenge, s[2], beta));
    Blake2b response = new Blake2b().update(challenge);
    long total = tauG1Count(power) + 3L * (1L << power);
    Contribution mine;
    try (BinFileWriter o = new BinFileWriter(out, "ptau", 1, 7)) {
      header(o, power, power);
      long[] starts = new long[7];
      Object[] first = new Object[7];
      double[] done = {0};
      first[2] = multiplySection(old, o, starts, 2, true, tauG1Count(power), Fr.ONE, tau, response, p, done, total);
      first[3] = multiplySection(old, o, starts, 3, false, 1L << power, Fr.ONE, tau, response, p, done, total);
      first[4] = multiplySection(old, o, starts, 4, true, 1L << power, alpha, tau, response, p, done, total);
      first[5] = multiplySection(old, o, starts, 5, true, 1L << power, beta, tau, response, p, done, total);
      first[6] = multiplySection(old, o, starts, 6, false, 1, beta, tau, response, p, done, total);
      byte[] partial = response.saveState();
      byte[] responseHash = response.update(publicKeyBytes(key)).digest();
      Blake2b next = new Blake2b().update(responseHash);
      hashUncompressed(o, starts[2], tauG1Count(power), true, next);
      hashUncompressed(o, starts[3], 1L << power, false, next);
      hashUncompressed(o, starts[4], 1L << power, true, next);
      hashUncompressed(o, starts[5], 1L << power, true, next);
      hashUncompressed(o, starts[6], 1, false, next);
      mine = new Contribution(((G1Affine[]) first[2])[1], ((G2Affine[]) first[3])[1], ((G1Affine[]) first[4])[0],
          ((G1Affine[]) first[5])[0], ((G2Affine[]) first[6])[0], key, partial, next.digest(), type,
          name == null ? null : (name.length() <= 64 ? name : name.substring(0, 64)), numIterationsExp, beaconHash);
      List<Contribution> all = new ArrayList<>(before);
      all.add(mine);
      o.section(7, contributionsSection(all));
      o.commit();
    }
    p.update("done", 1);
    return mine.responseHash();
  }

  /**
   * Section id of the old file times first·inc^i, point by point, into the new file; the new points compressed
   * into the response hash. Returns the first two new points.
   */
  private static Object multiplySection(BinFile old, BinFileWriter o, long[] starts, int id, boolean g1, long count, Fr first,
      Fr inc, Blake2b response, Groth16Prover.Progress p, double[] done, long total) throws IOException {
    int size = g1 ? 64 : 128;
    BinFile.Section s = old.section(id, SECTION_NAMES[id]);
    if (s.remaining() != count * size) {
      throw new FormatException(s.what() + ": " + count + " points need " + count * size + " bytes, it has "
          + s.remaining());
    }
    ByteBuffer src = s.take((int) (count * size), SECTION_NAMES[id]).order(ByteOrder.LITTLE_ENDIAN);
    starts[id] = o.begin(id, count * size);
    Object firstPoints = null;
    Fr t = first;
    for (long at = 0; at < count; at += CHUNK) {
      int n = (int) Math.min(CHUNK, count - at);
      Fr[] k = new Fr[n];
      for (int i = 0; i < n; i++) {
        k[i] = t;
        t = t.multiply(inc);
      }
      int base = (int) at;
      ByteBuffer outBuf = ByteBuffer.allocate(n * size).order(ByteOrder.LITTLE_ENDIAN);
      byte[] compressed = new byte[n * size / 2];
      if (g1) {
        G1Affine[] pts = multiplyG1(src, base, n, k, SECTION_NAMES[id]);
        IntStream.range(0, n).parallel().forEach(i -> {
          SnarkjsBinaryCodec.writeG1(pts[i], outBuf, i * 64);
          SnarkjsBinaryCodec.writeG1Compressed(pts[i], compressed, i * 32);
        });
        if (at == 0) {
          firstPoints = Arrays.copyOf(pts, Math.min(2, n));
        }
      } else {
        G2Affine[] pts = multiplyG2(src, base, n, k, SECTION_NAMES[id]);
        IntStream.range(0, n).parallel().forEach(i -> {
          SnarkjsBinaryCodec.writeG2(pts[i], outBuf, i * 128);
          SnarkjsBinaryCodec.writeG2Compressed(pts[i], compressed, i * 64);
        });
        if (at == 0) {
          firstPoints = Arrays.copyOf(pts, Math.min(2, n));
        }
      }
      o.write(outBuf);
      response.update(compressed);
      done[0] += n;
      p.update("contribute " + SECTION_NAMES[id], done[0] / total);
    }
    return firstPoints;
  }

  /** True when the n points of size bytes at base are all the same bytes (a fresh accumulator's generators). */
  private static boolean allSame(ByteBuffer src, int base, int n, int size) {
    int off = base * size;
    for (int i = 1; i < n; i++) {
      if (!src.slice(off, size).equals(src.slice(off + i * size, size))) {
        return false;
      }
    }
    return true;
  }

  private static G1Affine[] multiplyG1(ByteBuffer src, int base, int n, Fr[] k, String what) {
    if (allSame(src, base, n, 64)) {
      return FixedBaseMul.g1(g1At(src, base, what), k);
    }
    G1Jacobian[] r = new G1Jacobian[n];
    IntStream.range(0, n).parallel().forEach(i -> r[i] = g1At(src, base + i, what).toJacobian().multiply(k[i]));
    return G1Jacobian.toAffine(r);
  }

  private static G2Affine[] multiplyG2(ByteBuffer src, int base, int n, Fr[] k, String what) {
    if (allSame(src, base, n, 128)) {
      return FixedBaseMul.g2(g2At(src, base, what, false), k);
    }
    G2Jacobian[] r = new G2Jacobian[n];
    IntStream.range(0, n).parallel().forEach(i -> r[i] = g2At(src, base + i, what, false).toJacobian().multiply(k[i]));
    return G2Jacobian.toAffine(r);
  }

  /** The points just written at start, uncompressed, into the hash (read back from the file being written). */
  private static void hashUncompressed(BinFileWriter o, long start, long count, boolean g1, Blake2b h) throws IOException {
    int size = g1 ? 64 : 128;
    for (long at = 0; at < count; at += CHUNK) {
      int n = (int) Math.min(CHUNK, count - at);
      ByteBuffer b = o.read(start + at * size, n * size);
      byte[] u = new byte[n * size];
      IntStream.range(0, n).parallel().forEach(i -> {
        byte[] one = g1 ? Groth16Setup.uncompressed(g1At(b, i, "points")) : Groth16Setup.uncompressed(
            g2At(b, i, "points", false));
        System.arraycopy(one, 0, u, i * size, size);
      });
      h.update(u);
    }
  }
}
