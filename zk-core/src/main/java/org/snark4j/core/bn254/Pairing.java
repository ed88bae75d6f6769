package org.snark4j.core.bn254;

import java.util.List;
import org.snark4j.core.bn254.internal.PairingEngine;

/**
 * The optimal ate pairing e: G1 × G2 → GT ⊂ Fp12 on BN254, as Ethereum's 0x08 precompile computes it.
 *
 * <p>Inputs are taken as given: points built with the checking factories ({@link G1Affine#of},
 * {@link G2Affine#of}, the codecs' default decoders) are valid; points built with an {@code ...Unchecked}
 * factory give meaningless values if they are off the curve or outside the subgroup. The value of
 * {@link #pair} is a fixed power (coprime to r) of the reduced Tate-style pairing, as in gnark and arkworks:
 * bilinear and non-degenerate, and {@link #pairingCheck} is exact. Variable-time in nothing secret-dependent
 * beyond the points themselves; not constant-time.
 */
public final class Pairing {
  private Pairing() {}

  /** e(p, q). */
  public static Fp12 pair(G1Affine p, G2Affine q) {
    return multiPair(List.of(p), List.of(q));
  }

  /** ∏ e(ps[i], qs[i]) with one shared final exponentiation. */
  public static Fp12 multiPair(List<G1Affine> ps, List<G2Affine> qs) {
    return finalExponentiation(millerLoop(ps, qs));
  }

  /**
   * ∏ e(ps[i], qs[i]) == 1: the check Groth16 verifiers and the 0x08 precompile make. An empty list gives
   * true; pairs with a point at infinity contribute 1.
   */
  public static boolean pairingCheck(List<G1Affine> ps, List<G2Affine> qs) {
    return multiPair(ps, qs).isOne();
  }

  /** The product of the Miller loops, before the final exponentiation. */
  public static Fp12 millerLoop(List<G1Affine> ps, List<G2Affine> qs) {
    if (ps.size() != qs.size()) {
      throw new IllegalArgumentException(
          "pairing needs as many G1 as G2 points, got " + ps.size() + " and " + qs.size());
    }
    int n = ps.size();
    long[] g1 = new long[8 * n];
    long[] g2 = new long[16 * n];
    for (int i = 0; i < n; i++) {
      ps.get(i).writeLimbs(g1, 8 * i);
      qs.get(i).writeLimbs(g2, 16 * i);
    }
    return new Fp12(PairingEngine.millerLoop(g1, g2, n));
  }

  /**
   * f^((p^12 - 1)/r), up to the fixed power noted above.
   *
   * @throws ArithmeticException if f is zero
   */
  public static Fp12 finalExponentiation(Fp12 f) {
    if (f.isZero()) {
      throw new ArithmeticException("final exponentiation of zero");
    }
    return new Fp12(PairingEngine.finalExponentiation(f.l));
  }

  /**
   * A G2 point with its Miller-loop line coefficients computed once: for a point paired again and again (a
   * verifying key's γ and δ), each later pairing skips the twist-side arithmetic. Immutable.
   */
  public static final class G2Prepared {
    private final G2Affine point;
    private final long[] lines; // null for the point at infinity

    private G2Prepared(G2Affine point) {
      this.point = point;
      this.lines = point.isInfinity() ? null : PairingEngine.lineCoefficients(point.l, 0);
    }

    public G2Affine point() {
      return point;
    }
  }

  /** Prepares a G2 point for repeated pairings. */
  public static G2Prepared prepare(G2Affine q) {
    return new G2Prepared(q);
  }

  /** ∏ e(ps[i], qs[i]) with prepared G2 points and one final exponentiation. */
  public static Fp12 multiPairPrepared(List<G1Affine> ps, List<G2Prepared> qs) {
    if (ps.size() != qs.size()) {
      throw new IllegalArgumentException(
          "pairing needs as many G1 as G2 points, got " + ps.size() + " and " + qs.size());
    }
    int n = ps.size();
    long[] g1 = new long[8 * n];
    long[][] lines = new long[n][];
    for (int i = 0; i < n; i++) {
      ps.get(i).writeLimbs(g1, 8 * i);
      lines[i] = qs.get(i).lines;
    }
    return finalExponentiation(new Fp12(PairingEngine.millerLoopPrepared(g1, lines, n)));
  }
}
