package org.snark4j.core.bn254;

import java.math.BigInteger;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.snark4j.core.bn254.internal.Fp2Arith;

/**
 * An element c0 + c1·u of Fp2 = Fp[u]/(u² + 1), the field of G2's coordinates. Immutable.
 * Variable-time: {@link #inverse()}, {@link #sqrt()}, {@link #pow}.
 */
public final class Fp2 extends ExtensionFieldElement<Fp2> {
  public static final Fp2 ZERO = new Fp2(new long[8]);
  public static final Fp2 ONE = of(Fp.ONE, Fp.ZERO);
  /** ξ = 9 + u, the non-residue that builds Fp6 and the twist. */
  public static final Fp2 XI = of(Fp.of(9), Fp.ONE);

  private static final BigInteger P = Fp.MODULUS;

  Fp2(long[] limbs) {
    super(limbs);
  }

  public static Fp2 of(Fp c0, Fp c1) {
    long[] l = new long[8];
    c0.montgomeryLimbs(l, 0);
    c1.montgomeryLimbs(l, 4);
    return new Fp2(l);
  }

  public static Fp2 of(BigInteger c0, BigInteger c1) {
    return of(Fp.of(c0), Fp.of(c1));
  }

  public static Fp2 random(RandomGenerator random) {
    return of(Fp.random(random), Fp.random(random));
  }

  /** The real part. */
  public Fp c0() {
    return coordinate(0);
  }

  /** The coefficient of u. */
  public Fp c1() {
    return coordinate(1);
  }

  @Override
  Fp2 create(long[] limbs) {
    return new Fp2(limbs);
  }

  @Override
  void mulKernel(long[] z, long[] x, long[] y) {
    Fp2Arith.mul(z, 0, x, 0, y, 0);
  }

  @Override
  void sqrKernel(long[] z, long[] x) {
    Fp2Arith.sqr(z, 0, x, 0);
  }

  @Override
  void invKernel(long[] z, long[] x) {
    Fp2Arith.inverse(z, 0, x, 0);
  }

  @Override
  Fp2 one() {
    return ONE;
  }

  /** c0 - c1·u, which is also this^p (the Frobenius map). */
  public Fp2 conjugate() {
    long[] r = new long[8];
    Fp2Arith.conj(r, 0, l, 0);
    return new Fp2(r);
  }

  /** this^(p^k). */
  public Fp2 frobenius(int k) {
    return (k & 1) == 0 ? this : conjugate();
  }

  /** this·ξ. */
  public Fp2 mulByNonResidue() {
    long[] r = new long[8];
    Fp2Arith.mulByNonResidue(r, 0, l, 0);
    return new Fp2(r);
  }

  /** The norm c0² + c1² in Fp. */
  public Fp norm() {
    return c0().square().add(c1().square());
  }

  /** The Legendre symbol in Fp2: that of the norm. */
  public int legendre() {
    return norm().legendre();
  }

  /**
   * A square root, or empty when this is not a square (p ≡ 3 mod 4: algorithm 9 of Adj and
   * Rodríguez-Henríquez, eprint 2012/685). Variable time.
   */
  public Optional<Fp2> sqrt() {
    if (isZero()) {
      return Optional.of(this);
    }
    Fp2 a1 = pow(P.subtract(BigInteger.valueOf(3)).shiftRight(2));
    Fp2 alpha = a1.square().multiply(this);
    Fp2 a0 = alpha.conjugate().multiply(alpha);
    Fp2 minusOne = ONE.negate();
    if (a0.equals(minusOne)) {
      return Optional.empty();
    }
    Fp2 x0 = a1.multiply(this);
    Fp2 x;
    if (alpha.equals(minusOne)) {
      x = of(Fp.ZERO, Fp.ONE).multiply(x0);
    } else {
      Fp2 b = ONE.add(alpha).pow(P.subtract(BigInteger.ONE).shiftRight(1));
      x = b.multiply(x0);
    }
    return x.square().equals(this) ? Optional.of(x) : Optional.empty();
  }

  @Override
  public String toString() {
    return "(" + c0() + " + " + c1() + "·u)";
  }
}
