package org.snark4j.prover;

import java.io.IOException;
import java.nio.file.Path;
import org.snark4j.circuits.circom.BinFile;
import org.snark4j.circuits.circom.CircomFormatException;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;

/**
 * A Powers of Tau file (.ptau, version 1) prepared for phase 2, as snarkjs writes it: section 1 {n8, q, power,
 * ceremony power}; 2 [τ^i]₁ for i &lt; 2N − 1; 3 [τ^i]₂; 4 [ατ^i]₁; 5 [βτ^i]₁; 6 [β]₂; 7 contributions; and,
 * after {@code powersoftau prepare phase2}, the Lagrange forms for every domain 2^k ≤ N: 12 [Lᵢ(τ)]₁,
 * 13 [Lᵢ(τ)]₂, 14 [αLᵢ(τ)]₁, 15 [βLᵢ(τ)]₁, domain 2^k starting at index 2^k − 1. Points are read on demand
 * from the mapped file and checked on the curve (and G2 subgroup).
 */
public final class PtauFile {
  private final BinFile file;
  private final int power;

  private PtauFile(BinFile file, int power) {
    this.file = file;
    this.power = power;
  }

  public static PtauFile read(Path path) throws IOException {
    BinFile f = BinFile.read(path, "ptau");
    int power = PtauFormat.header(f)[0];
    if (!f.has(12)) {
      throw new CircomFormatException(".ptau: no Lagrange sections: run `powersoftau prepare phase2` on it first");
    }
    return new PtauFile(f, power);
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

  /** On the twist only: for many points, check the subgroup at once with {@link G2Affine#allInSubgroup}. */
  G2Affine lagrangeG2OnCurve(int n, int i) {
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
    java.nio.ByteBuffer b = s.take(Math.multiplyExact(index + 1, 64), name + "[" + index + "]");
    return ZkeyFile.g1At(s.what(), b, index * 64, name, index);
  }

  private G2Affine g2(int section, String name, int index, boolean subgroup) {
    BinFile.Section s = file.section(section, name);
    java.nio.ByteBuffer b = s.take(Math.multiplyExact(index + 1, 128), name + "[" + index + "]");
    return ZkeyFile.g2At(s.what(), b, index * 128, name, index, subgroup);
  }
}
