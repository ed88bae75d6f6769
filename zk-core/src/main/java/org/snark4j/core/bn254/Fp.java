package org.snark4j.core.bn254;

import java.math.BigInteger;
import java.util.random.RandomGenerator;
import org.snark4j.core.bn254.internal.FieldOps;
import org.snark4j.core.bn254.internal.FpArith;

/**
 * An element of the BN254 base field, q = 21888242871839275222246405745257275088696311157297823662689037894645226208583.
 *
 * <p>Immutable; held as four 64-bit limbs in Montgomery form. Arithmetic is constant-time except
 * {@link #inverse()}, {@link #sqrt()}, {@link #legendre()} and {@link #pow}, which depend on their inputs.
 */
public final class Fp extends PrimeFieldElement<Fp> {
  /** The modulus q. */
  public static final BigInteger MODULUS = FpArith.MODULUS;
  /** 0. */
  public static final Fp ZERO = new Fp(new long[4]);
  /** 1. */
  public static final Fp ONE = new Fp(new long[] {FpArith.ONE0, FpArith.ONE1, FpArith.ONE2, FpArith.ONE3});

  private static final SqrtData<Fp> SQRT = sqrtData(MODULUS);

  private Fp(long[] montgomeryLimbs) {
    super(montgomeryLimbs);
  }

  private static SqrtData<Fp> sqrtData(BigInteger q) {
    BigInteger qm1 = q.subtract(BigInteger.ONE);
    int s = qm1.getLowestSetBit();
    BigInteger t = qm1.shiftRight(s);
    for (long z = 2; ; z++) {
      Fp c = of(z);
      if (c.legendre() == -1) {
        return new SqrtData<>(s, t, c.pow(t));
      }
    }
  }

  @Override
  FieldOps ops() {
    return FieldOps.FP;
  }

  @Override
  Fp create(long[] limbs) {
    return new Fp(limbs);
  }

  @Override
  BigInteger modulus() {
    return MODULUS;
  }

  @Override
  SqrtData<Fp> sqrtData() {
    return SQRT;
  }

  /** The element v for 0 ≤ v &lt; q. */
  public static Fp of(long v) {
    return of(BigInteger.valueOf(v));
  }

  /**
   * The element v.
   *
   * @throws IllegalArgumentException unless 0 ≤ v &lt; q (use {@link #reduce} to take any integer mod q)
   */
  public static Fp of(BigInteger v) {
    if (v.signum() < 0 || v.compareTo(MODULUS) >= 0) {
      throw new IllegalArgumentException("Fp element must be in [0, q), got " + v);
    }
    return fromCanonical(limbsOf(v));
  }

  /** v mod q, for any integer v (negative ones too). */
  public static Fp reduce(BigInteger v) {
    return fromCanonical(limbsOf(v.mod(MODULUS)));
  }

  /**
   * Parses a decimal string, as snarkjs JSON files hold field elements.
   *
   * @throws IllegalArgumentException if it is not a decimal integer in [0, q)
   */
  public static Fp parse(String decimal) {
    BigInteger v;
    try {
      v = new BigInteger(decimal.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Fp element: expected a decimal integer, got \"" + decimal + "\"", e);
    }
    return of(v);
  }

  /**
   * Reads 32 big-endian bytes at offset off.
   *
   * @throws IllegalArgumentException if fewer than 32 bytes remain or the value is not below q
   */
  public static Fp fromBytesBE(byte[] bytes, int off) {
    long[] c = limbsFromBytesBE(bytes, off, MODULUS, "Fp");
    if (!FpArith.isCanonical(c, 0)) {
      throw new IllegalArgumentException("Fp element must be below q, got 0x"
          + FpArith.toBigInteger(c, 0).toString(16));
    }
    return fromCanonical(c);
  }

  /** Reads exactly 32 big-endian bytes; see {@link #fromBytesBE(byte[], int)}. */
  public static Fp fromBytesBE(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalArgumentException("Fp element needs exactly 32 bytes, got " + bytes.length);
    }
    return fromBytesBE(bytes, 0);
  }

  /** From canonical limbs (little-endian, &lt; q; not checked). */
  static Fp fromCanonical(long[] c) {
    long[] m = new long[4];
    FpArith.toMont(m, 0, c, 0);
    return new Fp(m);
  }

  /**
   * From Montgomery limbs at src[off..off+3], as written by {@link #montgomeryLimbs}.
   *
   * @throws IllegalArgumentException if they are not below q
   */
  public static Fp fromMontgomeryLimbs(long[] src, int off) {
    long[] m = java.util.Arrays.copyOfRange(src, off, off + 4);
    if (!FpArith.isCanonical(m, 0)) {
      throw new IllegalArgumentException("Fp Montgomery limbs must be below q");
    }
    return new Fp(m);
  }

  /** A uniformly random element. */
  public static Fp random(RandomGenerator random) {
    return fromCanonical(randomCanonical(random, MODULUS));
  }
}
