package org.snark4j.core.bn254;

import org.snark4j.core.bn254.internal.Fp12Arith;

/**
 * An element c0 + c1·w of Fp12 = Fp6[w]/(w² - v), where pairings take their values. Immutable.
 */
public final class Fp12 extends ExtensionFieldElement<Fp12> {
  public static final Fp12 ZERO = new Fp12(new long[48]);
  public static final Fp12 ONE = of(Fp6.ONE, Fp6.ZERO);

  Fp12(long[] limbs) {
    super(limbs);
  }

  public static Fp12 of(Fp6 c0, Fp6 c1) {
    long[] l = new long[48];
    System.arraycopy(c0.l, 0, l, 0, 24);
    System.arraycopy(c1.l, 0, l, 24, 24);
    return new Fp12(l);
  }

  public static Fp12 random(java.util.random.RandomGenerator random) {
    return of(Fp6.random(random), Fp6.random(random));
  }

  public Fp6 c0() {
    return new Fp6(java.util.Arrays.copyOfRange(l, 0, 24));
  }

  public Fp6 c1() {
    return new Fp6(java.util.Arrays.copyOfRange(l, 24, 48));
  }

  @Override
  Fp12 create(long[] limbs) {
    return new Fp12(limbs);
  }

  @Override
  void mulKernel(long[] z, long[] x, long[] y) {
    Fp12Arith.mul(z, 0, x, 0, y, 0);
  }

  @Override
  void sqrKernel(long[] z, long[] x) {
    Fp12Arith.sqr(z, 0, x, 0);
  }

  @Override
  void invKernel(long[] z, long[] x) {
    Fp12Arith.inverse(z, 0, x, 0);
  }

  @Override
  Fp12 one() {
    return ONE;
  }

  /** c0 - c1·w = this^(p^6); the inverse of elements of the cyclotomic subgroup (pairing values). */
  public Fp12 conjugate() {
    long[] r = new long[48];
    Fp12Arith.conj(r, 0, l, 0);
    return new Fp12(r);
  }

  /** this^(p^k). */
  public Fp12 frobenius(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("Frobenius power must be non-negative, got " + k);
    }
    long[] r = new long[48];
    Fp12Arith.frobenius(r, 0, l, 0, k % 12);
    return new Fp12(r);
  }

  /**
   * this² by Granger–Scott; correct only for elements of the cyclotomic subgroup (norm 1 over Fp6), such as
   * pairing values. Not checked.
   */
  public Fp12 cyclotomicSquare() {
    long[] r = new long[48];
    Fp12Arith.cyclotomicSqr(r, 0, l, 0);
    return new Fp12(r);
  }

  @Override
  public String toString() {
    return "(" + c0() + ", " + c1() + ")";
  }
}
