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

  private static final class Endo {
    static final org.snark4j.core.bn254.internal.Glv GLV = glv();

    private static org.snark4j.core.bn254.internal.Glv glv() {
      long[] g = new long[8];
      G1Affine.GENERATOR.writeLimbs(g, 0);
      return new org.snark4j.core.bn254.internal.Glv(CurveArith.G1, g);
    }
  }

  /** GLV: half the doublings. */
  @Override
  void scalarMul(long[] r, java.math.BigInteger k) {
    Endo.GLV.scalarMul(r, 0, l, 0, k);
  }

  /** Affine forms of many points with a single field inversion (Montgomery's trick). */
  public static G1Affine[] toAffine(G1Jacobian[] points) {
    int n = points.length;
    long[] jac = new long[n * 12];
    for (int i = 0; i < n; i++) {
      System.arraycopy(points[i].l, 0, jac, i * 12, 12);
    }
    long[] aff = new long[n * 8];
    CurveArith.G1.jacToAffineBatch(aff, 0, jac, 0, n);
    G1Affine[] out = new G1Affine[n];
    for (int i = 0; i < n; i++) {
      out[i] = new G1Affine(java.util.Arrays.copyOfRange(aff, i * 8, (i + 1) * 8));
    }
    return out;
  }
}
