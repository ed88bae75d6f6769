package org.snark4j.core.bn254;

import java.math.BigInteger;
import org.snark4j.core.GroupElement;
import org.snark4j.core.bn254.internal.CurveArith;

/**
 * What {@link G1Jacobian} and {@link G2Jacobian} share: an immutable point in Jacobian coordinates
 * (x = X/Z², y = Y/Z³; Z = 0 is the point at infinity). Equality compares the points, not the coordinates.
 */
abstract sealed class JacobianPoint<J extends JacobianPoint<J, A>, A extends AffinePoint<A, J>>
    implements GroupElement<J> permits G1Jacobian, G2Jacobian {
  final long[] l;

  JacobianPoint(long[] limbs) {
    this.l = limbs;
  }

  abstract CurveArith curve();

  abstract J createJacobian(long[] limbs);

  abstract A createAffine(long[] limbs);

  @Override
  public boolean isInfinity() {
    return curve().jacIsInfinity(l, 0);
  }

  @Override
  public J add(J other) {
    long[] r = new long[l.length];
    curve().jacAdd(r, 0, l, 0, other.l, 0);
    return createJacobian(r);
  }

  /** this + a for an affine a (mixed addition). */
  public J addMixed(A a) {
    long[] r = new long[l.length];
    curve().jacAddMixed(r, 0, l, 0, a.l, 0);
    return createJacobian(r);
  }

  @Override
  public J twice() {
    long[] r = new long[l.length];
    curve().jacDouble(r, 0, l, 0);
    return createJacobian(r);
  }

  @Override
  public J negate() {
    long[] r = new long[l.length];
    curve().jacNeg(r, 0, l, 0);
    return createJacobian(r);
  }

  /** [k]this with k taken mod r (right for points of the subgroup); variable time (width-5 NAF; GLV on G1). */
  @Override
  public J multiply(BigInteger k) {
    long[] r = new long[l.length];
    scalarMul(r, k.mod(Fr.MODULUS));
    return createJacobian(r);
  }

  /** r = [k]this for 0 ≤ k &lt; r; G1 overrides this with GLV. */
  void scalarMul(long[] r, BigInteger k) {
    curve().jacScalarMul(r, 0, l, 0, k);
  }

  /** [k]this. */
  public J multiply(Fr k) {
    return multiply(k.toBigInteger());
  }

  public A toAffine() {
    long[] r = new long[l.length / 3 * 2];
    curve().jacToAffine(r, 0, l, 0);
    return createAffine(r);
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && curve().jacEquals(l, 0, ((JacobianPoint<?, ?>) o).l, 0);
  }

  @Override
  public int hashCode() {
    return toAffine().hashCode();
  }

  @Override
  public String toString() {
    return toAffine().toString();
  }
}
