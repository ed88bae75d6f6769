package org.snark4j.core.bn254;

import java.math.BigInteger;
import org.snark4j.core.bn254.internal.CurveArith;

/**
 * A point of G1: y² = x³ + 3 over Fp, in affine coordinates. G1 has prime order r (cofactor 1), so every
 * point on the curve is in the subgroup. Immutable; the point at infinity is {@link #INFINITY}.
 */
public final class G1Affine extends AffinePoint<G1Affine, G1Jacobian> {
  public static final G1Affine INFINITY = new G1Affine(new long[8]);
  /** The generator (1, 2). */
  public static final G1Affine GENERATOR = of(Fp.ONE, Fp.of(2));

  G1Affine(long[] limbs) {
    super(limbs);
  }

  /**
   * The point (x, y).
   *
   * @throws IllegalArgumentException if it is not on the curve ((0, 0) gives the point at infinity)
   */
  public static G1Affine of(Fp x, Fp y) {
    G1Affine p = ofUnchecked(x, y);
    if (!p.isOnCurve()) {
      throw new IllegalArgumentException("G1 point (" + x + ", " + y + ") is not on y² = x³ + 3");
    }
    return p;
  }

  /** The point (x, y) with no check that it is on the curve; (0, 0) is the point at infinity. */
  public static G1Affine ofUnchecked(Fp x, Fp y) {
    long[] l = new long[8];
    x.montgomeryLimbs(l, 0);
    y.montgomeryLimbs(l, 4);
    return new G1Affine(l);
  }

  public static G1Affine of(BigInteger x, BigInteger y) {
    return of(Fp.of(x), Fp.of(y));
  }

  public Fp x() {
    return Fp.fromMontgomeryLimbs(l, 0);
  }

  public Fp y() {
    return Fp.fromMontgomeryLimbs(l, 4);
  }

  /** On the curve; with cofactor 1 that is the subgroup. */
  @Override
  public boolean isInSubgroup() {
    return isOnCurve();
  }

  @Override
  CurveArith curve() {
    return CurveArith.G1;
  }

  @Override
  G1Affine createAffine(long[] limbs) {
    return new G1Affine(limbs);
  }

  @Override
  G1Jacobian createJacobian(long[] limbs) {
    return new G1Jacobian(limbs);
  }

  /** Writes x then y (Montgomery limbs, 8 longs) at dst[off]: the flat layout of MSM bases. */
  public void writeLimbs(long[] dst, int off) {
    System.arraycopy(l, 0, dst, off, 8);
  }

  @Override
  public String toString() {
    return isInfinity() ? "G1(infinity)" : "G1(" + x() + ", " + y() + ")";
  }
}
