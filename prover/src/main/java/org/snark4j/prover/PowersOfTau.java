package org.snark4j.prover;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.snark4j.circuits.circom.BinFile;
import org.snark4j.circuits.circom.CircomFormatException;
import org.snark4j.core.bn254.FixedBaseMul;
import org.snark4j.core.bn254.SnarkjsBinaryCodec;
import org.snark4j.core.bn254.Fp;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.G2Jacobian;
import org.snark4j.core.bn254.Msm;
import org.snark4j.core.bn254.NttDomain;
import org.snark4j.core.bn254.Pairing;

/**
 * The Powers of Tau ceremony (phase 1) in snarkjs's .ptau format, version 1: {@link #create} (all points the
 * generators), {@link #contribute} and {@link #beacon} (τ, α and β multiplied by secrets, with a proof of
 * knowledge of each that anyone can check), {@link #preparePhase2} (the Lagrange forms a circuit setup reads)
 * and {@link #verify}.
 *
 * <p>Sections: 1 the header {n8, q, power, ceremony power}; 2 [τ^i]₁ for i &lt; 2^(power+1) − 1; 3 [τ^i]₂,
 * 4 [ατ^i]₁, 5 [βτ^i]₁ for i &lt; 2^power; 6 [β]₂; 7 the contributions; after phase-2 preparation 12–15 the
 * Lagrange forms of sections 2–5 for every domain 2^k ≤ 2^power (section 12 also for 2^(power+1), from the
 * 2^(power+1) − 1 powers it has and the point at infinity). Points are affine with Montgomery-form
 * little-endian coordinates. Each contribution records its first points, the public key (for τ, α and β: [s]₁,
 * [s·x]₁ and [s'·x]₂ where s' is hashed to G2 from the previous challenge hash and [s]₁, [s·x]₁), the BLAKE2b
 * state of its response hash before the key, and the next challenge hash: BLAKE2b of the response hash and
 * every point of sections 2–6 uncompressed.
 *
 * <p>Files are written to a temporary file beside the target and renamed over it when complete.
 */
public final class PowersOfTau {
  private PowersOfTau() {}

  /** The largest power this implementation writes (each section stays under the 2 GiB one mapping holds; the prepared file of 2^22 is about 4.6 GB). */
  public static final int MAX_POWER = 22;

  private static final int CHUNK = 1 << 14;

  /** One of the three parts of a contribution's public key: [s]₁, [s·x]₁ and [s'·x]₂. */
  public record KeyPart(G1Affine g1S, G1Affine g1Sx, G2Affine g2Spx) {}

  public record PublicKey(KeyPart tau, KeyPart alpha, KeyPart beta) {}

  /**
   * One contribution as section 7 records it: [τ]₁, [τ]₂, [α]₁, [β]₁ and [β]₂ after it; its public key; the
   * saved response-hash state; the next challenge hash; the type (0 a contribution, 1 a beacon), its name and
   * the beacon's parameters.
   */
  public record Contribution(G1Affine tauG1, G2Affine tauG2, G1Affine alphaG1, G1Affine betaG1, G2Affine betaG2,
      PublicKey key, byte[] partialHash, byte[] nextChallenge, int type, String name, int numIterationsExp,
      byte[] beaconHash) {
    /** The hash a contributor publishes: the saved state resumed with the public key (uncompressed). */
    public byte[] responseHash() {
      return Blake2b.resume(partialHash).update(publicKeyBytes(key)).digest();
    }
  }

  /** What a .ptau file holds. */
  public record Info(int power, int ceremonyPower, List<Contribution> contributions, boolean preparedForPhase2) {}

  // ------------------------------------------------------------------ new

  /**
   * Writes a new accumulator of 2^power (as {@code snarkjs powersoftau new bn128 power}): every point the
   * generator, no contribution. Returns the first challenge hash.
   */
  public static byte[] create(int power, Path out) throws IOException {
    checkPower(power);
    try (Out o = new Out(out, 7)) {
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

  /** The challenge hash of a fresh accumulator of 2^power: BLAKE2b of the empty hash and its points uncompressed. */
  public static byte[] firstChallengeHash(int power) {
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

  private static void repeat(Out o, int type, byte[] point, long count) throws IOException {
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

  // ------------------------------------------------------------------ contribute and beacon

  /**
   * Contributes to a ceremony (as {@code snarkjs powersoftau contribute}): τ, α and β multiplied by secrets drawn
   * from a {@link SecureRandom} (the entropy text, if any, mixed in) and forgotten when this returns. Returns
   * the response hash, which the contributor publishes.
   */
  public static byte[] contribute(Path in, Path out, String name, String entropy, Groth16Prover.Progress progress)
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

  /**
   * A random-beacon contribution (as {@code snarkjs powersoftau beacon}): the secrets drawn from SHA-256 applied
   * 2^numIterationsExp times to the beacon hash, so anyone can recompute them. Returns the response hash.
   */
  public static byte[] beacon(Path in, Path out, String name, byte[] beaconHash, int numIterationsExp,
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

  private static KeyPart keyPart(int personalization, byte[] challenge, G1Affine g1S, Fr x) {
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
    try (Out o = new Out(out, 7)) {
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
  private static Object multiplySection(BinFile old, Out o, long[] starts, int id, boolean g1, long count, Fr first,
      Fr inc, Blake2b response, Groth16Prover.Progress p, double[] done, long total) throws IOException {
    int size = g1 ? 64 : 128;
    BinFile.Section s = old.section(id, SECTION_NAMES[id]);
    if (s.remaining() != count * size) {
      throw new CircomFormatException(s.what() + ": " + count + " points need " + count * size + " bytes, it has "
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
  private static void hashUncompressed(Out o, long start, long count, boolean g1, Blake2b h) throws IOException {
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

  // ------------------------------------------------------------------ prepare phase 2

  /**
   * Adds the Lagrange forms a circuit setup needs (as {@code snarkjs powersoftau prepare phase2}): for every
   * domain 2^k ≤ 2^power, [Lᵢ(τ)] = (1/n)·Σⱼ ω^(−ij)·[τ^j], an inverse FFT over the group.
   */
  public static void preparePhase2(Path in, Path out, Groth16Prover.Progress progress) throws IOException {
    Groth16Prover.Progress p = progress == null ? Groth16Prover.Progress.NONE : progress;
    BinFile old = BinFile.read(in, "ptau");
    int[] hdr = header(old);
    int power = hdr[0];
    contributions(old); // checks section 7
    // the work is about n·log n multiplications per domain, G2 ones three times dearer
    double total = 0;
    for (int k = 0; k <= power + 1; k++) {
      double w = Math.max(1, (double) (1L << k) * k);
      total += k <= power ? 6 * w : w;
    }
    double[] done = {0};
    try (Out o = new Out(out, 11)) {
      header(o, power, hdr[1]);
      for (int id = 2; id <= 7; id++) {
        BinFile.Section s = old.section(id, SECTION_NAMES[id]);
        o.begin(id, s.remaining());
        o.write(s.take(s.remaining(), SECTION_NAMES[id]));
      }
      for (int id = 2; id <= 5; id++) {
        boolean g1 = id != 3;
        int size = g1 ? 64 : 128;
        int maxK = id == 2 ? power + 1 : power;
        BinFile.Section s = old.section(id, SECTION_NAMES[id]);
        long have = id == 2 ? tauG1Count(power) : 1L << power;
        if (s.remaining() != have * size) {
          throw new CircomFormatException(s.what() + ": " + have + " points need " + have * size
              + " bytes, it has " + s.remaining());
        }
        ByteBuffer src = s.take(s.remaining(), SECTION_NAMES[id]).order(ByteOrder.LITTLE_ENDIAN);
        o.begin(id + 10, ((2L << maxK) - 1) * size);
        for (int k = 0; k <= maxK; k++) {
          int n = 1 << k;
          int nn = (int) Math.min(n, have);
          ByteBuffer outBuf = ByteBuffer.allocate(n * size).order(ByteOrder.LITTLE_ENDIAN);
          String what = SECTION_NAMES[id];
          if (g1) {
            G1Jacobian[] a = new G1Jacobian[n];
            IntStream.range(0, n).parallel().forEach(i -> a[i] = i < nn ? g1At(src, i, what).toJacobian()
                : G1Jacobian.INFINITY);
            groupIfft(a, G1Jacobian::add, G1Jacobian::negate, G1Jacobian::multiply);
            G1Affine[] r = G1Jacobian.toAffine(a);
            IntStream.range(0, n).parallel().forEach(i -> SnarkjsBinaryCodec.writeG1(r[i], outBuf, i * 64));
          } else {
            G2Jacobian[] a = new G2Jacobian[n];
            IntStream.range(0, n).parallel().forEach(i -> a[i] = g2At(src, i, what, false).toJacobian());
            groupIfft(a, G2Jacobian::add, G2Jacobian::negate, G2Jacobian::multiply);
            G2Affine[] r = G2Jacobian.toAffine(a);
            IntStream.range(0, n).parallel().forEach(i -> SnarkjsBinaryCodec.writeG2(r[i], outBuf, i * 128));
          }
          o.write(outBuf);
          done[0] += Math.max(1, (double) n * k) * (g1 ? 1 : 3);
          p.update("prepare phase2 " + what + " 2^" + k, Math.min(1, done[0] / total));
        }
      }
      o.commit();
    }
    p.update("done", 1);
  }

  /** In place: a ← (1/n)·Σⱼ ω^(−ij)·aⱼ, radix 2, each stage's butterflies on all cores. */
  static <J> void groupIfft(J[] a, BinaryOperator<J> add, Function<J, J> negate, BiFunction<J, Fr, J> multiply) {
    int n = a.length;
    if (n == 1) {
      return;
    }
    int logN = Integer.numberOfTrailingZeros(n);
    for (int i = 0; i < n; i++) {
      int j = Integer.reverse(i) >>> (32 - logN);
      if (i < j) {
        J t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
    }
    Fr omegaInv = NttDomain.rootOfUnity(n).inverse();
    for (int len = 2; len <= n; len <<= 1) {
      int half = len / 2;
      Fr w = omegaInv.pow(BigInteger.valueOf(n / len));
      Fr[] tw = new Fr[half];
      tw[0] = Fr.ONE;
      for (int j = 1; j < half; j++) {
        tw[j] = tw[j - 1].multiply(w);
      }
      int span = len;
      IntStream.range(0, n / 2).parallel().forEach(b -> {
        int j = b % half;
        int i = (b / half) * span + j;
        J u = a[i];
        J v = j == 0 ? a[i + half] : multiply.apply(a[i + half], tw[j]);
        a[i] = add.apply(u, v);
        a[i + half] = add.apply(u, negate.apply(v));
      });
    }
    Fr nInv = Fr.of(n).inverse();
    IntStream.range(0, n).parallel().forEach(i -> a[i] = multiply.apply(a[i], nInv));
  }

  // ------------------------------------------------------------------ verify

  /**
   * Checks a .ptau as {@code snarkjs powersoftau verify} does: every contribution's proofs of knowledge against
   * the challenge it answered (beacons recomputed), the chain of [τ]₁, [τ]₂, [α]₁, [β]₁, [β]₂ from the
   * generators to the last contribution, the powers in sections 2–5 consecutive (random linear combinations,
   * one pairing check per section), the last next-challenge hash, and, when present, the Lagrange sections
   * against the powers for every domain.
   *
   * @return what is wrong, in words; empty when the file is sound
   */
  public static List<String> verify(Path ptau, Groth16Prover.Progress progress) throws IOException {
    Groth16Prover.Progress p = progress == null ? Groth16Prover.Progress.NONE : progress;
    BinFile f = BinFile.read(ptau, "ptau");
    int[] hdr = header(f);
    int power = hdr[0];
    List<Contribution> cs = contributions(f);
    List<String> problems = new ArrayList<>();
    if (cs.isEmpty()) {
      problems.add("no contributions: anyone who knows this file knows tau (it is all generators)");
      return problems;
    }
    byte[] firstChallenge = firstChallengeHash(hdr[1]);
    for (int i = 0; i < cs.size(); i++) {
      Contribution prev = i == 0 ? null : cs.get(i - 1);
      verifyContribution(problems, i + 1, cs.get(i), prev, i == 0 ? firstChallenge : prev.nextChallenge());
    }
    Contribution last = cs.get(cs.size() - 1);
    SecureRandom random = new SecureRandom();
    Blake2b next = new Blake2b().update(last.responseHash());
    p.update("verify powers", 0);
    G1Affine[] tau1 = g1Section(f, 2, tauG1Count(power), next);
    G2Affine[] tau2 = g2Section(f, 3, 1L << power, next);
    G1Affine[] alpha1 = g1Section(f, 4, 1L << power, next);
    G1Affine[] beta1 = g1Section(f, 5, 1L << power, next);
    G2Affine[] beta2 = g2Section(f, 6, 1, next);
    p.update("verify powers", 0.3);
    checkFirst(problems, "tauG1[0]", G1Affine.GENERATOR, tau1[0]);
    checkFirst(problems, "tauG1[1]", last.tauG1(), tau1.length > 1 ? tau1[1] : null);
    checkFirst(problems, "tauG2[0]", G2Affine.GENERATOR, tau2[0]);
    checkFirst(problems, "tauG2[1]", last.tauG2(), tau2.length > 1 ? tau2[1] : null);
    checkFirst(problems, "alphaTauG1[0]", last.alphaG1(), alpha1[0]);
    checkFirst(problems, "betaTauG1[0]", last.betaG1(), beta1[0]);
    checkFirst(problems, "betaG2", last.betaG2(), beta2[0]);
    if (!consecutiveG1(tau1, last.tauG2(), random)) {
      problems.add("tauG1: the points are not consecutive powers of tau");
    }
    if (!consecutiveG1(alpha1, last.tauG2(), random)) {
      problems.add("alphaTauG1: the points are not alpha times consecutive powers of tau");
    }
    if (!consecutiveG1(beta1, last.tauG2(), random)) {
      problems.add("betaTauG1: the points are not beta times consecutive powers of tau");
    }
    if (!consecutiveG2(tau2, last.tauG1(), random)) {
      problems.add("tauG2: the points are not consecutive powers of tau");
    }
    if (hdr[0] == hdr[1] && !Arrays.equals(next.digest(), last.nextChallenge())) {
      problems.add("the points do not hash to the last contribution's next challenge");
    }
    p.update("verify powers", 0.5);
    boolean prepared = f.has(12) && f.has(13) && f.has(14) && f.has(15);
    if (prepared) {
      verifyLagrange(problems, f, 12, tau1, power + 1, random);
      p.update("verify Lagrange forms", 0.65);
      verifyLagrange(problems, f, 13, tau2, power, random);
      p.update("verify Lagrange forms", 0.8);
      verifyLagrange(problems, f, 14, alpha1, power, random);
      p.update("verify Lagrange forms", 0.9);
      verifyLagrange(problems, f, 15, beta1, power, random);
    }
    p.update("done", 1);
    return problems;
  }

  private static void verifyContribution(List<String> problems, int number, Contribution c, Contribution prev,
      byte[] challenge) {
    String who = "contribution " + number + (c.name() == null ? "" : " (" + c.name() + ")");
    PublicKey k = c.key();
    if (c.type() == 1) {
      if (c.beaconHash() == null || c.numIterationsExp() < 10 || c.numIterationsExp() > 63) {
        problems.add(who + ": a beacon without valid parameters");
      } else {
        SnarkjsRandom rng = SnarkjsRandom.fromBeacon(c.beaconHash(), c.numIterationsExp());
        Fr tau = rng.nextFr();
        Fr alpha = rng.nextFr();
        Fr beta = rng.nextFr();
        PublicKey expected = new PublicKey(keyPart(0, challenge, rng.nextG1(), tau),
            keyPart(1, challenge, rng.nextG1(), alpha), keyPart(2, challenge, rng.nextG1(), beta));
        if (!expected.equals(k)) {
          problems.add(who + ": the beacon does not give this contribution's key");
        }
      }
    }
    KeyPart[] parts = {k.tau(), k.alpha(), k.beta()};
    String[] names = {"tau", "alpha", "beta"};
    G2Affine[] sp = new G2Affine[3];
    for (int i = 0; i < 3; i++) {
      sp[i] = g2Sp(i, challenge, parts[i].g1S(), parts[i].g1Sx());
      if (!Phase2.sameRatio(parts[i].g1S(), parts[i].g1Sx(), sp[i], parts[i].g2Spx())) {
        problems.add(who + ": the proof of knowledge of " + names[i] + " fails");
      }
    }
    G1Affine prevTau1 = prev == null ? G1Affine.GENERATOR : prev.tauG1();
    G2Affine prevTau2 = prev == null ? G2Affine.GENERATOR : prev.tauG2();
    G1Affine prevAlpha1 = prev == null ? G1Affine.GENERATOR : prev.alphaG1();
    G1Affine prevBeta1 = prev == null ? G1Affine.GENERATOR : prev.betaG1();
    G2Affine prevBeta2 = prev == null ? G2Affine.GENERATOR : prev.betaG2();
    if (!Phase2.sameRatio(prevTau1, c.tauG1(), sp[0], k.tau().g2Spx())) {
      problems.add(who + ": [tau]1 does not follow the previous contribution");
    }
    if (!Phase2.sameRatio(k.tau().g1S(), k.tau().g1Sx(), prevTau2, c.tauG2())) {
      problems.add(who + ": [tau]2 does not follow the previous contribution");
    }
    if (!Phase2.sameRatio(prevAlpha1, c.alphaG1(), sp[1], k.alpha().g2Spx())) {
      problems.add(who + ": [alpha]1 does not follow the previous contribution");
    }
    if (!Phase2.sameRatio(prevBeta1, c.betaG1(), sp[2], k.beta().g2Spx())) {
      problems.add(who + ": [beta]1 does not follow the previous contribution");
    }
    if (!Phase2.sameRatio(k.beta().g1S(), k.beta().g1Sx(), prevBeta2, c.betaG2())) {
      problems.add(who + ": [beta]2 does not follow the previous contribution");
    }
  }

  private static void checkFirst(List<String> problems, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      problems.add(what + " is not the one the last contribution records");
    }
  }

  private static Fr[] randomScalars(int n, SecureRandom random) {
    Fr[] r = new Fr[n];
    for (int i = 0; i < n; i++) {
      r[i] = Fr.of(new BigInteger(128, random));
    }
    return r;
  }

  /** Σ rᵢPᵢ and Σ rᵢPᵢ₊₁ have the ratio of [1]₂ and [τ]₂. */
  private static boolean consecutiveG1(G1Affine[] pts, G2Affine tau2, SecureRandom random) {
    if (pts.length < 2) {
      return true;
    }
    Fr[] r = randomScalars(pts.length - 1, random);
    G1Affine r1 = Msm.g1(Arrays.copyOfRange(pts, 0, pts.length - 1), r).toAffine();
    G1Affine r2 = Msm.g1(Arrays.copyOfRange(pts, 1, pts.length), r).toAffine();
    return Phase2.sameRatio(r1, r2, G2Affine.GENERATOR, tau2);
  }

  private static boolean consecutiveG2(G2Affine[] pts, G1Affine tau1, SecureRandom random) {
    if (pts.length < 2) {
      return true;
    }
    Fr[] r = randomScalars(pts.length - 1, random);
    G2Affine r1 = Msm.g2(Arrays.copyOfRange(pts, 0, pts.length - 1), r).toAffine();
    G2Affine r2 = Msm.g2(Arrays.copyOfRange(pts, 1, pts.length), r).toAffine();
    return Phase2.sameRatio(G1Affine.GENERATOR, tau1, r1, r2);
  }

  /** For each domain 2^k: Σ rᵢ[τ^i] = Σ (DFT r)ᵢ[Lᵢ(τ)] for random r (the top domain of section 12 with a zero). */
  private static void verifyLagrange(List<String> problems, BinFile f, int id, Object powers, int maxK,
      SecureRandom random) {
    boolean g1 = id != 13;
    int size = g1 ? 64 : 128;
    BinFile.Section s = f.section(id, SECTION_NAMES[id]);
    long expected = ((2L << maxK) - 1) * size;
    if (s.remaining() != expected) {
      problems.add(SECTION_NAMES[id] + ": expected " + expected + " bytes for domains up to 2^" + maxK + ", it has "
          + s.remaining());
      return;
    }
    ByteBuffer b = s.take((int) expected, SECTION_NAMES[id]).order(ByteOrder.LITTLE_ENDIAN);
    int have = java.lang.reflect.Array.getLength(powers);
    for (int k = 0; k <= maxK; k++) {
      int n = 1 << k;
      Fr[] r = randomScalars(n, random);
      if (n > have) {
        r[n - 1] = Fr.ZERO; // the power the file does not have
      }
      Fr[] dft = n == 1 ? r.clone() : NttDomain.of(n).forward(r);
      int off = n - 1;
      boolean ok;
      if (g1) {
        G1Affine[] tau = Arrays.copyOf((G1Affine[]) powers, n);
        if (n > have) {
          tau[n - 1] = G1Affine.INFINITY;
        }
        G1Affine[] l = new G1Affine[n];
        IntStream.range(0, n).parallel().forEach(i -> l[i] = g1At(b, off + i, SECTION_NAMES[id]));
        ok = Msm.g1(tau, r).equals(Msm.g1(l, dft));
      } else {
        G2Affine[] tau = Arrays.copyOf((G2Affine[]) powers, n);
        G2Affine[] l = new G2Affine[n];
        IntStream.range(0, n).parallel().forEach(i -> l[i] = g2At(b, off + i, SECTION_NAMES[id], false));
        requireSubgroup(l, SECTION_NAMES[id] + " (domain 2^" + k + ")");
        ok = Msm.g2(tau, r).equals(Msm.g2(l, dft));
      }
      if (!ok) {
        problems.add(SECTION_NAMES[id] + ": the Lagrange forms of the domain 2^" + k + " do not match the powers");
      }
    }
  }

  /** All points of a G1 section, checked on the curve, hashed uncompressed into h. */
  private static G1Affine[] g1Section(BinFile f, int id, long count, Blake2b h) {
    ByteBuffer b = points(f, id, count, 64);
    G1Affine[] pts = new G1Affine[(int) count];
    IntStream.range(0, pts.length).parallel().forEach(i -> pts[i] = g1At(b, i, SECTION_NAMES[id]));
    byte[] u = new byte[pts.length * 64];
    IntStream.range(0, pts.length).parallel().forEach(i ->
        System.arraycopy(Groth16Setup.uncompressed(pts[i]), 0, u, i * 64, 64));
    h.update(u);
    return pts;
  }

  private static G2Affine[] g2Section(BinFile f, int id, long count, Blake2b h) {
    ByteBuffer b = points(f, id, count, 128);
    G2Affine[] pts = new G2Affine[(int) count];
    IntStream.range(0, pts.length).parallel().forEach(i -> pts[i] = g2At(b, i, SECTION_NAMES[id], false));
    requireSubgroup(pts, SECTION_NAMES[id]);
    byte[] u = new byte[pts.length * 128];
    IntStream.range(0, pts.length).parallel().forEach(i ->
        System.arraycopy(Groth16Setup.uncompressed(pts[i]), 0, u, i * 128, 128));
    h.update(u);
    return pts;
  }

  private static void requireSubgroup(G2Affine[] pts, String what) {
    if (!G2Affine.allInSubgroup(pts)) {
      int bad = IntStream.range(0, pts.length).parallel().filter(i -> !pts[i].isInSubgroup()).findFirst().orElseThrow();
      throw new CircomFormatException(".ptau " + what + "[" + bad + "] is on the twist but not in the subgroup of order r");
    }
  }

  private static ByteBuffer points(BinFile f, int id, long count, int size) {
    BinFile.Section s = f.section(id, SECTION_NAMES[id]);
    if (s.remaining() != count * size) {
      throw new CircomFormatException(s.what() + ": " + count + " points need " + count * size + " bytes, it has "
          + s.remaining());
    }
    return s.take((int) (count * size), SECTION_NAMES[id]).order(ByteOrder.LITTLE_ENDIAN);
  }

  // ------------------------------------------------------------------ reading

  /** The header and contributions of a .ptau. */
  public static Info info(Path ptau) throws IOException {
    BinFile f = BinFile.read(ptau, "ptau");
    int[] hdr = header(f);
    return new Info(hdr[0], hdr[1], contributions(f), f.has(12) && f.has(13) && f.has(14) && f.has(15));
  }

  private static final String[] SECTION_NAMES = {"", "header", "tauG1", "tauG2", "alphaTauG1", "betaTauG1", "betaG2",
      "contributions", "", "", "", "", "lTauG1", "lTauG2", "lAlphaTauG1", "lBetaTauG1"};

  /** {power, ceremony power}, checked. */
  static int[] header(BinFile f) {
    if (f.version() != 1) {
      throw new CircomFormatException(".ptau: expected version 1, got " + f.version());
    }
    BinFile.Section h = f.section(1, "header");
    int n8 = h.u32("n8");
    BigInteger q = h.integer(n8, "q");
    if (n8 != 32 || !q.equals(Fp.MODULUS)) {
      throw new CircomFormatException(".ptau: not over BN254 (q = " + q + ")");
    }
    int power = h.u32("power");
    int ceremonyPower = h.u32("ceremony power");
    h.expectEnd();
    if (power < 1 || power > 28 || ceremonyPower < power || ceremonyPower > 28) {
      throw new CircomFormatException(".ptau: power " + power + " (ceremony power " + ceremonyPower
          + ") is out of range");
    }
    return new int[] {power, ceremonyPower};
  }

  private static List<Contribution> contributions(BinFile f) {
    BinFile.Section s = f.section(7, "contributions");
    int n = s.u32("contribution count");
    int fixed = 64 * 3 + 128 * 2 + 64 * 6 + 128 * 3 + Blake2b.STATE_BYTES + 64 + 8;
    if ((long) n * fixed > s.remaining()) {
      throw new CircomFormatException(s.what() + ": " + n + " contributions cannot fit in " + s.remaining() + " bytes");
    }
    List<Contribution> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String w = "contribution " + (i + 1) + " ";
      G1Affine tauG1 = ZkeyFile.g1(s, w + "tauG1");
      G2Affine tauG2 = ZkeyFile.g2(s, w + "tauG2");
      G1Affine alphaG1 = ZkeyFile.g1(s, w + "alphaG1");
      G1Affine betaG1 = ZkeyFile.g1(s, w + "betaG1");
      G2Affine betaG2 = ZkeyFile.g2(s, w + "betaG2");
      G1Affine[] g1 = new G1Affine[6];
      for (int j = 0; j < 6; j++) {
        g1[j] = ZkeyFile.g1(s, w + "key G1 point " + j);
      }
      G2Affine[] g2 = new G2Affine[3];
      for (int j = 0; j < 3; j++) {
        g2[j] = ZkeyFile.g2(s, w + "key G2 point " + j);
      }
      PublicKey key = new PublicKey(new KeyPart(g1[0], g1[1], g2[0]), new KeyPart(g1[2], g1[3], g2[1]),
          new KeyPart(g1[4], g1[5], g2[2]));
      byte[] partial = s.bytes(Blake2b.STATE_BYTES, w + "partial hash");
      try {
        Blake2b.resume(partial);
      } catch (IllegalArgumentException e) {
        throw new CircomFormatException(s.what() + ": " + w + "partial hash: " + e.getMessage());
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

  // ------------------------------------------------------------------ encodings

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

  private static byte[] contributionsSection(List<Contribution> cs) {
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

  private static G1Affine g1At(ByteBuffer b, int index, String what) {
    return ZkeyFile.g1At(".ptau " + what, b, index * 64, what, index);
  }

  /** A G2 point checked on the curve, and in the subgroup when asked (contributing multiplies whatever is there). */
  private static G2Affine g2At(ByteBuffer b, int index, String what, boolean subgroup) {
    return ZkeyFile.g2At(".ptau " + what, b, index * 128, what, index, subgroup);
  }

  // ------------------------------------------------------------------ writing

  private static long tauG1Count(int power) {
    return (2L << power) - 1;
  }

  private static void checkPower(int power) {
    if (power < 1 || power > MAX_POWER) {
      throw new IllegalArgumentException("the power must be 1 to " + MAX_POWER + ", got " + power);
    }
  }

  private static void header(Out o, int power, int ceremonyPower) throws IOException {
    ByteBuffer h = ByteBuffer.allocate(4 + 32 + 8).order(ByteOrder.LITTLE_ENDIAN);
    h.putInt(32);
    byte[] q = Fp.MODULUS.toByteArray();
    for (int i = 0; i < 32; i++) {
      h.put(i < q.length ? q[q.length - 1 - i] : 0);
    }
    h.putInt(power).putInt(ceremonyPower);
    o.section(1, h.array());
  }

  /** A container file written section by section into a temporary file, renamed over the target on commit. */
  private static final class Out implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final FileChannel ch;
    private long sectionEnd = -1;
    private boolean committed;

    Out(Path target, int sections) throws IOException {
      this.target = target;
      this.tmp = AtomicFile.temporaryBeside(target);
      this.ch = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE);
      ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
      h.put("ptau".getBytes(StandardCharsets.US_ASCII)).putInt(1).putInt(sections).flip();
      writeFully(h);
    }

    /** Starts a section of the given size; returns where its data starts. */
    long begin(int type, long size) throws IOException {
      endCheck();
      ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
      h.putInt(type).putLong(size).flip();
      writeFully(h);
      long start = ch.position();
      sectionEnd = start + size;
      return start;
    }

    void section(int type, byte[] data) throws IOException {
      begin(type, data.length);
      write(ByteBuffer.wrap(data));
    }

    void write(ByteBuffer b) throws IOException {
      ByteBuffer d = b.duplicate();
      if (ch.position() + d.remaining() > sectionEnd) {
        throw new IllegalStateException("a section overflows its declared size");
      }
      writeFully(d);
    }

    private void writeFully(ByteBuffer b) throws IOException {
      while (b.hasRemaining()) {
        ch.write(b);
      }
    }

    private void endCheck() {
      if (sectionEnd >= 0 && ch.isOpen()) {
        try {
          if (ch.position() != sectionEnd) {
            throw new IllegalStateException("a section was not filled: at " + ch.position() + ", expected "
                + sectionEnd);
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }

    /** Bytes already written. */
    ByteBuffer read(long at, int n) throws IOException {
      ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
      while (b.hasRemaining()) {
        if (ch.read(b, at + b.position()) < 0) {
          throw new IOException("unexpected end of " + tmp);
        }
      }
      return b.flip();
    }

    void commit() throws IOException {
      endCheck();
      ch.force(true);
      ch.close();
      AtomicFile.replace(tmp, target);
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        ch.close();
        Files.deleteIfExists(tmp);
      }
    }
  }
}
