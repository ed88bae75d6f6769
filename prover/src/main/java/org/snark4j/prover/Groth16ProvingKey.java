package org.snark4j.prover;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import org.snark4j.core.bn254.FlatPoints;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.formats.ZkeyFile;
import org.snark4j.formats.internal.ValueDictionary;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * A Groth16 proving key on BN254, with its verifying key, in the shape of snarkjs's .zkey: the A and B rows of
 * the QAP (the constraints' A and B, then one row per public wire with A = 1 on it; C is A·B row by row) and
 * the point queries. Immutable.
 *
 * <p>Held flat, as the prover uses it: each point query is one {@code long[]} of Montgomery limbs (8 longs a
 * G1 point, 16 a G2 point, (0, 0) for infinity) and the coefficients are parallel arrays, their values as an
 * index into a table of the distinct values (a circuit has few: a Poseidon Merkle key holds hundreds among
 * millions of coefficients, 13 bytes a coefficient instead of 41); the list accessors are views that make a
 * point or a coefficient object on each {@code get}.
 *
 * <ul>
 *   <li>{@code wires}: the number of wires (the constant one included); {@code publicCount}: public inputs
 *       (wires 1..publicCount); {@code domainSize}: n, the power of two ≥ the rows
 *   <li>{@code a}, {@code b1}, {@code b2}: [Aᵢ(τ)]₁, [Bᵢ(τ)]₁, [Bᵢ(τ)]₂ for every wire
 *   <li>{@code c}: [(β·Aᵢ(τ) + α·Bᵢ(τ) + Cᵢ(τ))/δ]₁ for every private wire (after the public ones)
 *   <li>{@code h}: the H query over the odd coset of the 2n-th roots, scaled so the prover weights it by
 *       A·B − C there
 * </ul>
 */
public final class Groth16ProvingKey {
  /** One non-zero entry of the A (matrix 0) or B (matrix 1) rows. */
  public record Coefficient(int matrix, int row, int wire, Fr value) {}

  private final int wires;
  private final int publicCount;
  private final int domainSize;
  private final byte[] coefMatrix;
  private final int[] coefRow;
  private final int[] coefWire;
  private final int[] coefIndex; // the value of each coefficient, as an entry of coefValues
  private final long[] coefValues; // the distinct values in the order they first appear, 4 Montgomery limbs each
  private final G1Affine alpha1;
  private final G1Affine beta1;
  private final G2Affine beta2;
  private final G1Affine delta1;
  private final G2Affine delta2;
  private final long[] a;
  private final long[] b1;
  private final long[] b2;
  private final long[] c;
  private final long[] h;
  private final Groth16VerifyingKey verifyingKey;

  /** A key from lists (copied into the flat form). */
  public Groth16ProvingKey(int wires, int publicCount, int domainSize, List<Coefficient> coefficients,
      G1Affine alpha1, G1Affine beta1, G2Affine beta2, G1Affine delta1, G2Affine delta2, List<G1Affine> a,
      List<G1Affine> b1, List<G2Affine> b2, List<G1Affine> c, List<G1Affine> h, Groth16VerifyingKey verifyingKey) {
    this(wires, publicCount, domainSize, matrices(coefficients), rows(coefficients), wiresOf(coefficients),
        Values.of(coefficients), alpha1, beta1, beta2, delta1, delta2, flat1(a), flat1(b1), flat2(b2), flat1(c),
        flat1(h), verifyingKey);
  }

  /**
   * The proving key in a snarkjs Groth16 .zkey, every point checked (its phase-2 history is
   * {@link ZkeyFile#readHistory}).
   *
   * @throws org.snark4j.formats.FormatException if the file is not a valid Groth16 .zkey
   */
  public static Groth16ProvingKey readZkey(Path file) throws IOException {
    return fromFile(ZkeyFile.read(file));
  }

  /** The key of a .zkey's contents, its arrays taken as they are. */
  public static Groth16ProvingKey fromFile(ZkeyFile.Groth16Key k) {
    ZkeyFile.Header h = k.header();
    ZkeyFile.Coefficients c = k.coefficients();
    Groth16VerifyingKey vk = new Groth16VerifyingKey(h.alpha1(), h.beta2(), h.gamma2(), h.delta2(), h.ic());
    return new Groth16ProvingKey(h.wires(), h.publicCount(), h.domainSize(), c.matrix(), c.row(), c.wire(), c.index(),
        c.values(), h.alpha1(), h.beta1(), h.beta2(), h.delta1(), h.delta2(), k.a(), k.b1(), k.b2(), k.c(), k.h(), vk);
  }

  /** This key as a .zkey holds it (its arrays shared, not copied: the file writer only reads them). */
  public ZkeyFile.Groth16Key toFile() {
    ZkeyFile.Header header = new ZkeyFile.Header(wires, publicCount, domainSize, alpha1, beta1, beta2,
        verifyingKey.gamma(), delta1, delta2, verifyingKey.ic());
    return new ZkeyFile.Groth16Key(header, new ZkeyFile.Coefficients(coefMatrix, coefRow, coefWire, coefIndex, coefValues),
        a, b1, b2, c, h);
  }

  /**
   * Writes this key as a .zkey that snarkjs proves with: a zero circuit hash and no contributions, enough for
   * {@code groth16 prove}, not for {@code zkey verify}.
   */
  public void writeZkey(Path file) throws IOException {
    writeZkey(file, ZkeyFile.History.of(new byte[64]));
  }

  /**
   * Writes this key as a .zkey with the given circuit hash and no contributions: with
   * {@link Groth16Setup#circuitHash} of a key from {@link Groth16Setup#fromPtau}, the file is what
   * {@code snarkjs groth16 setup} writes, and {@code snarkjs zkey verify} accepts it against the same ptau.
   */
  public void writeZkey(Path file, byte[] circuitHash) throws IOException {
    writeZkey(file, ZkeyFile.History.of(circuitHash));
  }

  /** Writes this key with its phase-2 history (section 10), as snarkjs does after a contribution. */
  public void writeZkey(Path file, ZkeyFile.History history) throws IOException {
    ZkeyFile.write(toFile(), history, file);
  }

  /** The coefficients' values as indices into the table of distinct values. */
  private record Values(int[] index, long[] table) {
    static Values of(List<Coefficient> k) {
      ValueDictionary d = new ValueDictionary();
      int[] index = new int[k.size()];
      long[] limbs = new long[4];
      for (int i = 0; i < index.length; i++) {
        k.get(i).value().montgomeryLimbs(limbs, 0);
        index[i] = d.intern(limbs, 0);
      }
      return new Values(index, d.values());
    }
  }

  private Groth16ProvingKey(int wires, int publicCount, int domainSize, byte[] coefMatrix, int[] coefRow,
      int[] coefWire, Values values, G1Affine alpha1, G1Affine beta1, G2Affine beta2, G1Affine delta1,
      G2Affine delta2, long[] a, long[] b1, long[] b2, long[] c, long[] h, Groth16VerifyingKey verifyingKey) {
    this(wires, publicCount, domainSize, coefMatrix, coefRow, coefWire, values.index(), values.table(), alpha1,
        beta1, beta2, delta1, delta2, a, b1, b2, c, h, verifyingKey);
  }

  /**
   * A key from flat arrays, taken as they are (not copied): the reader's path. The table holds each distinct
   * value once, in the order of first appearance (as {@link ValueDictionary} numbers them), so that equal keys
   * have equal arrays.
   */
  Groth16ProvingKey(int wires, int publicCount, int domainSize, byte[] coefMatrix, int[] coefRow, int[] coefWire,
      int[] coefIndex, long[] coefValues, G1Affine alpha1, G1Affine beta1, G2Affine beta2, G1Affine delta1, G2Affine delta2, long[] a,
      long[] b1, long[] b2, long[] c, long[] h, Groth16VerifyingKey verifyingKey) {
    this.wires = wires;
    this.publicCount = publicCount;
    this.domainSize = domainSize;
    this.coefMatrix = coefMatrix;
    this.coefRow = coefRow;
    this.coefWire = coefWire;
    this.coefIndex = coefIndex;
    this.coefValues = coefValues;
    this.alpha1 = alpha1;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.delta1 = delta1;
    this.delta2 = delta2;
    this.a = a;
    this.b1 = b1;
    this.b2 = b2;
    this.c = c;
    this.h = h;
    this.verifyingKey = verifyingKey;
    if (a.length != 8L * wires || b1.length != 8L * wires || b2.length != 16L * wires
        || c.length != 8L * (wires - 1 - publicCount) || h.length != 8L * domainSize
        || verifyingKey.publicInputCount() != publicCount) {
      throw new IllegalArgumentException("proving key sizes do not match: " + wires + " wires, " + publicCount
          + " public, domain " + domainSize + "; got A " + a.length / 8 + ", B1 " + b1.length / 8 + ", B2 "
          + b2.length / 16 + ", C " + c.length / 8 + ", H " + h.length / 8 + ", IC " + verifyingKey.ic().size());
    }
    int count = coefRow.length;
    if (coefMatrix.length != count || coefWire.length != count || coefIndex.length != count
        || coefValues.length % 4 != 0) {
      throw new IllegalArgumentException("coefficient arrays do not match: " + coefMatrix.length + " matrices, "
          + count + " rows, " + coefWire.length + " wires, " + coefIndex.length + " values");
    }
    int distinct = coefValues.length / 4;
    for (int k = 0; k < count; k++) {
      if (coefIndex[k] < 0 || coefIndex[k] >= distinct) {
        throw new IllegalArgumentException("coefficient " + k + " names value " + coefIndex[k] + " of " + distinct);
      }
      if (coefMatrix[k] < 0 || coefMatrix[k] > 1 || coefRow[k] < 0 || coefRow[k] >= domainSize || coefWire[k] < 0
          || coefWire[k] >= wires) {
        throw new IllegalArgumentException("coefficient out of range: " + coefficients().get(k));
      }
    }
  }

  private static byte[] matrices(List<Coefficient> k) {
    byte[] out = new byte[k.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) k.get(i).matrix();
    }
    return out;
  }

  private static int[] rows(List<Coefficient> k) {
    return k.stream().mapToInt(Coefficient::row).toArray();
  }

  private static int[] wiresOf(List<Coefficient> k) {
    return k.stream().mapToInt(Coefficient::wire).toArray();
  }

  private static long[] flat1(List<G1Affine> points) {
    long[] out = new long[8 * points.size()];
    for (int i = 0; i < points.size(); i++) {
      points.get(i).writeLimbs(out, 8 * i);
    }
    return out;
  }

  private static long[] flat2(List<G2Affine> points) {
    long[] out = new long[16 * points.size()];
    for (int i = 0; i < points.size(); i++) {
      points.get(i).writeLimbs(out, 16 * i);
    }
    return out;
  }

  public int wires() {
    return wires;
  }

  public int publicCount() {
    return publicCount;
  }

  public int domainSize() {
    return domainSize;
  }

  /** The sparse A and B rows (a view). */
  public List<Coefficient> coefficients() {
    return new AbstractList<>() {
      @Override
      public Coefficient get(int k) {
        return new Coefficient(coefMatrix[k], coefRow[k], coefWire[k], Fr.fromMontgomeryLimbs(coefValues, 4 * coefIndex[k]));
      }

      @Override
      public int size() {
        return coefRow.length;
      }
    };
  }

  public G1Affine alpha1() {
    return alpha1;
  }

  public G1Affine beta1() {
    return beta1;
  }

  public G2Affine beta2() {
    return beta2;
  }

  public G1Affine delta1() {
    return delta1;
  }

  public G2Affine delta2() {
    return delta2;
  }

  public List<G1Affine> a() {
    return view1(a);
  }

  public List<G1Affine> b1() {
    return view1(b1);
  }

  public List<G2Affine> b2() {
    return new AbstractList<>() {
      @Override
      public G2Affine get(int i) {
        return FlatPoints.g2(b2, i);
      }

      @Override
      public int size() {
        return b2.length / 16;
      }
    };
  }

  public List<G1Affine> c() {
    return view1(c);
  }

  public List<G1Affine> h() {
    return view1(h);
  }

  public Groth16VerifyingKey verifyingKey() {
    return verifyingKey;
  }

  private static List<G1Affine> view1(long[] points) {
    return new AbstractList<>() {
      @Override
      public G1Affine get(int i) {
        return FlatPoints.g1(points, i);
      }

      @Override
      public int size() {
        return points.length / 8;
      }
    };
  }

  // ---------------------------------------------------------------- the flat form, for the prover and writer

  long[] aLimbs() {
    return a;
  }

  long[] b1Limbs() {
    return b1;
  }

  long[] b2Limbs() {
    return b2;
  }

  long[] cLimbs() {
    return c;
  }

  long[] hLimbs() {
    return h;
  }

  byte[] coefMatrix() {
    return coefMatrix;
  }

  int[] coefRow() {
    return coefRow;
  }

  int[] coefWire() {
    return coefWire;
  }

  /** Each coefficient's value as an entry of {@link #coefValues}. */
  int[] coefIndex() {
    return coefIndex;
  }

  /** The distinct coefficient values, 4 Montgomery limbs each. */
  long[] coefValues() {
    return coefValues;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Groth16ProvingKey k && wires == k.wires && publicCount == k.publicCount
        && domainSize == k.domainSize && Arrays.equals(coefMatrix, k.coefMatrix) && Arrays.equals(coefRow, k.coefRow)
        && Arrays.equals(coefWire, k.coefWire) && Arrays.equals(coefIndex, k.coefIndex)
        && Arrays.equals(coefValues, k.coefValues) && alpha1.equals(k.alpha1)
        && beta1.equals(k.beta1) && beta2.equals(k.beta2) && delta1.equals(k.delta1) && delta2.equals(k.delta2)
        && Arrays.equals(a, k.a) && Arrays.equals(b1, k.b1) && Arrays.equals(b2, k.b2) && Arrays.equals(c, k.c)
        && Arrays.equals(h, k.h) && verifyingKey.equals(k.verifyingKey);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(a) * 31 + Arrays.hashCode(coefIndex);
  }

  @Override
  public String toString() {
    return "Groth16ProvingKey[" + wires + " wires, " + publicCount + " public, domain " + domainSize + ", "
        + coefRow.length + " coefficients]";
  }
}
