package org.snark4j.formats;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.snark4j.core.bn254.Fp;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.SnarkjsBinaryCodec;

/**
 * A Powers of Tau file (.ptau, version 1) prepared for phase 2, as snarkjs writes it: section 1 {n8, q, power,
 * ceremony power}; 2 [τ^i]₁ for i &lt; 2N − 1; 3 [τ^i]₂; 4 [ατ^i]₁; 5 [βτ^i]₁; 6 [β]₂; 7 contributions; and,
 * after {@code powersoftau prepare phase2}, the Lagrange forms for every domain 2^k ≤ N: 12 [Lᵢ(τ)]₁,
 * 13 [Lᵢ(τ)]₂, 14 [αLᵢ(τ)]₁, 15 [βLᵢ(τ)]₁, domain 2^k starting at index 2^k − 1. Points are read on demand
 * from the mapped file and checked on the curve (and G2 subgroup). The header's reader and writer serve the
 * ceremony's own reading and writing of these files.
 */
public final class PtauFile {
  /** The largest power a .ptau may have (snarkjs's limit). */
  public static final int MAX_POWER = 28;

  /** Section 1: log2 of the domain the file serves, and of the ceremony it was cut from. */
  public record Header(int power, int ceremonyPower) {}

  private final BinFile file;
  private final int power;

  private PtauFile(BinFile file, int power) {
    this.file = file;
    this.power = power;
  }

  public static PtauFile read(Path path) throws IOException {
    return of(BinFile.read(path, "ptau"));
  }

  static PtauFile of(BinFile f) {
    int power = header(f).power();
    if (!f.has(12)) {
      throw new FormatException(".ptau: no Lagrange sections: run `powersoftau prepare phase2` on it first");
    }
    return new PtauFile(f, power);
  }

  /** Section 1 of a .ptau, checked: version 1, BN254's q, powers in range. */
  public static Header header(BinFile f) {
    if (f.version() != 1) {
      throw new FormatException(".ptau: expected version 1, got " + f.version());
    }
    BinFile.Section h = f.section(1, "header");
    int n8 = h.u32("n8");
    BigInteger q = h.integer(n8, "q");
    if (n8 != Fp.BYTES || !q.equals(Fp.MODULUS)) {
      throw new FormatException(".ptau: not over BN254 (q = " + q + ")");
    }
    int power = h.u32("power");
    int ceremonyPower = h.u32("ceremony power");
    h.expectEnd();
    if (power < 1 || power > MAX_POWER || ceremonyPower < power || ceremonyPower > MAX_POWER) {
      throw new FormatException(".ptau: power " + power + " (ceremony power " + ceremonyPower
          + ") is out of range");
    }
    return new Header(power, ceremonyPower);
  }

  /** The bytes of section 1 for a file of these powers. */
  public static byte[] headerSection(int power, int ceremonyPower) {
    return new BinFile.Content().u32(Fp.BYTES).integer(Fp.MODULUS, Fp.BYTES).u32(power).u32(ceremonyPower).bytes();
  }

  /** log2 of the largest domain the file serves. */
  public int power() {
    return power;
  }

  public G1Affine alpha1() {
    return g1(4, "alphaTauG1", 0);
  }

  public G1Affine beta1() {
    return g1(5, "betaTauG1", 0);
  }

  public G2Affine beta2() {
    return g2(6, "betaG2", 0, true);
  }

  /** [τ^i]₁ from section 2 (i &lt; 2^(power+1) − 1). */
  public G1Affine tauG1(int i) {
    if (i < 0 || i >= (2 << power) - 1) {
      throw new IllegalArgumentException("the file holds tau^i for i < " + ((2 << power) - 1) + ", asked for " + i);
    }
    return g1(2, "tauG1", i);
  }

  /** [Lᵢ(τ)]₁ over the domain of size n. */
  public G1Affine lagrangeG1(int n, int i) {
    return g1(12, "lTauG1", lagrangeIndex(n, i));
  }

  public G2Affine lagrangeG2(int n, int i) {
    return g2(13, "lTauG2", lagrangeIndex(n, i), true);
  }

  /**
   * [Lᵢ(τ)]₂ checked on the twist but not in the subgroup: for a caller that reads many and checks them at once
   * with {@link G2Affine#allInSubgroup}.
   */
  public G2Affine lagrangeG2OnTwist(int n, int i) {
    return g2(13, "lTauG2", lagrangeIndex(n, i), false);
  }

  public G1Affine lagrangeAlphaG1(int n, int i) {
    return g1(14, "lAlphaTauG1", lagrangeIndex(n, i));
  }

  public G1Affine lagrangeBetaG1(int n, int i) {
    return g1(15, "lBetaTauG1", lagrangeIndex(n, i));
  }

  private int lagrangeIndex(int n, int i) {
    if (Integer.bitCount(n) != 1 || n > (1 << power) || i < 0 || i >= n) {
      throw new IllegalArgumentException("the file serves domains up to 2^" + power + ", asked for index " + i
          + " of a domain of " + n);
    }
    return n - 1 + i;
  }

  // a view up to the point (no copy), then the point decoded and checked
  private G1Affine g1(int section, String name, int index) {
    BinFile.Section s = file.section(section, name);
    ByteBuffer b = s.take(Math.multiplyExact(index + 1, SnarkjsBinaryCodec.G1_BYTES), name + "[" + index + "]");
    return SnarkjsPoints.g1At(s.what(), b, index * SnarkjsBinaryCodec.G1_BYTES, name, index);
  }

  private G2Affine g2(int section, String name, int index, boolean subgroup) {
    BinFile.Section s = file.section(section, name);
    ByteBuffer b = s.take(Math.multiplyExact(index + 1, SnarkjsBinaryCodec.G2_BYTES), name + "[" + index + "]");
    return SnarkjsPoints.g2At(s.what(), b, index * SnarkjsBinaryCodec.G2_BYTES, name, index, subgroup);
  }
}
