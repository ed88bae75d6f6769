package org.snark4j.core.bn254;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.snark4j.core.FieldElement;
import org.snark4j.core.bn254.internal.FieldOps;

/**
 * What {@link Fp} and {@link Fr} share: an immutable value of 4 Montgomery limbs and the operations on it,
 * written once over the field's kernel.
 */
abstract sealed class PrimeFieldElement<F extends PrimeFieldElement<F>> implements FieldElement<F>
    permits Fp, Fr {
  /** Montgomery limbs, little-endian; never exposed or mutated. */
  final long[] l;

  PrimeFieldElement(long[] limbs) {
    this.l = limbs;
  }

  abstract FieldOps ops();

  abstract F create(long[] limbs);

  abstract BigInteger modulus();

  /** The non-residue and 2-adic split (q - 1 = 2^s·t) used by square roots. */
  abstract SqrtData<F> sqrtData();

  record SqrtData<F>(int s, BigInteger t, F nonResidueToT) {}

  private F binary(F other, boolean add) {
    long[] r = new long[4];
    if (add) {
      ops().add(r, 0, l, 0, other.l, 0);
    } else {
      ops().sub(r, 0, l, 0, other.l, 0);
    }
    return create(r);
  }

  @Override
  public F add(F other) {
    return binary(other, true);
  }

  @Override
  public F subtract(F other) {
    return binary(other, false);
  }

  @Override
  public F multiply(F other) {
    long[] r = new long[4];
    ops().mul(r, 0, l, 0, other.l, 0);
    return create(r);
  }

  @Override
  public F square() {
    long[] r = new long[4];
    ops().sqr(r, 0, l, 0);
    return create(r);
  }

  @Override
  public F negate() {
    long[] r = new long[4];
    ops().neg(r, 0, l, 0);
    return create(r);
  }

  /** 2·this. */
  public F twice() {
    long[] r = new long[4];
    ops().dbl(r, 0, l, 0);
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
    long[] r = new long[4];
    ops().inverse(r, 0, l, 0);
    return create(r);
  }

  @Override
  @SuppressWarnings("unchecked")
  public F pow(BigInteger e) {
    if (e.signum() < 0) {
      throw new IllegalArgumentException("exponent must be non-negative, got " + e);
    }
    long[] r = new long[4];
    ops().setOne(r, 0);
    for (int i = e.bitLength() - 1; i >= 0; i--) {
      ops().sqr(r, 0, r, 0);
      if (e.testBit(i)) {
        ops().mul(r, 0, r, 0, l, 0);
      }
    }
    return create(r);
  }

  /** The Legendre symbol: 0 for zero, 1 for a non-zero square, -1 otherwise. */
  public int legendre() {
    if (isZero()) {
      return 0;
    }
    F e = pow(modulus().shiftRight(1));
    return e.isOne() ? 1 : -1;
  }

  /**
   * A square root (Tonelli–Shanks; variable time), or empty when this is not a square. Which of the two
   * roots comes back is not specified; the codecs pick by sign where it matters.
   */
  @SuppressWarnings("unchecked")
  public Optional<F> sqrt() {
    if (isZero()) {
      return Optional.of((F) this);
    }
    SqrtData<F> d = sqrtData();
    F x = pow(d.t().add(BigInteger.ONE).shiftRight(1));
    F b = pow(d.t());
    F z = d.nonResidueToT();
    int m = d.s();
    while (!b.isOne()) {
      int i = 0;
      F b2 = b;
      while (!b2.isOne()) {
        b2 = b2.square();
        i++;
        if (i == m) {
          return Optional.empty();
        }
      }
      F g = z;
      for (int k = 0; k < m - i - 1; k++) {
        g = g.square();
      }
      x = x.multiply(g);
      z = g.square();
      b = b.multiply(z);
      m = i;
    }
    return Optional.of(x);
  }

  @Override
  public boolean isZero() {
    return ops().isZero(l, 0);
  }

  @Override
  public boolean isOne() {
    long[] one = new long[4];
    ops().setOne(one, 0);
    return ops().eq(l, 0, one, 0);
  }

  /** The canonical integer in [0, q). */
  public BigInteger toBigInteger() {
    long[] c = new long[4];
    canonicalLimbs(c, 0);
    return org.snark4j.core.bn254.internal.FpArith.toBigInteger(c, 0);
  }

  /** Writes the canonical (not Montgomery) limbs, little-endian, at dst[off..off+3]. */
  public void canonicalLimbs(long[] dst, int off) {
    long[] one = {1, 0, 0, 0};
    ops().mul(dst, off, l, 0, one, 0);
  }

  /** Writes the Montgomery limbs (x·2^256 mod q), little-endian, at dst[off..off+3]: for flat-array code. */
  public void montgomeryLimbs(long[] dst, int off) {
    System.arraycopy(l, 0, dst, off, 4);
  }

  /** 32 bytes, big-endian, canonical. */
  public byte[] toBytesBE() {
    long[] c = new long[4];
    canonicalLimbs(c, 0);
    byte[] out = new byte[32];
    for (int i = 0; i < 4; i++) {
      for (int k = 0; k < 8; k++) {
        out[31 - 8 * i - k] = (byte) (c[i] >>> (8 * k));
      }
    }
    return out;
  }

  /** Canonical limbs of a 32-byte big-endian integer, or an exception naming what is wrong. */
  static long[] limbsFromBytesBE(byte[] be, int off, BigInteger modulus, String field) {
    if (be.length - off < 32) {
      throw new IllegalArgumentException(
          field + " element needs 32 bytes, got " + Math.max(0, be.length - off));
    }
    long[] c = new long[4];
    for (int i = 0; i < 4; i++) {
      long v = 0;
      for (int k = 0; k < 8; k++) {
        v = (v << 8) | (be[off + 31 - 8 * i - 7 + k] & 0xFF);
      }
      c[i] = v;
    }
    return c;
  }

  static long[] limbsOf(BigInteger v) {
    long[] c = new long[4];
    for (int i = 0; i < 4; i++) {
      c[i] = v.shiftRight(64 * i).longValue();
    }
    return c;
  }

  static long[] randomCanonical(RandomGenerator random, BigInteger modulus) {
    // rejection sampling on 254 bits: uniform in [0, q)
    while (true) {
      long[] c = {random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong() & 0x3FFFFFFFFFFFFFFFL};
      if (org.snark4j.core.bn254.internal.FpArith.toBigInteger(c, 0).compareTo(modulus) < 0) {
        return c;
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && Arrays.equals(l, ((PrimeFieldElement<?>) o).l);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(l) * 31 + getClass().hashCode();
  }

  /** The canonical value in decimal. */
  @Override
  public String toString() {
    return toBigInteger().toString();
  }
}
