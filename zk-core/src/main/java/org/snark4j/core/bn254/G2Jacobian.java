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

  private static final class Endo {
    static final org.snark4j.core.bn254.internal.Glv GLV = glv();

    private static org.snark4j.core.bn254.internal.Glv glv() {
      long[] g = new long[16];
      G2Affine.GENERATOR.writeLimbs(g, 0);
      return new org.snark4j.core.bn254.internal.Glv(CurveArith.G2, g);
    }
  }

  /** GLV with (x, y) → (βx, y), β in Fp: half the doublings (points of the subgroup only, as multiply says). */
  @Override
  void scalarMul(long[] r, java.math.BigInteger k) {
    Endo.GLV.scalarMul(r, 0, l, 0, k);
  }

  /** Affine forms of many points with a single field inversion (Montgomery's trick). */
  public static G2Affine[] toAffine(G2Jacobian[] points) {
    int n = points.length;
    long[] jac = new long[n * 24];
    for (int i = 0; i < n; i++) {
      System.arraycopy(points[i].l, 0, jac, i * 24, 24);
    }
    long[] aff = new long[n * 16];
    CurveArith.G2.jacToAffineBatch(aff, 0, jac, 0, n);
    G2Affine[] out = new G2Affine[n];
    for (int i = 0; i < n; i++) {
      out[i] = new G2Affine(java.util.Arrays.copyOfRange(aff, i * 16, (i + 1) * 16));
    }
    return out;
  }
}
