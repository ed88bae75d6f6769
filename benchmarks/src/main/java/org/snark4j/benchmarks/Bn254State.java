package org.snark4j.benchmarks;

import java.util.Random;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.G2Jacobian;

/** Inputs shared by the benchmarks: deterministic, made once per trial. */
final class Bn254State {
  private Bn254State() {}

  /** n distinct G1 bases: G, 2G, 3G, ... normalised together. */
  static G1Affine[] g1Bases(int n) {
    G1Jacobian[] p = new G1Jacobian[n];
    G1Jacobian acc = G1Jacobian.INFINITY;
    G1Affine g = G1Affine.GENERATOR.multiply(Fr.of(7919));
    for (int i = 0; i < n; i++) {
      acc = acc.addMixed(g);
      p[i] = acc;
    }
    return G1Jacobian.toAffine(p);
  }

  static G2Affine[] g2Bases(int n) {
    G2Jacobian[] p = new G2Jacobian[n];
    G2Jacobian acc = G2Jacobian.INFINITY;
    G2Affine g = G2Affine.GENERATOR.multiply(Fr.of(7919));
    for (int i = 0; i < n; i++) {
      acc = acc.addMixed(g);
      p[i] = acc;
    }
    return G2Jacobian.toAffine(p);
  }

  static Fr[] scalars(int n, long seed) {
    Random r = new Random(seed);
    Fr[] s = new Fr[n];
    for (int i = 0; i < n; i++) {
      s[i] = Fr.random(r);
    }
    return s;
  }
}
