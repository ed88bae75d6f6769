package org.snark4j.core.bn254;

import java.math.BigInteger;
import org.snark4j.core.bn254.internal.CurveArith;
import org.snark4j.core.bn254.internal.PairingEngine;

/**
 * A point of G2, the order-r subgroup of the sextic twist y² = x³ + 3/ξ over Fp2 (ξ = 9 + u), in affine
 * coordinates. The twist has a large cofactor, so points from outside need the subgroup check that
 * {@link #of} makes. Immutable; the point at infinity is {@link #INFINITY}.
 */
public final class G2Affine extends AffinePoint<G2Affine, G2Jacobian> {
  public static final G2Affine INFINITY = new G2Affine(new long[16]);
  /** The generator of EIP-197. */
  public static final G2Affine GENERATOR = of(
      Fp2.of(new BigInteger("10857046999023057135944570762232829481370756359578518086990519993285655852781"),
          new BigInteger("11559732032986387107991004021392285783925812861821192530917403151452391805634")),
      Fp2.of(new BigInteger("8495653923123431417604973247489272438418190587263600148770280649306958101930"),
          new BigInteger("4082367875863433681332203403145435568316851327593401208105741076214120093531")));

  G2Affine(long[] limbs) {
    super(limbs);
  }

  /**
   * The point (x, y).
   *
   * @throws IllegalArgumentException if it is not on the twist or not in the subgroup of order r
   */
  public static G2Affine of(Fp2 x, Fp2 y) {
    G2Affine p = ofUnchecked(x, y);
    if (!p.isOnCurve()) {
      throw new IllegalArgumentException("G2 point (" + x + ", " + y + ") is not on the twist y² = x³ + 3/(9+u)");
    }
    if (!p.isInSubgroup()) {
      throw new IllegalArgumentException("G2 point (" + x + ", " + y + ") is on the twist but not in the subgroup of order r");
    }
    return p;
  }

  /**
   * The point (x, y), checked on the twist but not for the subgroup: for many points read together, check them
   * at once with {@link #allInSubgroup}.
   *
   * @throws IllegalArgumentException if it is not on the twist
   */
  public static G2Affine onCurve(Fp2 x, Fp2 y) {
    G2Affine p = ofUnchecked(x, y);
    if (!p.isOnCurve()) {
      throw new IllegalArgumentException("G2 point (" + x + ", " + y + ") is not on the twist y² = x³ + 3/(9+u)");
    }
    return p;
  }

  private static final int BATCH_ROUNDS = 6;

  /**
   * Whether all the points are on the twist and in the subgroup of order r, about a seventh of the time of
   * checking them one by one when there are many: after the curve check, each of six rounds tests one random
   * combination Σ cᵢQᵢ (cᵢ of 16 bits from a {@link java.security.SecureRandom}) with {@link #isInSubgroup}. A point
   * outside the subgroup has a component of prime order q dividing the cofactor (10069, 5864401,
   * 1875725156269 or a 177-bit prime); a combination cancels it only if its cᵢ hits one residue mod q, at most
   * 7 of the 65536 values, so all six rounds miss it with probability below 2^-79. Fewer than 64 points are
   * checked one by one.
   */
  public static boolean allInSubgroup(G2Affine[] points) {
    for (G2Affine p : points) {
      if (!p.isOnCurve()) {
        return false;
      }
    }
    if (points.length < 64) {
      return java.util.Arrays.stream(points).allMatch(G2Affine::isInSubgroup);
    }
    java.security.SecureRandom random = new java.security.SecureRandom();
    Fr[] c = new Fr[points.length];
    for (int round = 0; round < BATCH_ROUNDS; round++) {
      for (int i = 0; i < c.length; i++) {
        c[i] = Fr.of(random.nextInt(1 << 16));
      }
      // the MSM uses group operations only (no endomorphism), so it is right off the subgroup too
      if (!Msm.g2(points, c).toAffine().isInSubgroup()) {
        return false;
      }
    }
    return true;
  }

  /** The point (x, y) with no check at all; (0, 0) is the point at infinity. */
  public static G2Affine ofUnchecked(Fp2 x, Fp2 y) {
    long[] l = new long[16];
    System.arraycopy(x.l, 0, l, 0, 8);
    System.arraycopy(y.l, 0, l, 8, 8);
    return new G2Affine(l);
  }

  public Fp2 x() {
    return new Fp2(java.util.Arrays.copyOfRange(l, 0, 8));
  }

  public Fp2 y() {
    return new Fp2(java.util.Arrays.copyOfRange(l, 8, 16));
  }

  /**
   * On the twist and in the subgroup of order r, by the endomorphism test of El Housni, Guillevic and Piellard
   * (eprint 2022/352): [x+1]Q + ψ([x]Q) + ψ²([x]Q) = ψ³([2x]Q), with ψ the untwist-Frobenius-twist map.
   * About one 64-bit scalar multiplication instead of a 254-bit one.
   */
  @Override
  public boolean isInSubgroup() {
    if (!isOnCurve()) {
      return false;
    }
    if (isInfinity()) {
      return true;
    }
    CurveArith c = CurveArith.G2;
    long[] q = new long[24];
    c.jacFromAffine(q, 0, l, 0);
    long[] xq = new long[24];
    c.jacScalarMul(xq, 0, q, 0, PairingEngine.X);
    long[] lhs = new long[24];
    c.jacAdd(lhs, 0, xq, 0, q, 0);
    long[] t = new long[24];
    PairingEngine.psiJacobian(t, 0, xq, 0);
    c.jacAdd(lhs, 0, lhs, 0, t, 0);
    PairingEngine.psiJacobian(t, 0, t, 0);
    c.jacAdd(lhs, 0, lhs, 0, t, 0);
    long[] rhs = new long[24];
    c.jacDouble(rhs, 0, xq, 0);
    PairingEngine.psiJacobian(rhs, 0, rhs, 0);
    PairingEngine.psiJacobian(rhs, 0, rhs, 0);
    PairingEngine.psiJacobian(rhs, 0, rhs, 0);
    return c.jacEquals(lhs, 0, rhs, 0);
  }

  @Override
  CurveArith curve() {
    return CurveArith.G2;
  }

  @Override
  G2Affine createAffine(long[] limbs) {
    return new G2Affine(limbs);
  }

  @Override
  G2Jacobian createJacobian(long[] limbs) {
    return new G2Jacobian(limbs);
  }

  /** Writes x then y (Montgomery limbs, 16 longs) at dst[off]: the flat layout of MSM bases. */
  public void writeLimbs(long[] dst, int off) {
    System.arraycopy(l, 0, dst, off, 16);
  }

  @Override
  public String toString() {
    return isInfinity() ? "G2(infinity)" : "G2(" + x() + ", " + y() + ")";
  }
}
