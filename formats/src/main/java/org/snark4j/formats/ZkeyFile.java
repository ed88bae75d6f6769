package org.snark4j.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.snark4j.core.bn254.FlatPoints;
import org.snark4j.core.bn254.Fp;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.FrLimbs;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.SnarkjsBinaryCodec;
import org.snark4j.formats.internal.ValueDictionary;

/**
 * snarkjs's Groth16 .zkey (version 1): section 1 the protocol (1 = Groth16); 2 the header (n8q, q, n8r, r,
 * variables, public signals, domain size, α₁, β₁, β₂, γ₂, δ₁, δ₂); 3 IC; 4 the A and B coefficients
 * {matrix, row, wire, value}; 5 A, 6 B₁, 7 B₂, 8 C and 9 H queries; 10 the contribution history.
 * Points are in snarkjs's binary form ({@link SnarkjsPoints}); coefficients are stored times R² (R = 2^(8·n8r)).
 * Every point is checked (on the curve, G2 in the subgroup: the B₂ list at once) and every length bounded, so a
 * corrupt file is a {@link FormatException}. The records here are the file's content; the prover and the
 * verifier make their keys from them.
 */
public final class ZkeyFile {
  private ZkeyFile() {}

  /** Limbs of an Fr element, and bytes of a coefficient record {matrix, row, wire, value}. */
  private static final int FR_LIMBS = Fr.BYTES / 8; // 4: ValueDictionary holds 4-limb values
  private static final int COEFFICIENT_BYTES = 12 + Fr.BYTES;
  /** The Montgomery radix R = 2^(8·n8r) of the stored values, and its inverse, mod r. */
  private static final Fr R = Fr.of(BigInteger.ONE.shiftLeft(8 * Fr.BYTES).mod(Fr.MODULUS));
  private static final Fr R_INV = R.inverse();
  /** Bytes of a circuit hash and of a contribution's transcript hash (BLAKE2b-512). */
  private static final int HASH_BYTES = 64;

  /**
   * Section 2 and the IC of section 3: what a verifying key needs. {@code wires} counts the constant one;
   * {@code ic} has {@code publicCount + 1} points.
   */
  public record Header(int wires, int publicCount, int domainSize, G1Affine alpha1, G1Affine beta1, G2Affine beta2,
      G2Affine gamma2, G1Affine delta1, G2Affine delta2, List<G1Affine> ic) {
    public Header {
      ic = List.copyOf(ic);
      if (ic.size() != publicCount + 1) {
        throw new IllegalArgumentException("IC has " + ic.size() + " points, expected publicCount + 1 = "
            + (publicCount + 1));
      }
    }
  }

  /**
   * Section 4: coefficient k is {@code matrix[k]} (0 for A, 1 for B), {@code row[k]}, {@code wire[k]} and the
   * value numbered {@code index[k]} in {@code values}: the distinct values in order of first appearance, 4
   * Montgomery limbs each (Fr's limbs; few distinct values among millions of coefficients, see {@link ValueDictionary}).
   */
  public record Coefficients(byte[] matrix, int[] row, int[] wire, int[] index, long[] values) {
    public Coefficients {
      if (row.length != matrix.length || wire.length != matrix.length || index.length != matrix.length
          || values.length % FR_LIMBS != 0) {
        throw new IllegalArgumentException("coefficient arrays differ in length: " + matrix.length + " matrices, "
            + row.length + " rows, " + wire.length + " wires, " + index.length + " indices, " + values.length
            + " value limbs");
      }
    }

    public int size() {
      return matrix.length;
    }
  }

  /**
   * A whole Groth16 .zkey but its history: the header, the coefficients and the five queries as flat limbs
   * ({@link FlatPoints#G1_LONGS} longs a G1 point, {@link FlatPoints#G2_LONGS} a G2 point, in Montgomery form).
   */
  public record Groth16Key(Header header, Coefficients coefficients, long[] a, long[] b1, long[] b2, long[] c,
      long[] h) {}

  /**
   * One contribution as section 10 stores it: δ₁ after it, the proof of knowledge ([s]₁, [s·x]₁, [s'·x]₂ with
   * s' = hashToG2(transcript)), the transcript hash, the type (0 a contribution, 1 a beacon) and its name.
   */
  public record Contribution(G1Affine deltaAfter, G1Affine g1S, G1Affine g1Sx, G2Affine g2Spx, byte[] transcript,
      int type, String name, int numIterationsExp, byte[] beaconHash) {}

  /** Section 10: the circuit hash (64 bytes, BLAKE2b-512) and the contributions so far. */
  public record History(byte[] circuitHash, List<Contribution> contributions) {
    public History {
      contributions = List.copyOf(contributions);
    }

    /** No contribution yet. */
    public static History of(byte[] circuitHash) {
      return new History(circuitHash, List.of());
    }
  }

  /**
   * The domain size in a Groth16 .zkey's header, without reading the rest (to size the work before it starts).
   *
   * @throws FormatException if the file is not a Groth16 .zkey
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

  /** The header and IC alone (sections 1 to 3): a verifying key without the proving key's bulk. */
  public static Header readHeader(Path file) throws IOException {
    return header(BinFile.read(file, "zkey"));
  }

  static Header header(BinFile f) {
    if (f.version() != 1) {
      throw new FormatException(".zkey: expected version 1, got " + f.version());
    }
    BinFile.Section s1 = f.section(1, "protocol");
    int protocol = s1.u32("protocol");
    if (protocol != 1) {
      throw new FormatException(".zkey: protocol " + protocol + " is not Groth16 (1)");
    }
    BinFile.Section h = f.section(2, "Groth16 header");
    int n8q = h.u32("n8q");
    BigInteger q = h.integer(n8q, "q");
    int n8r = h.u32("n8r");
    BigInteger r = h.integer(n8r, "r");
    if (n8q != Fp.BYTES || n8r != Fr.BYTES || !q.equals(Fp.MODULUS) || !r.equals(Fr.MODULUS)) {
      throw new FormatException(".zkey: the key is not over BN254 (q = " + q + ", r = " + r + ")");
    }
    int nVars = h.u32("variables");
    int nPub = h.u32("public signals");
    int domain = h.u32("domain size");
    if (Integer.bitCount(domain) != 1 || (long) nPub + 1 > nVars) {
      throw new FormatException(".zkey: domain " + domain + " / " + nPub + " public of " + nVars
          + " variables is not a valid Groth16 key");
    }
    G1Affine alpha1 = SnarkjsPoints.g1(h, "alpha1");
    G1Affine beta1 = SnarkjsPoints.g1(h, "beta1");
    G2Affine beta2 = SnarkjsPoints.g2(h, "beta2");
    G2Affine gamma2 = SnarkjsPoints.g2(h, "gamma2");
    G1Affine delta1 = SnarkjsPoints.g1(h, "delta1");
    G2Affine delta2 = SnarkjsPoints.g2(h, "delta2");
    List<G1Affine> ic = SnarkjsPoints.g1List(f.section(3, "IC"), nPub + 1, "IC");
    return new Header(nVars, nPub, domain, alpha1, beta1, beta2, gamma2, delta1, delta2, ic);
  }

  /** A Groth16 .zkey but its history, every point checked. */
  public static Groth16Key read(Path file) throws IOException {
    return read(BinFile.read(file, "zkey"));
  }

  static Groth16Key read(BinFile f) {
    Header hd = header(f);
    int nVars = hd.wires();
    int nPub = hd.publicCount();
    int domain = hd.domainSize();
    Coefficients coefficients = coefficients(f.section(4, "coefficients"), nVars, domain);
    long[] a = SnarkjsPoints.g1s(f.section(5, "A"), nVars, "A");
    long[] b1 = SnarkjsPoints.g1s(f.section(6, "B1"), nVars, "B1");
    long[] cq = SnarkjsPoints.g1s(f.section(8, "C"), nVars - nPub - 1, "C");
    long[] hq = SnarkjsPoints.g1s(f.section(9, "H"), domain, "H");
    long[] b2 = SnarkjsPoints.g2s(f.section(7, "B2"), nVars, "B2"); // last: the batched subgroup check is the longest step
    return new Groth16Key(hd, coefficients, a, b1, b2, cq, hq);
  }

  private static Coefficients coefficients(BinFile.Section c, int nVars, int domain) {
    int n = c.u32("coefficient count");
    if ((long) n * COEFFICIENT_BYTES > c.remaining()) {
      throw new FormatException(".zkey: " + n + " coefficients cannot fit in " + c.remaining() + " bytes");
    }
    // {matrix, row, wire, value·R²} in 44-byte records. Each part of the section is read on its own thread with
    // its own dictionary of the distinct values; merged in order, the numbering is the whole section's order of
    // first appearance. value·R² taken as a Montgomery form is value·R, so one product by R⁻¹ per distinct value
    // gives its Montgomery form (no BigInteger per coefficient)
    ByteBuffer cb = c.take(Math.multiplyExact(n, COEFFICIENT_BYTES), "coefficients").order(ByteOrder.LITTLE_ENDIAN);
    byte[] matrices = new byte[n];
    int[] rows = new int[n];
    int[] wireOf = new int[n];
    int[] index = new int[n];
    int parts = Math.max(1, Math.min(4 * Runtime.getRuntime().availableProcessors(), n / 4096));
    int per = (n + parts - 1) / parts;
    ValueDictionary[] local = new ValueDictionary[parts];
    AtomicInteger bad = new AtomicInteger(-1);
    FrLimbs.forEach(ForkJoinPool.commonPool(), parts, t -> {
      ValueDictionary d = new ValueDictionary();
      local[t] = d;
      long[] limbs = new long[FR_LIMBS];
      for (int i = per * t, end = Math.min(n, i + per); i < end; i++) {
        int at = COEFFICIENT_BYTES * i;
        int matrix = cb.getInt(at);
        int row = cb.getInt(at + 4);
        int wire = cb.getInt(at + 8);
        for (int j = 0; j < FR_LIMBS; j++) {
          limbs[j] = cb.getLong(at + 12 + 8 * j);
        }
        if (matrix < 0 || matrix > 1 || row < 0 || row >= domain || wire < 0 || wire >= nVars
            || !FrLimbs.isCanonical(limbs, 0)) {
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
      int at = COEFFICIENT_BYTES * bad.get();
      throw new FormatException(".zkey: coefficient " + bad.get() + " (matrix " + cb.getInt(at) + ", row "
          + Integer.toUnsignedString(cb.getInt(at + 4)) + ", wire " + Integer.toUnsignedString(cb.getInt(at + 8))
          + ") is out of range");
    }
    ValueDictionary all = new ValueDictionary();
    int[][] maps = new int[parts][];
    for (int t = 0; t < parts; t++) {
      maps[t] = all.merge(local[t]);
    }
    FrLimbs.forEach(ForkJoinPool.commonPool(), parts, t -> {
      int[] map = maps[t];
      for (int i = per * t, end = Math.min(n, i + per); i < end; i++) {
        index[i] = map[index[i]];
      }
    });
    long[] values = all.values();
    long[] rInv = new long[FR_LIMBS];
    R_INV.montgomeryLimbs(rInv, 0);
    for (int e = 0; e < values.length / FR_LIMBS; e++) {
      FrLimbs.mul(values, FR_LIMBS * e, values, FR_LIMBS * e, rInv, 0);
    }
    return new Coefficients(matrices, rows, wireOf, index, values);
  }

  /** The phase-2 history of a .zkey (section 10): the circuit hash and each contribution, points checked. */
  public static History readHistory(Path file) throws IOException {
    return history(BinFile.read(file, "zkey"));
  }

  static History history(BinFile f) {
    BinFile.Section s = f.section(10, "contributions");
    byte[] csHash = s.bytes(HASH_BYTES, "circuit hash");
    int n = s.u32("contribution count");
    // three G1 points, a G2 point, the transcript hash, type and parameter length at the least
    int least = 3 * SnarkjsBinaryCodec.G1_BYTES + SnarkjsBinaryCodec.G2_BYTES + HASH_BYTES + 8;
    if ((long) n * least > s.remaining()) {
      throw new FormatException(s.what() + ": " + n + " contributions cannot fit in " + s.remaining() + " bytes");
    }
    List<Contribution> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String what = "contribution " + i;
      G1Affine deltaAfter = SnarkjsPoints.g1(s, what + " deltaAfter");
      G1Affine g1S = SnarkjsPoints.g1(s, what + " g1_s");
      G1Affine g1Sx = SnarkjsPoints.g1(s, what + " g1_sx");
      G2Affine g2Spx = SnarkjsPoints.g2(s, what + " g2_spx");
      byte[] transcript = s.bytes(HASH_BYTES, what + " transcript");
      int type = s.u32(what + " type");
      int length = s.u32(what + " parameter length");
      byte[] params = s.bytes(length, what + " parameters");
      ContributionParams cp = ContributionParams.parse(params, s.what() + ": " + what);
      list.add(new Contribution(deltaAfter, g1S, g1Sx, g2Spx, transcript, type, cp.name(), cp.numIterationsExp(),
          cp.beaconHash()));
    }
    return new History(csHash, list);
  }

  private static byte[] historySection(History history) {
    BinFile.Content c = new BinFile.Content().put(history.circuitHash()).u32(history.contributions().size());
    for (Contribution k : history.contributions()) {
      c.put(SnarkjsPoints.bytes(k.deltaAfter())).put(SnarkjsPoints.bytes(k.g1S())).put(SnarkjsPoints.bytes(k.g1Sx()))
          .put(SnarkjsPoints.bytes(k.g2Spx()));
      c.put(k.transcript()).u32(k.type());
      byte[] params = ContributionParams.encode(k.name(), k.type(), k.numIterationsExp(), k.beaconHash());
      c.u32(params.length).put(params);
    }
    return c.bytes();
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a Groth16 key with its phase-2 history (section 10) as a version-1 .zkey, whole or not at all (into
   * a temporary file renamed over the target). With no contribution and the circuit hash of the setup, the file
   * is what {@code snarkjs groth16 setup} writes; with a zero hash, enough for {@code groth16 prove} but not for
   * {@code zkey verify}.
   */
  public static void write(Groth16Key key, History history, Path path) throws IOException {
    byte[] circuitHash = history.circuitHash();
    if (circuitHash.length != HASH_BYTES) {
      throw new IllegalArgumentException("a circuit hash is 64 bytes (BLAKE2b-512), got " + circuitHash.length);
    }
    Header hd = key.header();
    BinFile.Writer w = new BinFile.Writer("zkey", 1);
    w.section(1, new BinFile.Content().u32(1).bytes());
    BinFile.Content h = new BinFile.Content()
        .u32(Fp.BYTES).integer(Fp.MODULUS, Fp.BYTES).u32(Fr.BYTES).integer(Fr.MODULUS, Fr.BYTES)
        .u32(hd.wires()).u32(hd.publicCount()).u32(hd.domainSize())
        .put(SnarkjsPoints.bytes(hd.alpha1())).put(SnarkjsPoints.bytes(hd.beta1()))
        .put(SnarkjsPoints.bytes(hd.beta2())).put(SnarkjsPoints.bytes(hd.gamma2()))
        .put(SnarkjsPoints.bytes(hd.delta1())).put(SnarkjsPoints.bytes(hd.delta2()));
    w.section(2, h.bytes());
    BinFile.Content ic = new BinFile.Content();
    for (G1Affine p : hd.ic()) {
      ic.put(SnarkjsPoints.bytes(p));
    }
    w.section(3, ic.bytes());
    Coefficients k = key.coefficients();
    BinFile.Content c = new BinFile.Content().u32(k.size());
    // value·R² is the Montgomery form of value·R: one product by R for each distinct value
    long[] stored = k.values().clone();
    long[] r = new long[FR_LIMBS];
    R.montgomeryLimbs(r, 0);
    for (int e = 0; e < stored.length / FR_LIMBS; e++) {
      FrLimbs.mul(stored, FR_LIMBS * e, stored, FR_LIMBS * e, r, 0);
    }
    for (int i = 0; i < k.size(); i++) {
      c.u32(k.matrix()[i]).u32(k.row()[i]).u32(k.wire()[i]);
      for (int j = 0, v = FR_LIMBS * k.index()[i]; j < FR_LIMBS; j++) {
        c.u64(stored[v + j]);
      }
    }
    w.section(4, c.bytes());
    w.section(5, flatSection(key.a(), FlatPoints.G1_LONGS));
    w.section(6, flatSection(key.b1(), FlatPoints.G1_LONGS));
    w.section(7, flatSection(key.b2(), FlatPoints.G2_LONGS));
    w.section(8, flatSection(key.c(), FlatPoints.G1_LONGS));
    w.section(9, flatSection(key.h(), FlatPoints.G1_LONGS));
    w.section(10, historySection(history));
    Path tmp = AtomicFile.temporaryBeside(path);
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        w.writeTo(out);
      }
      AtomicFile.replace(tmp, path);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Points held flat, in their stored form. */
  private static byte[] flatSection(long[] limbs, int perPoint) {
    if (limbs.length % perPoint != 0) {
      throw new IllegalArgumentException(limbs.length + " limbs are not whole points of " + perPoint);
    }
    byte[] out = new byte[Math.multiplyExact(limbs.length, 8)];
    SnarkjsBinaryCodec.writeLimbs(limbs, ByteBuffer.wrap(out), 0);
    return out;
  }
}
