package org.snark4j.core.bn254;

import java.math.BigInteger;
import java.util.Arrays;
import org.snark4j.core.FieldElement;
import org.snark4j.core.bn254.internal.FpArith;

/**
 * What the tower fields {@link Fp2}, {@link Fp6} and {@link Fp12} share: an immutable vector of Fp
 * coordinates in Montgomery form, coordinate-wise addition, exponentiation, equality.
 */
abstract sealed class ExtensionFieldElement<F extends ExtensionFieldElement<F>> implements FieldElement<F>
    permits Fp2, Fp6, Fp12 {
  /** Never exposed or mutated. */
  final long[] l;

  ExtensionFieldElement(long[] limbs) {
    this.l = limbs;
  }

  abstract F create(long[] limbs);

  abstract void mulKernel(long[] z, long[] x, long[] y);

  abstract void sqrKernel(long[] z, long[] x);

  abstract void invKernel(long[] z, long[] x);

  abstract F one();

  @Override
  public F add(F other) {
    long[] r = new long[l.length];
    for (int i = 0; i < l.length; i += 4) {
      FpArith.add(r, i, l, i, other.l, i);
    }
    return create(r);
  }

  @Override
  public F subtract(F other) {
    long[] r = new long[l.length];
    for (int i = 0; i < l.length; i += 4) {
      FpArith.sub(r, i, l, i, other.l, i);
    }
    return create(r);
  }

  @Override
  public F negate() {
    long[] r = new long[l.length];
    for (int i = 0; i < l.length; i += 4) {
      FpArith.neg(r, i, l, i);
    }
    return create(r);
  }

  /** this·c for c in Fp. */
  public F multiply(Fp c) {
    long[] r = new long[l.length];
    for (int i = 0; i < l.length; i += 4) {
      FpArith.mul(r, i, l, i, c.l, 0);
    }
    return create(r);
  }

  @Override
  public F multiply(F other) {
    long[] r = new long[l.length];
    mulKernel(r, l, other.l);
    return create(r);
  }

  @Override
  public F square() {
    long[] r = new long[l.length];
    sqrKernel(r, l);
    return create(r);
  }

  /**
   * this^-1 (variable time).
   *
   * @throws ArithmeticException if this is zero
   */
  @Override
  public F inverse() {
    if (isZero()) {
      throw new ArithmeticException("zero has no inverse");
    }
    long[] r = new long[l.length];
    invKernel(r, l);
    return create(r);
  }

  @Override
  public F pow(BigInteger e) {
    if (e.signum() < 0) {
      throw new IllegalArgumentException("exponent must be non-negative, got " + e);
    }
    long[] r = one().l.clone();
    for (int i = e.bitLength() - 1; i >= 0; i--) {
      sqrKernel(r, r);
      if (e.testBit(i)) {
        mulKernel(r, r, l);
      }
    }
    return create(r);
  }

  @Override
  public boolean isZero() {
    for (long v : l) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isOne() {
    return Arrays.equals(l, one().l);
  }

  /** The Fp coordinates, from c0's lowest coefficient up. */
  Fp coordinate(int i) {
    return Fp.fromMontgomeryLimbs(l, 4 * i);
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && Arrays.equals(l, ((ExtensionFieldElement<?>) o).l);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(l) * 31 + getClass().hashCode();
  }
}
