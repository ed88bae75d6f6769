package org.snark4j.core.bn254;

import org.snark4j.core.bn254.internal.CurveArith;

/** A point of G2 in Jacobian coordinates over Fp2. */
public final class G2Jacobian extends JacobianPoint<G2Jacobian, G2Affine> {
  public static final G2Jacobian INFINITY = G2Affine.INFINITY.toJacobian();

  G2Jacobian(long[] limbs) {
    super(limbs);
  }

  @Override
  CurveArith curve() {
    return CurveArith.G2;
  }

  @Override
  G2Jacobian createJacobian(long[] limbs) {
    return new G2Jacobian(limbs);
  }

  @Override
  G2Affine createAffine(long[] limbs) {
    return new G2Affine(limbs);
  }
}
