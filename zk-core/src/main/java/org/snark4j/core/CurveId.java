package org.snark4j.core;

import java.math.BigInteger;
import java.util.Locale;

/**
 * The pairing-friendly curves snark4j implements, and the one place that maps a curve to its code
 * ({@link #curve()}): protocols written against {@link PairingCurve} take the curve as a value, read it from a
 * file or a message, and never switch on it themselves.
 */
public enum CurveId {
  /** BN254 (alt_bn128): Ethereum's EIP-196/197 precompiles, snarkjs's default {@code bn128}. */
  BN254("bn254", "bn128"),
  /** BLS12-381: Ethereum's EIP-2537 precompiles and consensus layer, Zcash; snarkjs's {@code bls12381}. */
  BLS12_381("bls12_381", "bls12381");

  private final String id;
  private final String snarkjsName;

  CurveId(String id, String snarkjsName) {
    this.id = id;
    this.snarkjsName = snarkjsName;
  }

  /** The curve's package name in snark4j ({@code bn254}, {@code bls12_381}). */
  public String id() {
    return id;
  }

  /** The name snarkjs writes in its files and JSON ({@code "curve": "bn128"} or {@code "bls12381"}). */
  public String snarkjsName() {
    return snarkjsName;
  }

  /** The curve's implementation. */
  public PairingCurve<?, ?, ?, ?> curve() {
    return switch (this) {
      case BN254 -> org.snark4j.core.bn254.Curve.INSTANCE;
      case BLS12_381 -> org.snark4j.core.bls12_381.Curve.INSTANCE;
    };
  }

  /** r, the order of G1 and G2. */
  public BigInteger scalarModulus() {
    return curve().scalarModulus();
  }

  /** p, the base field's modulus. */
  public BigInteger baseModulus() {
    return curve().baseModulus();
  }

  /**
   * The curve a name denotes: ours ({@code bn254}, {@code bls12_381}), snarkjs's ({@code bn128},
   * {@code bls12381}) or {@code alt_bn128}; case is ignored.
   *
   * @throws IllegalArgumentException naming the curves known, for any other name
   */
  public static CurveId byName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace("-", "_");
    for (CurveId c : values()) {
      if (c.id.equals(n) || c.snarkjsName.equals(n) || c.name().toLowerCase(Locale.ROOT).equals(n)) {
        return c;
      }
    }
    if (n.equals("alt_bn128")) {
      return BN254;
    }
    throw new IllegalArgumentException("unknown curve \"" + name + "\": expected bn254 (bn128, alt_bn128) or "
        + "bls12_381 (bls12381)");
  }

  /**
   * The curve whose scalar field has this modulus (how snarkjs's binary files name their curve).
   *
   * @throws IllegalArgumentException if no curve has it
   */
  public static CurveId byScalarModulus(BigInteger r) {
    for (CurveId c : values()) {
      if (c.scalarModulus().equals(r)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no supported curve has scalar field modulus " + r
        + " (expected BN254's or BLS12-381's r)");
  }
}
