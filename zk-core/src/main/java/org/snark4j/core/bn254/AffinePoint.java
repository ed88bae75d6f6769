package org.snark4j.core.bn254;

import java.math.BigInteger;
import java.util.Arrays;
import org.snark4j.core.GroupElement;
import org.snark4j.core.bn254.internal.CurveArith;

/**
 * What {@link G1Affine} and {@link G2Affine} share: an immutable affine point stored as Montgomery limbs,
 * with the point at infinity stored as (0, 0) (never on the curve, since b ≠ 0).
 */
abstract sealed class AffinePoint<A extends AffinePoint<A, J>, J extends JacobianPoint<J, A>>
    implements GroupElement<A> permits G1Affine, G2Affine {
  final long[] l;

  AffinePoint(long[] limbs) {
    this.l = limbs;
  }

  abstract CurveArith curve();

  abstract A createAffine(long[] limbs);

  abstract J createJacobian(long[] limbs);

  @Override
  public boolean isInfinity() {
    return curve().affineIsInfinity(l, 0);
  }

  /** Whether y² = x³ + b holds (the point at infinity counts as on the curve). */
  public boolean isOnCurve() {
    return curve().isOnCurve(l, 0);
  }

  /** Whether the point is on the curve and in the subgroup of order r. */
  public abstract boolean isInSubgroup();

  @Override
  public A negate() {
    long[] r = new long[l.length];
    if (!isInfinity()) {
      curve().affineNeg(r, 0, l, 0);
    }
    return createAffine(r);
  }

  public J toJacobian() {
    long[] r = new long[l.length / 2 * 3];
    curve().jacFromAffine(r, 0, l, 0);
    return createJacobian(r);
  }

  @Override
  public A add(A other) {
    return toJacobian().addMixed(other).toAffine();
  }

  @Override
  public A twice() {
    return toJacobian().twice().toAffine();
  }

  /** [k]this, k taken mod r (the result is right for points of the subgroup). */
  @Override
  public A multiply(BigInteger k) {
    return toJacobian().multiply(k).toAffine();
  }

  /** [k]this. */
  public A multiply(Fr k) {
    return multiply(k.toBigInteger());
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && Arrays.equals(l, ((AffinePoint<?, ?>) o).l);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(l) * 31 + getClass().hashCode();
  }
}
