package org.snark4j.core.bn254;

import org.snark4j.core.bn254.internal.Fp6Arith;

/** An element c0 + c1·v + c2·v² of Fp6 = Fp2[v]/(v³ - ξ). Immutable. */
public final class Fp6 extends ExtensionFieldElement<Fp6> {
  public static final Fp6 ZERO = new Fp6(new long[24]);
  public static final Fp6 ONE = of(Fp2.ONE, Fp2.ZERO, Fp2.ZERO);

  Fp6(long[] limbs) {
    super(limbs);
  }

  public static Fp6 of(Fp2 c0, Fp2 c1, Fp2 c2) {
    long[] l = new long[24];
    System.arraycopy(c0.l, 0, l, 0, 8);
    System.arraycopy(c1.l, 0, l, 8, 8);
    System.arraycopy(c2.l, 0, l, 16, 8);
    return new Fp6(l);
  }

  public static Fp6 random(java.util.random.RandomGenerator random) {
    return of(Fp2.random(random), Fp2.random(random), Fp2.random(random));
  }

  public Fp2 c0() {
    return new Fp2(java.util.Arrays.copyOfRange(l, 0, 8));
  }

  public Fp2 c1() {
    return new Fp2(java.util.Arrays.copyOfRange(l, 8, 16));
  }

  public Fp2 c2() {
    return new Fp2(java.util.Arrays.copyOfRange(l, 16, 24));
  }

  @Override
  Fp6 create(long[] limbs) {
    return new Fp6(limbs);
  }

  @Override
  void mulKernel(long[] z, long[] x, long[] y) {
    Fp6Arith.mul(z, 0, x, 0, y, 0);
  }

  @Override
  void sqrKernel(long[] z, long[] x) {
    Fp6Arith.sqr(z, 0, x, 0);
  }

  @Override
  void invKernel(long[] z, long[] x) {
    Fp6Arith.inverse(z, 0, x, 0);
  }

  @Override
  Fp6 one() {
    return ONE;
  }

  /** this·v. */
  public Fp6 mulByV() {
    long[] r = new long[24];
    Fp6Arith.mulByV(r, 0, l, 0);
    return new Fp6(r);
  }

  /** this^(p^k), as the Fp6 part of an Fp12 with zero c1. */
  public Fp6 frobenius(int k) {
    Fp12 e = Fp12.of(this, ZERO).frobenius(k);
    return e.c0();
  }

  @Override
  public String toString() {
    return "(" + c0() + ", " + c1() + ", " + c2() + ")";
  }
}
