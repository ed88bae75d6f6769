package org.snark4j.core.bls12_381;

import java.math.BigInteger;

/**
 * Ethereum's encoding of BLS12-381 values (EIP-2537): every Fp coordinate 64 bytes, 16 zero bytes then 48
 * big-endian; an Fp2 as c0 ‖ c1 (128 bytes); G1 as x ‖ y (128 bytes); G2 as x ‖ y (256 bytes); the point at
 * infinity as all zeros; a scalar as 32 big-endian bytes of any value.
 *
 * <p>Decoders validate by default: the 16 padding bytes zero, each coordinate below p, the point on its
 * curve, and in the subgroup of order r; a failure is an {@link IllegalArgumentException} saying which check
 * failed and on what. {@code NoSubgroupCheck} variants skip the last check (EIP-2537's additions make none).
 */
public final class EvmCodec {
  /** Bytes of an encoded Fp element, G1 point, G2 point and scalar. */
  public static final int FP_SIZE = 64;
  public static final int G1_SIZE = 2 * FP_SIZE;
  public static final int G2_SIZE = 4 * FP_SIZE;
  public static final int SCALAR_SIZE = 32;

  private static final int PAD = FP_SIZE - Fp.BYTES;

  private EvmCodec() {}

  public static byte[] encodeFp(Fp a) {
    byte[] out = new byte[FP_SIZE];
    System.arraycopy(a.toBytesBE(), 0, out, PAD, Fp.BYTES);
    return out;
  }

  public static byte[] encodeG1(G1Affine p) {
    byte[] out = new byte[G1_SIZE];
    if (!p.isInfinity()) {
      System.arraycopy(p.x().toBytesBE(), 0, out, PAD, Fp.BYTES);
      System.arraycopy(p.y().toBytesBE(), 0, out, FP_SIZE + PAD, Fp.BYTES);
    }
    return out;
  }

  public static byte[] encodeG2(G2Affine q) {
    byte[] out = new byte[G2_SIZE];
    if (!q.isInfinity()) {
      Fp[] c = {q.x().c0(), q.x().c1(), q.y().c0(), q.y().c1()};
      for (int i = 0; i < 4; i++) {
        System.arraycopy(c[i].toBytesBE(), 0, out, i * FP_SIZE + PAD, Fp.BYTES);
      }
    }
    return out;
  }

  /** Reads an Fp element (64 bytes at off): the padding zero, the value below p. */
  public static Fp decodeFp(byte[] in, int off, String what) {
    need(in, off, FP_SIZE, what);
    for (int i = 0; i < PAD; i++) {
      if (in[off + i] != 0) {
        throw new IllegalArgumentException(what + ": the top " + PAD + " bytes of a field element must be zero, byte "
            + i + " is 0x" + Integer.toHexString(in[off + i] & 0xFF));
      }
    }
    try {
      return Fp.fromBytesBE(in, off + PAD);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }

  /** Reads an Fp2 element (c0 ‖ c1, 128 bytes at off). */
  public static Fp2 decodeFp2(byte[] in, int off, String what) {
    return Fp2.of(decodeFp(in, off, what + " c0"), decodeFp(in, off + FP_SIZE, what + " c1"));
  }

  /** Reads a G1 point (128 bytes at off): coordinates, on the curve, in the subgroup. */
  public static G1Affine decodeG1(byte[] in, int off) {
    G1Affine p = decodeG1NoSubgroupCheck(in, off);
    if (!p.isInSubgroup()) {
      throw new IllegalArgumentException("G1 point " + p + " is on the curve but not in the subgroup of order r");
    }
    return p;
  }

  /** Reads a G1 point, checking the coordinates and the curve equation but not the subgroup. */
  public static G1Affine decodeG1NoSubgroupCheck(byte[] in, int off) {
    need(in, off, G1_SIZE, "G1 point");
    G1Affine p = G1Affine.ofUnchecked(decodeFp(in, off, "G1 x"), decodeFp(in, off + FP_SIZE, "G1 y"));
    if (!p.isOnCurve()) {
      throw new IllegalArgumentException("G1 point " + p + " is not on the curve y² = x³ + 4");
    }
    return p;
  }

  /** Reads a G2 point (256 bytes at off): coordinates, on the twist, in the subgroup. */
  public static G2Affine decodeG2(byte[] in, int off) {
    G2Affine q = decodeG2NoSubgroupCheck(in, off);
    if (!q.isInSubgroup()) {
      throw new IllegalArgumentException("G2 point " + q + " is on the twist but not in the subgroup of order r");
    }
    return q;
  }

  /** Reads a G2 point, checking the coordinates and the twist equation but not the subgroup. */
  public static G2Affine decodeG2NoSubgroupCheck(byte[] in, int off) {
    need(in, off, G2_SIZE, "G2 point");
    G2Affine q = G2Affine.ofUnchecked(decodeFp2(in, off, "G2 x"), decodeFp2(in, off + 2 * FP_SIZE, "G2 y"));
    if (!q.isOnCurve()) {
      throw new IllegalArgumentException("G2 point " + q + " is not on the twist y² = x³ + 4(1 + u)");
    }
    return q;
  }

  /** Reads a scalar: 32 big-endian bytes, any value (EIP-2537 does not ask it to be below r). */
  public static BigInteger decodeScalar(byte[] in, int off) {
    need(in, off, SCALAR_SIZE, "scalar");
    return new BigInteger(1, java.util.Arrays.copyOfRange(in, off, off + SCALAR_SIZE));
  }

  private static void need(byte[] in, int off, int size, String what) {
    if (off < 0 || in.length - off < size) {
      throw new IllegalArgumentException(what + " needs " + size + " bytes at offset " + off + ", got "
          + Math.max(0, in.length - Math.max(0, off)));
    }
  }
}
