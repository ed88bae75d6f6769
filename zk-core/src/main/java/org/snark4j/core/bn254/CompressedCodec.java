package org.snark4j.core.bn254;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Compressed points in gnark-crypto's form: the x coordinate big-endian (G1: 32 bytes; G2: 64 bytes,
 * x_imag ‖ x_real) with the two top bits of the first byte as flags: {@code 10} y is the smaller root,
 * {@code 11} y is the larger, {@code 01} the point at infinity (all other bits zero). "Larger" compares
 * y with p - y as integers; for Fp2 it looks at the real part, or at the imaginary part when the real part
 * is zero. BN254's p &lt; 2^254 leaves those two bits free.
 *
 * <p>Decoding checks the flags, x &lt; p, that x gives a point, and for G2 the subgroup.
 */
public final class CompressedCodec {
  public static final int G1_SIZE = 32;
  public static final int G2_SIZE = 64;

  private static final int SMALLEST = 0b10 << 6;
  private static final int LARGEST = 0b11 << 6;
  private static final int INFINITY = 0b01 << 6;
  private static final int MASK = 0b11 << 6;
  private static final BigInteger HALF_P = Fp.MODULUS.shiftRight(1);

  private CompressedCodec() {}

  static boolean largest(Fp y) {
    return y.toBigInteger().compareTo(HALF_P) > 0;
  }

  static boolean largest(Fp2 y) {
    return y.c0().isZero() ? largest(y.c1()) : largest(y.c0());
  }

  public static byte[] encodeG1(G1Affine p) {
    byte[] out = new byte[G1_SIZE];
    if (p.isInfinity()) {
      out[0] = (byte) INFINITY;
      return out;
    }
    System.arraycopy(p.x().toBytesBE(), 0, out, 0, 32);
    out[0] |= (byte) (largest(p.y()) ? LARGEST : SMALLEST);
    return out;
  }

  public static byte[] encodeG2(G2Affine q) {
    byte[] out = new byte[G2_SIZE];
    if (q.isInfinity()) {
      out[0] = (byte) INFINITY;
      return out;
    }
    System.arraycopy(q.x().c1().toBytesBE(), 0, out, 0, 32);
    System.arraycopy(q.x().c0().toBytesBE(), 0, out, 32, 32);
    out[0] |= (byte) (largest(q.y()) ? LARGEST : SMALLEST);
    return out;
  }

  public static G1Affine decodeG1(byte[] in) {
    int flag = flags(in, G1_SIZE, "G1");
    if (flag == INFINITY) {
      return G1Affine.INFINITY;
    }
    byte[] x = in.clone();
    x[0] &= (byte) ~MASK;
    Fp fx = Fp.fromBytesBE(x, 0);
    Fp rhs = fx.square().multiply(fx).add(Fp.of(3));
    Optional<Fp> y = rhs.sqrt();
    if (y.isEmpty()) {
      throw new IllegalArgumentException("compressed G1: x = " + fx + " gives no point on the curve");
    }
    Fp fy = largest(y.get()) == (flag == LARGEST) ? y.get() : y.get().negate();
    return G1Affine.of(fx, fy);
  }

  public static G2Affine decodeG2(byte[] in) {
    int flag = flags(in, G2_SIZE, "G2");
    if (flag == INFINITY) {
      return G2Affine.INFINITY;
    }
    byte[] x = in.clone();
    x[0] &= (byte) ~MASK;
    Fp2 fx = Fp2.of(Fp.fromBytesBE(x, 32), Fp.fromBytesBE(x, 0));
    Fp2 b = Fp2.of(Fp.of(3), Fp.ZERO).multiply(Fp2.XI.inverse());
    Optional<Fp2> y = fx.square().multiply(fx).add(b).sqrt();
    if (y.isEmpty()) {
      throw new IllegalArgumentException("compressed G2: x = " + fx + " gives no point on the twist");
    }
    Fp2 fy = largest(y.get()) == (flag == LARGEST) ? y.get() : y.get().negate();
    return G2Affine.of(fx, fy);
  }

  private static int flags(byte[] in, int size, String what) {
    if (in.length != size) {
      throw new IllegalArgumentException("compressed " + what + " needs " + size + " bytes, got " + in.length);
    }
    int flag = in[0] & MASK;
    if (flag == 0) {
      throw new IllegalArgumentException("compressed " + what + ": flag bits 00 mark an uncompressed point");
    }
    if (flag == INFINITY) {
      boolean zero = (in[0] & ~MASK) == 0;
      for (int i = 1; i < in.length && zero; i++) {
        zero = in[i] == 0;
      }
      if (!zero) {
        throw new IllegalArgumentException("compressed " + what + ": infinity flag with non-zero bits");
      }
    }
    return flag;
  }
}
