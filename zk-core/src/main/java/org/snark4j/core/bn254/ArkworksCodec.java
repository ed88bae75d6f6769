package org.snark4j.core.bn254;

import java.math.BigInteger;

/**
 * arkworks' canonical uncompressed serialization of BN254 values (ark-serialize with ark-bn254), what
 * Substrate's arkworks host functions and zkVerify's Groth16 pallet take: field elements as 32 bytes
 * little-endian; G1 as x ‖ y (64 bytes); G2 as x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1 (128 bytes); arkworks' flags in the top
 * two bits of the last byte, of which the point at infinity sets bit 6 (0x40) with every coordinate zero;
 * scalars as 32 bytes little-endian.
 *
 * <p>Decoders validate by default: coordinates below p, the point on its curve and, for G2, in the subgroup;
 * scalars below r. They ignore the y-sign flag (bit 7), which an uncompressed point need not carry. A failure
 * is an {@link IllegalArgumentException} saying what was wrong.
 */
public final class ArkworksCodec {
  /** Bytes of a G1 point, a G2 point and a scalar. */
  public static final int G1_SIZE = 2 * Fp.BYTES;
  public static final int G2_SIZE = 4 * Fp.BYTES;
  public static final int SCALAR_SIZE = Fr.BYTES;

  private static final int INFINITY = 0x40;
  private static final int FLAGS = 0xC0;

  private ArkworksCodec() {}

  public static byte[] encodeG1(G1Affine p) {
    byte[] out = new byte[G1_SIZE];
    if (p.isInfinity()) {
      out[G1_SIZE - 1] = INFINITY;
      return out;
    }
    le(p.x().toBytesBE(), out, 0);
    le(p.y().toBytesBE(), out, Fp.BYTES);
    return out;
  }

  public static byte[] encodeG2(G2Affine q) {
    byte[] out = new byte[G2_SIZE];
    if (q.isInfinity()) {
      out[G2_SIZE - 1] = INFINITY;
      return out;
    }
    Fp[] c = {q.x().c0(), q.x().c1(), q.y().c0(), q.y().c1()};
    for (int i = 0; i < 4; i++) {
      le(c[i].toBytesBE(), out, i * Fp.BYTES);
    }
    return out;
  }

  public static byte[] encodeFr(Fr s) {
    byte[] out = new byte[SCALAR_SIZE];
    le(s.toBytesBE(), out, 0);
    return out;
  }

  /** A G1 point from its 64 bytes, checked on the curve (the subgroup, as the cofactor is 1). */
  public static G1Affine decodeG1(byte[] b) {
    size(b, G1_SIZE, "G1 point");
    if ((b[G1_SIZE - 1] & INFINITY) != 0) {
      return G1Affine.INFINITY;
    }
    return G1Affine.of(fp(b, 0, "G1 x"), fp(b, Fp.BYTES, "G1 y"));
  }

  /** A G2 point from its 128 bytes, checked on the twist and in the subgroup. */
  public static G2Affine decodeG2(byte[] b) {
    size(b, G2_SIZE, "G2 point");
    if ((b[G2_SIZE - 1] & INFINITY) != 0) {
      return G2Affine.INFINITY;
    }
    return G2Affine.of(Fp2.of(fp(b, 0, "G2 x.c0"), fp(b, Fp.BYTES, "G2 x.c1")),
        Fp2.of(fp(b, 2 * Fp.BYTES, "G2 y.c0"), fp(b, 3 * Fp.BYTES, "G2 y.c1")));
  }

  /** A scalar from its 32 little-endian bytes, which must be below r. */
  public static Fr decodeFr(byte[] b) {
    size(b, SCALAR_SIZE, "scalar");
    BigInteger v = value(b, 0, SCALAR_SIZE, 0xFF);
    if (v.compareTo(Fr.MODULUS) >= 0) {
      throw new IllegalArgumentException("scalar must be below r, got " + v);
    }
    return Fr.of(v);
  }

  private static Fp fp(byte[] b, int off, String what) {
    // the top two bits of an element's last byte are arkworks' flags
    BigInteger v = value(b, off, Fp.BYTES, ~FLAGS & 0xFF);
    if (v.compareTo(Fp.MODULUS) >= 0) {
      throw new IllegalArgumentException(what + " must be below p, got " + v);
    }
    return Fp.of(v);
  }

  private static BigInteger value(byte[] b, int off, int len, int topMask) {
    byte[] be = new byte[len];
    for (int i = 0; i < len; i++) {
      be[len - 1 - i] = b[off + i];
    }
    be[0] &= (byte) topMask;
    return new BigInteger(1, be);
  }

  private static void le(byte[] be, byte[] out, int off) {
    for (int i = 0; i < be.length; i++) {
      out[off + i] = be[be.length - 1 - i];
    }
  }

  private static void size(byte[] b, int size, String what) {
    if (b.length != size) {
      throw new IllegalArgumentException("an arkworks " + what + " is " + size + " bytes, got " + b.length);
    }
  }
}
