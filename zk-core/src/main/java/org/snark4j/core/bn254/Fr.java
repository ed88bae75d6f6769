package org.snark4j.core.bn254;

import java.math.BigInteger;
import java.util.random.RandomGenerator;
import org.snark4j.core.bn254.internal.FieldOps;
import org.snark4j.core.bn254.internal.FrArith;

/**
 * An element of the BN254 scalar field (the order r of G1 and G2), q = 21888242871839275222246405745257275088548364400416034343698204186575808495617.
 *
 * <p>Immutable; held as four 64-bit limbs in Montgomery form. Arithmetic is constant-time except
 * {@link #inverse()}, {@link #sqrt()}, {@link #legendre()} and {@link #pow}, which depend on their inputs.
 */
public final class Fr extends PrimeFieldElement<Fr> {
  /** The modulus q. */
  public static final BigInteger MODULUS = FrArith.MODULUS;
  /** 0. */
  public static final Fr ZERO = new Fr(new long[4]);
  /** 1. */
  public static final Fr ONE = new Fr(new long[] {FrArith.ONE0, FrArith.ONE1, FrArith.ONE2, FrArith.ONE3});

  private static final SqrtData<Fr> SQRT = sqrtData(MODULUS);

  private Fr(long[] montgomeryLimbs) {
    super(montgomeryLimbs);
  }

  private static SqrtData<Fr> sqrtData(BigInteger q) {
    BigInteger qm1 = q.subtract(BigInteger.ONE);
    int s = qm1.getLowestSetBit();
    BigInteger t = qm1.shiftRight(s);
    for (long z = 2; ; z++) {
      Fr c = of(z);
      if (c.legendre() == -1) {
        return new SqrtData<>(s, t, c.pow(t));
      }
    }
  }

  @Override
  FieldOps ops() {
    return FieldOps.FR;
  }

  @Override
  Fr create(long[] limbs) {
    return new Fr(limbs);
  }

  @Override
  BigInteger modulus() {
    return MODULUS;
  }

  @Override
  SqrtData<Fr> sqrtData() {
    return SQRT;
  }

  /** The element v for 0 ≤ v &lt; q. */
  public static Fr of(long v) {
    return of(BigInteger.valueOf(v));
  }

  /**
   * The element v.
   *
   * @throws IllegalArgumentException unless 0 ≤ v &lt; q (use {@link #reduce} to take any integer mod q)
   */
  public static Fr of(BigInteger v) {
    if (v.signum() < 0 || v.compareTo(MODULUS) >= 0) {
      throw new IllegalArgumentException("Fr element must be in [0, q), got " + v);
    }
    return fromCanonical(limbsOf(v));
  }

  /** v mod q, for any integer v (negative ones too). */
  public static Fr reduce(BigInteger v) {
    return fromCanonical(limbsOf(v.mod(MODULUS)));
  }

  /**
   * Parses a decimal string, as snarkjs JSON files hold field elements.
   *
   * @throws IllegalArgumentException if it is not a decimal integer in [0, q)
   */
  public static Fr parse(String decimal) {
    BigInteger v;
    try {
      v = new BigInteger(decimal.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Fr element: expected a decimal integer, got \"" + decimal + "\"", e);
    }
    return of(v);
  }

  /**
   * Reads 32 big-endian bytes at offset off.
   *
   * @throws IllegalArgumentException if fewer than 32 bytes remain or the value is not below q
   */
  public static Fr fromBytesBE(byte[] bytes, int off) {
    long[] c = limbsFromBytesBE(bytes, off, MODULUS, "Fr");
    if (!FrArith.isCanonical(c, 0)) {
      throw new IllegalArgumentException("Fr element must be below q, got 0x"
          + FrArith.toBigInteger(c, 0).toString(16));
    }
    return fromCanonical(c);
  }

  /** Reads exactly 32 big-endian bytes; see {@link #fromBytesBE(byte[], int)}. */
  public static Fr fromBytesBE(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalArgumentException("Fr element needs exactly 32 bytes, got " + bytes.length);
    }
    return fromBytesBE(bytes, 0);
  }

  /** From canonical limbs (little-endian, &lt; q; not checked). */
  static Fr fromCanonical(long[] c) {
    long[] m = new long[4];
    FrArith.toMont(m, 0, c, 0);
    return new Fr(m);
  }

  /**
   * From Montgomery limbs at src[off..off+3], as written by {@link #montgomeryLimbs}.
   *
   * @throws IllegalArgumentException if they are not below q
   */
  public static Fr fromMontgomeryLimbs(long[] src, int off) {
    long[] m = java.util.Arrays.copyOfRange(src, off, off + 4);
    if (!FrArith.isCanonical(m, 0)) {
      throw new IllegalArgumentException("Fr Montgomery limbs must be below q");
    }
    return new Fr(m);
  }

  /** A uniformly random element. */
  public static Fr random(RandomGenerator random) {
    return fromCanonical(randomCanonical(random, MODULUS));
  }
}
