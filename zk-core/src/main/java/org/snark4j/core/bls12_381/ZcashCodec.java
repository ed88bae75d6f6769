package org.snark4j.core.bls12_381;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * The ZCash serialization of BLS12-381 points, which Ethereum's consensus layer, blst, zkcrypto's bls12_381,
 * arkworks and gnark-crypto share: big-endian coordinates, G2's Fp2 coordinates c1 before c0, and three flags
 * in the top bits of the first byte (free, as p &lt; 2^381): 0x80 compressed, 0x40 the point at infinity, 0x20
 * (compressed points only) y is the lexicographically larger root, comparing y with p - y as integers, on c1
 * first for Fp2 and on c0 when c1 is zero. Compressed: G1 48 bytes, G2 96 (x only); uncompressed: 96 and 192.
 * The point at infinity is the infinity flag (with the compression flag in the compressed form) and zeros.
 *
 * <p>Decoders validate by default: the flags, every coordinate below p, the point on its curve, and in the
 * subgroup of order r; a failure is an {@link IllegalArgumentException} saying what was wrong.
 * {@code NoSubgroupCheck} variants skip the last check, which costs a scalar multiplication.
 */
public final class ZcashCodec {
  /** Bytes of each form. */
  public static final int G1_COMPRESSED = Fp.BYTES;
  public static final int G1_UNCOMPRESSED = 2 * Fp.BYTES;
  public static final int G2_COMPRESSED = 2 * Fp.BYTES;
  public static final int G2_UNCOMPRESSED = 4 * Fp.BYTES;

  private static final int COMPRESSED = 0x80;
  private static final int INFINITY = 0x40;
  private static final int LARGEST = 0x20;
  private static final int FLAGS = 0xE0;
  private static final BigInteger HALF_P = Fp.MODULUS.shiftRight(1);

  private ZcashCodec() {}

  static boolean largest(Fp y) {
    return y.toBigInteger().compareTo(HALF_P) > 0;
  }

  static boolean largest(Fp2 y) {
    return y.c1().isZero() ? largest(y.c0()) : largest(y.c1());
  }

  // ------------------------------------------------------------------ encoding

  public static byte[] encodeG1Compressed(G1Affine p) {
    byte[] out = new byte[G1_COMPRESSED];
    if (p.isInfinity()) {
      out[0] = (byte) (COMPRESSED | INFINITY);
      return out;
    }
    put(out, 0, p.x());
    out[0] |= (byte) (COMPRESSED | (largest(p.y()) ? LARGEST : 0));
    return out;
  }

  public static byte[] encodeG1(G1Affine p) {
    byte[] out = new byte[G1_UNCOMPRESSED];
    if (p.isInfinity()) {
      out[0] = (byte) INFINITY;
      return out;
    }
    put(out, 0, p.x());
    put(out, Fp.BYTES, p.y());
    return out;
  }

  public static byte[] encodeG2Compressed(G2Affine q) {
    byte[] out = new byte[G2_COMPRESSED];
    if (q.isInfinity()) {
      out[0] = (byte) (COMPRESSED | INFINITY);
      return out;
    }
    put(out, 0, q.x());
    out[0] |= (byte) (COMPRESSED | (largest(q.y()) ? LARGEST : 0));
    return out;
  }

  public static byte[] encodeG2(G2Affine q) {
    byte[] out = new byte[G2_UNCOMPRESSED];
    if (q.isInfinity()) {
      out[0] = (byte) INFINITY;
      return out;
    }
    put(out, 0, q.x());
    put(out, 2 * Fp.BYTES, q.y());
    return out;
  }

  private static void put(byte[] out, int off, Fp a) {
    System.arraycopy(a.toBytesBE(), 0, out, off, Fp.BYTES);
  }

  private static void put(byte[] out, int off, Fp2 a) {
    put(out, off, a.c1());
    put(out, off + Fp.BYTES, a.c0());
  }

  // ------------------------------------------------------------------ decoding

  /** A G1 point from 48 (compressed) or 96 (uncompressed) bytes, checked on the curve and in G1. */
  public static G1Affine decodeG1(byte[] in) {
    G1Affine p = decodeG1NoSubgroupCheck(in);
    if (!p.isInSubgroup()) {
      throw new IllegalArgumentException("G1 point " + p + " is on the curve but not in the subgroup of order r");
    }
    return p;
  }

  /** A G1 point from 48 or 96 bytes, checked on the curve but not for the subgroup. */
  public static G1Affine decodeG1NoSubgroupCheck(byte[] in) {
    boolean compressed = flagsFor(in, G1_COMPRESSED, G1_UNCOMPRESSED, "G1");
    if (infinity(in, compressed, "G1")) {
      return G1Affine.INFINITY;
    }
    Fp x = coordinate(in, 0, "G1 x");
    if (compressed) {
      Fp y2 = x.square().multiply(x).add(Fp.of(4));
      Fp y = y2.sqrt().orElseThrow(() -> new IllegalArgumentException(
          "G1 x = " + x + " is not the x coordinate of a point on y² = x³ + 4"));
      if (largest(y) != ((in[0] & LARGEST) != 0)) {
        y = y.negate();
      }
      return G1Affine.ofUnchecked(x, y);
    }
    return G1Affine.onCurve(x, coordinate(in, Fp.BYTES, "G1 y"));
  }

  /** A G2 point from 96 (compressed) or 192 (uncompressed) bytes, checked on the twist and in G2. */
  public static G2Affine decodeG2(byte[] in) {
    G2Affine q = decodeG2NoSubgroupCheck(in);
    if (!q.isInSubgroup()) {
      throw new IllegalArgumentException("G2 point " + q + " is on the twist but not in the subgroup of order r");
    }
    return q;
  }

  /** A G2 point from 96 or 192 bytes, checked on the twist but not for the subgroup. */
  public static G2Affine decodeG2NoSubgroupCheck(byte[] in) {
    boolean compressed = flagsFor(in, G2_COMPRESSED, G2_UNCOMPRESSED, "G2");
    if (infinity(in, compressed, "G2")) {
      return G2Affine.INFINITY;
    }
    Fp2 x = Fp2.of(coordinate(in, Fp.BYTES, "G2 x.c0"), coordinate(in, 0, "G2 x.c1"));
    if (compressed) {
      Fp2 b = Fp2.of(Fp.of(4), Fp.of(4));
      Optional<Fp2> root = x.square().multiply(x).add(b).sqrt();
      Fp2 y = root.orElseThrow(() -> new IllegalArgumentException(
          "G2 x = " + x + " is not the x coordinate of a point on y² = x³ + 4(1 + u)"));
      if (largest(y) != ((in[0] & LARGEST) != 0)) {
        y = y.negate();
      }
      return G2Affine.ofUnchecked(x, y);
    }
    Fp2 y = Fp2.of(coordinate(in, 3 * Fp.BYTES, "G2 y.c0"), coordinate(in, 2 * Fp.BYTES, "G2 y.c1"));
    return G2Affine.onCurve(x, y);
  }

  /** Whether the input is compressed, from its length and flag; refuses a length or flags that do not fit. */
  private static boolean flagsFor(byte[] in, int compressedSize, int uncompressedSize, String group) {
    if (in.length != compressedSize && in.length != uncompressedSize) {
      throw new IllegalArgumentException(group + " point needs " + compressedSize + " (compressed) or "
          + uncompressedSize + " (uncompressed) bytes, got " + in.length);
    }
    boolean compressed = (in[0] & COMPRESSED) != 0;
    if (compressed != (in.length == compressedSize)) {
      throw new IllegalArgumentException(group + " point of " + in.length + " bytes has the compression flag "
          + (compressed ? "set" : "clear"));
    }
    if (!compressed && (in[0] & LARGEST) != 0) {
      throw new IllegalArgumentException(group + " uncompressed point has the sort flag set");
    }
    return compressed;
  }

  /** Whether the infinity flag is set; then every other bit must be zero. */
  private static boolean infinity(byte[] in, boolean compressed, String group) {
    if ((in[0] & INFINITY) == 0) {
      return false;
    }
    byte[] rest = in.clone();
    rest[0] &= (byte) ~(COMPRESSED | INFINITY);
    if (!Arrays.equals(rest, new byte[rest.length])) {
      throw new IllegalArgumentException(group + " point at infinity must have every other bit zero");
    }
    return true;
  }

  private static Fp coordinate(byte[] in, int off, String what) {
    byte[] c = Arrays.copyOfRange(in, off, off + Fp.BYTES);
    if (off == 0) {
      c[0] &= (byte) ~FLAGS;
    }
    try {
      return Fp.fromBytesBE(c);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }
}
