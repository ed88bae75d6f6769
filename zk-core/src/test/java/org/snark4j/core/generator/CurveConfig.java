package org.snark4j.core.generator;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pairing-friendly curve as data: what the generators need to write its package. Everything that differs
 * between curves is here or derived from it; the templates and the kernel writers hold no curve's number.
 *
 * @param id the package's last segment ({@code bn254}, {@code bls12_381})
 * @param name the curve's name in prose
 * @param p the base field's modulus
 * @param r the scalar field's modulus (the order of G1 and G2)
 * @param family {@code bn} or {@code bls12}: which pairing and which formulas of the curve's family apply
 * @param xiC0 c0 of the non-residue ξ = c0 + u of Fp2 that builds Fp6 = Fp2[v]/(v³ - ξ) (Fp2 = Fp[u]/(u² + 1)
 *     for both curves)
 */
public record CurveConfig(String id, String name, BigInteger p, BigInteger r, String family, int xiC0) {
  /** BN254 (alt_bn128), Ethereum's EIP-196/197 curve. */
  public static final CurveConfig BN254 = new CurveConfig("bn254", "BN254",
      new BigInteger("21888242871839275222246405745257275088696311157297823662689037894645226208583"),
      new BigInteger("21888242871839275222246405745257275088548364400416034343698204186575808495617"),
      "bn", 9);

  /** BLS12-381, the curve of EIP-2537, Ethereum's consensus layer and Zcash. */
  public static final CurveConfig BLS12_381 = new CurveConfig("bls12_381", "BLS12-381",
      new BigInteger("1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", 16),
      new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16),
      "bls12", 1);

  /** The template flags this curve sets: its family. */
  public boolean flag(String flag) {
    return switch (flag) {
      case "bn", "bls12" -> family.equals(flag);
      default -> throw new IllegalArgumentException("unknown template flag " + flag);
    };
  }

  /** The values templates substitute for {@code {{key}}}. */
  public Map<String, String> values() {
    Map<String, String> v = new HashMap<>();
    v.put("pkg", pkg());
    v.put("Curve", name);
    v.put("xi", xiC0 + " + u");
    v.put("xiC0", String.valueOf(xiC0));
    v.put("xiFormula", xiC0 == 1 ? "(a0 - a1) + (a0 + a1)u" : "(" + xiC0 + "a0 - a1) + (a0 + " + xiC0 + "a1)u");
    return v;
  }

  /** Every curve the generators write. */
  public static final List<CurveConfig> ALL = List.of(BN254, BLS12_381);

  /** The Java package of the curve's public classes. */
  public String pkg() {
    return "org.snark4j.core." + id;
  }

  /** The folder of the curve's package under a source root. */
  public String dir() {
    return "src/main/java/org/snark4j/core/" + id;
  }

  /** 64-bit limbs of an Fp element. */
  public int fpLimbs() {
    return limbs(p);
  }

  /** 64-bit limbs of an Fr element. */
  public int frLimbs() {
    return limbs(r);
  }

  /** 64-bit limbs that hold q with at least one spare top bit (the kernels need it). */
  static int limbs(BigInteger q) {
    return (q.bitLength() + 64) / 64;
  }

  /** The curve by its id. */
  public static CurveConfig byId(String id) {
    return ALL.stream().filter(c -> c.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no curve " + id));
  }
}
