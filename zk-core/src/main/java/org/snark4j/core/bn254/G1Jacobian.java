package org.snark4j.core.bn254;

import org.snark4j.core.bn254.internal.CurveArith;

/** A point of G1 in Jacobian coordinates: for sums and multiples without an inversion per step. */
public final class G1Jacobian extends JacobianPoint<G1Jacobian, G1Affine> {
  public static final G1Jacobian INFINITY = G1Affine.INFINITY.toJacobian();

  G1Jacobian(long[] limbs) {
    super(limbs);
  }

  @Override
  CurveArith curve() {
    return CurveArith.G1;
  }

  @Override
  G1Jacobian createJacobian(long[] limbs) {
    return new G1Jacobian(limbs);
  }

  @Override
  G1Affine createAffine(long[] limbs) {
    return new G1Affine(limbs);
  }
}
