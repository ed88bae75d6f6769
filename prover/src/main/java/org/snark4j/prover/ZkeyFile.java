package org.snark4j.prover;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snark4j.circuits.circom.BinFile;
import org.snark4j.circuits.circom.CircomFormatException;
import org.snark4j.core.bn254.Fp;
import org.snark4j.core.bn254.FlatPoints;
import org.snark4j.core.bn254.SnarkjsBinaryCodec;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * snarkjs's Groth16 .zkey (version 1): section 1 the protocol (1 = Groth16); 2 the header (n8q, q, n8r, r,
 * variables, public signals, domain size, α₁, β₁, β₂, γ₂, δ₁, δ₂); 3 IC; 4 the A and B coefficients
 * {matrix, row, wire, value}; 5 A, 6 B₁, 7 B₂, 8 C and 9 H queries; 10 the contribution history (not read).
 * Points are affine with coordinates in Montgomery form, little-endian, G2 as x.c0, x.c1, y.c0, y.c1,
 * (0, 0) for infinity; coefficients are stored times R² (R = 2^256). Every point is checked (on the curve,
 * G2 in the subgroup: the B₂ list at once by {@link G2Affine#allInSubgroup}) and every length bounded, so a
 * corrupt file is a {@link CircomFormatException}.
 */
public final class ZkeyFile {
  private ZkeyFile() {}

  private static final Fr R_INV = Fr.of(BigInteger.ONE.shiftLeft(256).modInverse(Fr.MODULUS));

  /**
   * The domain size in a Groth16 .zkey's header, without reading the rest (to size the work before it starts).
   *
   * @throws CircomFormatException if the file is not a Groth16 .zkey
   */
  public static int domainSize(Path file) throws IOException {
    BinFile f = BinFile.read(file, "zkey");
    BinFile.Section h = f.section(2, "Groth16 header");
    h.integer(h.u32("n8q"), "q");
    h.integer(h.u32("n8r"), "r");
    h.u32("variables");
    h.u32("public signals");
    return h.u32("domain size");
  }

  public static Groth16ProvingKey read(Path file) throws IOException {
    BinFile f = BinFile.read(file, "zkey");
    if (f.version() != 1) {
      throw new CircomFormatException(".zkey: expected version 1, got " + f.version());
    }
    BinFile.Section s1 = f.section(1, "protocol");
    int protocol = s1.u32("protocol");
    if (protocol != 1) {
      throw new CircomFormatException(".zkey: protocol " + protocol + " is not Groth16 (1)");
    }
    BinFile.Section h = f.section(2, "Groth16 header");
    int n8q = h.u32("n8q");
    BigInteger q = h.integer(n8q, "q");
    int n8r = h.u32("n8r");
    BigInteger r = h.integer(n8r, "r");
    if (n8q != 32 || n8r != 32 || !q.equals(Fp.MODULUS) || !r.equals(Fr.MODULUS)) {
      throw new CircomFormatException(".zkey: the key is not over BN254 (q = " + q + ", r = " + r + ")");
    }
    int nVars = h.u32("variables");
    int nPub = h.u32("public signals");
    int domain = h.u32("domain size");
    if (Integer.bitCount(domain) != 1 || nPub + 1 > nVars) {
      throw new CircomFormatException(".zkey: domain " + domain + " / " + nPub + " public of " + nVars
          + " variables is not a valid Groth16 key");
    }
    G1Affine alpha1 = g1(h, "alpha1");
    G1Affine beta1 = g1(h, "beta1");
    G2Affine beta2 = g2(h, "beta2");
    G2Affine gamma2 = g2(h, "gamma2");
    G1Affine delta1 = g1(h, "delta1");
    G2Affine delta2 = g2(h, "delta2");
    List<G1Affine> ic = g1List(f.section(3, "IC"), nPub + 1, "IC");
    BinFile.Section c = f.section(4, "coefficients");
    int n = c.u32("coefficient count");
    if ((long) n * 44 > c.remaining()) {
      throw new CircomFormatException(".zkey: " + n + " coefficients cannot fit in " + c.remaining() + " bytes");
    }
    // {matrix, row, wire, value·R²} in 44-byte records. Each part of the section is read on its own thread with
    // its own dictionary of the distinct values; merged in order, the numbering is the whole section's order of
    // first appearance. value·R² taken as a Montgomery form is value·R, so one product by R⁻¹ per distinct value
    // gives its Montgomery form (no BigInteger per coefficient)
    java.nio.ByteBuffer cb = c.take(Math.multiplyExact(n, 44), "coefficients").order(java.nio.ByteOrder.LITTLE_ENDIAN);
    byte[] matrices = new byte[n];
    int[] rows = new int[n];
    int[] wireOf = new int[n];
    int[] index = new int[n];
    int parts = Math.max(1, Math.min(4 * Runtime.getRuntime().availableProcessors(), n / 4096));
    int per = (n + parts - 1) / parts;
    ValueDictionary[] local = new ValueDictionary[parts];
    java.util.concurrent.atomic.AtomicInteger bad = new java.util.concurrent.atomic.AtomicInteger(-1);
    org.snark4j.core.bn254.FrLimbs.forEach(java.util.concurrent.ForkJoinPool.commonPool(), parts, t -> {
      ValueDictionary d = new ValueDictionary();
      local[t] = d;
      long[] limbs = new long[4];
      for (int i = per * t, end = Math.min(n, i + per); i < end; i++) {
        int at = 44 * i;
        int matrix = cb.getInt(at);
        int row = cb.getInt(at + 4);
        int wire = cb.getInt(at + 8);
        for (int j = 0; j < 4; j++) {
          limbs[j] = cb.getLong(at + 12 + 8 * j);
        }
        if (matrix < 0 || matrix > 1 || row < 0 || row >= domain || wire < 0 || wire >= nVars
            || !org.snark4j.core.bn254.FrLimbs.isCanonical(limbs, 0)) {
          bad.accumulateAndGet(i, (x, y) -> x < 0 ? y : Math.min(x, y));
          return;
        }
        matrices[i] = (byte) matrix;
        rows[i] = row;
        wireOf[i] = wire;
        index[i] = d.intern(limbs, 0);
      }
    });
    if (bad.get() >= 0) {
      int i = bad.get();
      throw new CircomFormatException(".zkey: coefficient " + i + " (matrix " + cb.getInt(44 * i) + ", row "
          + Integer.toUnsignedString(cb.getInt(44 * i + 4)) + ", wire " + Integer.toUnsignedString(cb.getInt(44 * i + 8))
          + ") is out of range");
    }
    ValueDictionary all = new ValueDictionary();
    int[][] maps = new int[parts][];
    for (int t = 0; t < parts; t++) {
      maps[t] = all.merge(local[t]);
    }
    org.snark4j.core.bn254.FrLimbs.forEach(java.util.concurrent.ForkJoinPool.commonPool(), parts, t -> {
      int[] map = maps[t];
      for (int i = per * t, end = Math.min(n, i + per); i < end; i++) {
        index[i] = map[index[i]];
      }
    });
    long[] values = all.values();
    long[] rInv = new long[4];
    R_INV.montgomeryLimbs(rInv, 0);
    for (int e = 0; e < values.length / 4; e++) {
      org.snark4j.core.bn254.FrLimbs.mul(values, 4 * e, values, 4 * e, rInv, 0);
    }
    long[] a = g1s(f.section(5, "A"), nVars, "A");
    long[] b1 = g1s(f.section(6, "B1"), nVars, "B1");
    long[] cq = g1s(f.section(8, "C"), nVars - nPub - 1, "C");
    long[] hq = g1s(f.section(9, "H"), domain, "H");
    long[] b2 = g2s(f.section(7, "B2"), nVars, "B2"); // last: the batched subgroup check is the longest step
    Groth16VerifyingKey vk = new Groth16VerifyingKey(alpha1, beta2, gamma2, delta2, ic);
    return new Groth16ProvingKey(nVars, nPub, domain, matrices, rows, wireOf, index, values, alpha1, beta1, beta2, delta1,
        delta2, a, b1, b2, cq, hq, vk);
  }

  /** count G1 points, read flat and checked on all cores; a bad one is named as the single-point decoder names it. */
  private static long[] g1s(BinFile.Section s, int count, String what) {
    if ((long) count * 64 != s.remaining()) {
      throw new CircomFormatException(s.what() + ": " + count + " points need " + count * 64L + " bytes, the section has "
          + s.remaining());
    }
    java.nio.ByteBuffer b = s.take(count * 64, what);
    long[] out = SnarkjsBinaryCodec.readLimbsUnchecked(b, 0, 8 * count);
    int bad = org.snark4j.core.bn254.FlatPoints.firstInvalidG1(out, count, java.util.concurrent.ForkJoinPool.commonPool());
    if (bad >= 0) {
      g1At(s.what(), b, bad * 64, what, bad); // throws, naming the coordinate or the curve
      throw new CircomFormatException(s.what() + ": " + label(what, bad) + " is not a valid G1 point");
    }
    return out;
  }

  /** count G2 points, read flat, checked on the twist and then in the subgroup all at once. */
  private static long[] g2s(BinFile.Section s, int count, String what) {
    if ((long) count * 128 != s.remaining()) {
      throw new CircomFormatException(s.what() + ": " + count + " points need " + count * 128L
          + " bytes, the section has " + s.remaining());
    }
    java.nio.ByteBuffer b = s.take(count * 128, what);
    long[] out = SnarkjsBinaryCodec.readLimbsUnchecked(b, 0, 16 * count);
    java.util.concurrent.ForkJoinPool pool = java.util.concurrent.ForkJoinPool.commonPool();
    int bad = org.snark4j.core.bn254.FlatPoints.firstInvalidG2(out, count, pool);
    if (bad >= 0) {
      g2At(s.what(), b, bad * 128, what, bad, false); // throws, naming the coordinate or the twist
      throw new CircomFormatException(s.what() + ": " + label(what, bad) + " is not a valid G2 point");
    }
    if (!org.snark4j.core.bn254.FlatPoints.allG2InSubgroup(out, count, pool)) {
      int first = java.util.stream.IntStream.range(0, count).parallel()
          .filter(i -> !org.snark4j.core.bn254.FlatPoints.g2(out, i).isInSubgroup()).findFirst().orElseThrow();
      throw new CircomFormatException(s.what() + ": " + label(what, first) + " is on the twist but not in the subgroup "
          + "of order r");
    }
    return out;
  }

  /** One point at the section's position (header fields, the contribution history), decoded as the lists are. */
  static G1Affine g1(BinFile.Section s, String what) {
    return g1At(s.what(), s.take(64, what), 0, what, -1);
  }

  static G2Affine g2(BinFile.Section s, String what) {
    return g2At(s.what(), s.take(128, what), 0, what, -1);
  }

  /** A short list of G1 points (the IC), decoded one by one. */
  private static List<G1Affine> g1List(BinFile.Section s, int count, String what) {
    return FlatPoints.g1List(g1s(s, count, what));
  }

  /** "A[3]" for a list element, "alpha1" for a single point (index −1). */
  private static String label(String what, int index) {
    return index < 0 ? what : what + "[" + index + "]";
  }

  static G1Affine g1At(String section, java.nio.ByteBuffer b, int off, String what, int index) {
    try {
      return SnarkjsBinaryCodec.readG1(b, off, label(what, index));
    } catch (IllegalArgumentException e) {
      throw new CircomFormatException(section + ": " + e.getMessage());
    }
  }

  static G2Affine g2At(String section, java.nio.ByteBuffer b, int off, String what, int index) {
    return g2At(section, b, off, what, index, true);
  }

  /** A G2 point checked on the twist, and in the subgroup when asked (else check many at once). */
  static G2Affine g2At(String section, java.nio.ByteBuffer b, int off, String what, int index, boolean subgroup) {
    try {
      return subgroup ? SnarkjsBinaryCodec.readG2(b, off, label(what, index))
          : SnarkjsBinaryCodec.readG2OnTwist(b, off, label(what, index));
    } catch (IllegalArgumentException e) {
      throw new CircomFormatException(section + ": " + e.getMessage());
    }
  }

  /** The phase-2 history of a .zkey (section 10): the circuit hash and each contribution, points checked. */
  public static Phase2.History readHistory(Path file) throws IOException {
    BinFile f = BinFile.read(file, "zkey");
    BinFile.Section s = f.section(10, "contributions");
    byte[] csHash = s.bytes(64, "circuit hash");
    int n = s.u32("contribution count");
    if ((long) n * 388 > s.remaining()) {
      throw new CircomFormatException(s.what() + ": " + n + " contributions cannot fit in " + s.remaining() + " bytes");
    }
    List<Phase2.Contribution> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String what = "contribution " + i;
      G1Affine deltaAfter = g1(s, what + " deltaAfter");
      G1Affine g1S = g1(s, what + " g1_s");
      G1Affine g1Sx = g1(s, what + " g1_sx");
      G2Affine g2Spx = g2(s, what + " g2_spx");
      byte[] transcript = s.bytes(64, what + " transcript");
      int type = s.u32(what + " type");
      int length = s.u32(what + " parameter length");
      byte[] params = s.bytes(length, what + " parameters");
      ContributionParams cp = ContributionParams.parse(params, s.what() + ": " + what);
      String name = cp.name();
      int iterations = cp.numIterationsExp();
      byte[] beacon = cp.beaconHash();
      list.add(new Phase2.Contribution(deltaAfter, g1S, g1Sx, g2Spx, transcript, type, name, iterations, beacon));
    }
    return new Phase2.History(csHash, list);
  }

  private static byte[] historySection(Phase2.History history) {
    org.snark4j.circuits.circom.BinFile.Content c = new org.snark4j.circuits.circom.BinFile.Content()
        .put(history.circuitHash()).u32(history.contributions().size());
    for (Phase2.Contribution k : history.contributions()) {
      putG1(c, k.deltaAfter());
      putG1(c, k.g1S());
      putG1(c, k.g1Sx());
      putG2(c, k.g2Spx());
      c.put(k.transcript()).u32(k.type());
      byte[] params = ContributionParams.encode(k.name(), k.type(), k.numIterationsExp(), k.beaconHash());
      c.u32(params.length).put(params);
    }
    return c.bytes();
  }

  // ------------------------------------------------------------------ writing

  private static final Fr R = Fr.of(BigInteger.ONE.shiftLeft(256).mod(Fr.MODULUS));

  /**
   * Writes a proving key as a version-1 .zkey that snarkjs proves with. The contribution section (10) holds a
   * zero circuit hash and no contributions: enough for {@code groth16 prove}, not for {@code zkey verify}.
   */
  public static void write(Groth16ProvingKey pk, Path path) throws IOException {
    write(pk, new byte[64], path);
  }

  /**
   * Writes a proving key as a version-1 .zkey with the given circuit hash and no contributions: with
   * {@link Groth16Setup#circuitHash} of a key from {@link Groth16Setup#fromPtau}, the file is what
   * {@code snarkjs groth16 setup} writes, and {@code snarkjs zkey verify} accepts it against the same ptau.
   */
  public static void write(Groth16ProvingKey pk, byte[] circuitHash, Path path) throws IOException {
    write(pk, new Phase2.History(circuitHash, List.of()), path);
  }

  /** Writes a proving key with its phase-2 history (section 10), as snarkjs does after a contribution. */
  public static void write(Groth16ProvingKey pk, Phase2.History history, Path path) throws IOException {
    byte[] circuitHash = history.circuitHash();
    if (circuitHash.length != 64) {
      throw new IllegalArgumentException("a circuit hash is 64 bytes (BLAKE2b-512), got " + circuitHash.length);
    }
    org.snark4j.circuits.circom.BinFile.Writer w = new org.snark4j.circuits.circom.BinFile.Writer("zkey", 1);
    w.section(1, new org.snark4j.circuits.circom.BinFile.Content().u32(1).bytes());
    org.snark4j.circuits.circom.BinFile.Content h = new org.snark4j.circuits.circom.BinFile.Content()
        .u32(32).integer(Fp.MODULUS, 32).u32(32).integer(Fr.MODULUS, 32)
        .u32(pk.wires()).u32(pk.publicCount()).u32(pk.domainSize());
    putG1(h, pk.alpha1());
    putG1(h, pk.beta1());
    putG2(h, pk.beta2());
    putG2(h, pk.verifyingKey().gamma());
    putG1(h, pk.delta1());
    putG2(h, pk.delta2());
    w.section(2, h.bytes());
    w.section(3, g1Section(pk.verifyingKey().ic()));
    org.snark4j.circuits.circom.BinFile.Content c = new org.snark4j.circuits.circom.BinFile.Content()
        .u32(pk.coefficients().size());
    // value·R² is the Montgomery form of value·R: one product by R for each distinct value
    long[] stored = pk.coefValues().clone();
    long[] r = new long[4];
    R.montgomeryLimbs(r, 0);
    for (int e = 0; e < stored.length / 4; e++) {
      org.snark4j.core.bn254.FrLimbs.mul(stored, 4 * e, stored, 4 * e, r, 0);
    }
    for (int k = 0; k < pk.coefRow().length; k++) {
      int v = 4 * pk.coefIndex()[k];
      c.u32(pk.coefMatrix()[k]).u32(pk.coefRow()[k]).u32(pk.coefWire()[k]).u64(stored[v]).u64(stored[v + 1])
          .u64(stored[v + 2]).u64(stored[v + 3]);
    }
    w.section(4, c.bytes());
    w.section(5, g1Section(pk.a()));
    w.section(6, g1Section(pk.b1()));
    org.snark4j.circuits.circom.BinFile.Content b2 = new org.snark4j.circuits.circom.BinFile.Content();
    for (G2Affine p : pk.b2()) {
      putG2(b2, p);
    }
    w.section(7, b2.bytes());
    w.section(8, g1Section(pk.c()));
    w.section(9, g1Section(pk.h()));
    w.section(10, historySection(history));
    Path tmp = AtomicFile.temporaryBeside(path);
    try {
      try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(tmp)) {
        w.writeTo(out);
      }
      AtomicFile.replace(tmp, path);
    } finally {
      java.nio.file.Files.deleteIfExists(tmp);
    }
  }

  private static byte[] g1Section(List<G1Affine> points) {
    org.snark4j.circuits.circom.BinFile.Content c = new org.snark4j.circuits.circom.BinFile.Content();
    for (G1Affine p : points) {
      putG1(c, p);
    }
    return c.bytes();
  }

  private static void putG1(org.snark4j.circuits.circom.BinFile.Content c, G1Affine p) {
    byte[] b = new byte[SnarkjsBinaryCodec.G1_BYTES];
    SnarkjsBinaryCodec.writeG1(p, java.nio.ByteBuffer.wrap(b), 0);
    c.put(b);
  }

  private static void putG2(org.snark4j.circuits.circom.BinFile.Content c, G2Affine p) {
    byte[] b = new byte[SnarkjsBinaryCodec.G2_BYTES];
    SnarkjsBinaryCodec.writeG2(p, java.nio.ByteBuffer.wrap(b), 0);
    c.put(b);
  }
}
