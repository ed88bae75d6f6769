package org.snark4j.core.bn254;

/**
 * Ethereum's encoding of BN254 values (EIP-196, EIP-197): every coordinate a 32-byte big-endian word; G1 as
 * x ‖ y (64 bytes); G2 as x_imag ‖ x_real ‖ y_imag ‖ y_real (128 bytes); the point at infinity as all zeros.
 *
 * <p>Decoders validate by default: each word below p, the point on its curve, and for G2 in the subgroup of
 * order r; a failure is an {@link IllegalArgumentException} saying which check failed and on what value.
 * {@code NoSubgroupCheck} and {@code Unchecked} variants skip what their names say (the words are still
 * required to be canonical).
 */
public final class EvmCodec {
  /** Bytes of an encoded G1 point. */
  public static final int G1_SIZE = 64;
  /** Bytes of an encoded G2 point. */
  public static final int G2_SIZE = 128;

  private EvmCodec() {}

  public static byte[] encodeG1(G1Affine p) {
    byte[] out = new byte[G1_SIZE];
    if (!p.isInfinity()) {
      System.arraycopy(p.x().toBytesBE(), 0, out, 0, 32);
      System.arraycopy(p.y().toBytesBE(), 0, out, 32, 32);
    }
    return out;
  }

  public static byte[] encodeG2(G2Affine q) {
    byte[] out = new byte[G2_SIZE];
    if (!q.isInfinity()) {
      Fp2 x = q.x();
      Fp2 y = q.y();
      System.arraycopy(x.c1().toBytesBE(), 0, out, 0, 32);
      System.arraycopy(x.c0().toBytesBE(), 0, out, 32, 32);
      System.arraycopy(y.c1().toBytesBE(), 0, out, 64, 32);
      System.arraycopy(y.c0().toBytesBE(), 0, out, 96, 32);
    }
    return out;
  }

  public static byte[] encodeFr(Fr s) {
    return s.toBytesBE();
  }

  /** Reads a G1 point (64 bytes at off), checking each word &lt; p and the point on the curve. */
  public static G1Affine decodeG1(byte[] in, int off) {
    G1Affine p = decodeG1Unchecked(in, off);
    if (!p.isOnCurve()) {
      throw new IllegalArgumentException("G1 point (" + p.x() + ", " + p.y() + ") is not on the curve y² = x³ + 3");
    }
    return p;
  }

  /** Reads a G1 point with no curve check (words still &lt; p). */
  public static G1Affine decodeG1Unchecked(byte[] in, int off) {
    need(in, off, G1_SIZE, "G1 point");
    return G1Affine.ofUnchecked(word(in, off, "G1 x"), word(in, off + 32, "G1 y"));
  }

  /** Reads a G2 point (128 bytes at off), checking each word &lt; p, the point on the twist and in G2. */
  public static G2Affine decodeG2(byte[] in, int off) {
    G2Affine q = decodeG2NoSubgroupCheck(in, off);
    if (!q.isInSubgroup()) {
      throw new IllegalArgumentException("G2 point " + q + " is on the twist but not in the subgroup of order r");
    }
    return q;
  }

  /** Reads a G2 point, checking words &lt; p and the twist equation, but not the subgroup. */
  public static G2Affine decodeG2NoSubgroupCheck(byte[] in, int off) {
    G2Affine q = decodeG2Unchecked(in, off);
    if (!q.isOnCurve()) {
      throw new IllegalArgumentException("G2 point " + q + " is not on the twist y² = x³ + 3/(9+u)");
    }
    return q;
  }

  /** Reads a G2 point with no curve or subgroup check (words still &lt; p). */
  public static G2Affine decodeG2Unchecked(byte[] in, int off) {
    need(in, off, G2_SIZE, "G2 point");
    Fp xi = word(in, off, "G2 x_imag");
    Fp xr = word(in, off + 32, "G2 x_real");
    Fp yi = word(in, off + 64, "G2 y_imag");
    Fp yr = word(in, off + 96, "G2 y_real");
    return G2Affine.ofUnchecked(Fp2.of(xr, xi), Fp2.of(yr, yi));
  }

  /** Reads a scalar (32 bytes at off), which must be below r. */
  public static Fr decodeFr(byte[] in, int off) {
    need(in, off, 32, "scalar");
    return Fr.fromBytesBE(in, off);
  }

  private static Fp word(byte[] in, int off, String what) {
    try {
      return Fp.fromBytesBE(in, off);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " coordinate: " + e.getMessage(), e);
    }
  }

  private static void need(byte[] in, int off, int size, String what) {
    if (off < 0 || in.length - off < size) {
      throw new IllegalArgumentException(what + " needs " + size + " bytes at offset " + off + ", got "
          + Math.max(0, in.length - Math.max(0, off)));
    }
  }
}
