package org.snark4j.formats;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.snark4j.core.bn254.FlatPoints;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.SnarkjsBinaryCodec;

/**
 * The points of a .zkey or .ptau section in snarkjs's binary form ({@link SnarkjsBinaryCodec}: affine,
 * Montgomery form, little-endian, (0, 0) for infinity), read with every check and a {@link FormatException}
 * that names the section and the point ("A[3]", "alpha1"). Lists are read straight into flat limbs and checked
 * on all cores; G2 lists are checked in the subgroup all at once.
 */
public final class SnarkjsPoints {
  private SnarkjsPoints() {}

  /** One G1 point at the section's position (a header field, a contribution's key), checked. */
  public static G1Affine g1(BinFile.Section s, String what) {
    return g1At(s.what(), s.take(SnarkjsBinaryCodec.G1_BYTES, what), 0, what, -1);
  }

  /** One G2 point at the section's position, checked on the twist and in the subgroup. */
  public static G2Affine g2(BinFile.Section s, String what) {
    return g2At(s.what(), s.take(SnarkjsBinaryCodec.G2_BYTES, what), 0, what, -1, true);
  }

  /** The section as exactly {@code count} G1 points in flat limbs (8 longs each), all checked. */
  public static long[] g1s(BinFile.Section s, int count, String what) {
    int size = SnarkjsBinaryCodec.G1_BYTES;
    ByteBuffer b = whole(s, count, size, what);
    long[] out = SnarkjsBinaryCodec.readLimbsUnchecked(b, 0, FlatPoints.G1_LONGS * count);
    int bad = FlatPoints.firstInvalidG1(out, count, ForkJoinPool.commonPool());
    if (bad >= 0) {
      g1At(s.what(), b, bad * size, what, bad); // throws, naming the coordinate or the curve
      throw new FormatException(s.what() + ": " + label(what, bad) + " is not a valid G1 point");
    }
    return out;
  }

  /** The section as exactly {@code count} G1 points, as a list. */
  public static List<G1Affine> g1List(BinFile.Section s, int count, String what) {
    return FlatPoints.g1List(g1s(s, count, what));
  }

  /** The section as exactly {@code count} G2 points in flat limbs (16 longs each), on the twist and in the subgroup. */
  public static long[] g2s(BinFile.Section s, int count, String what) {
    int size = SnarkjsBinaryCodec.G2_BYTES;
    ByteBuffer b = whole(s, count, size, what);
    long[] out = SnarkjsBinaryCodec.readLimbsUnchecked(b, 0, FlatPoints.G2_LONGS * count);
    ForkJoinPool pool = ForkJoinPool.commonPool();
    int bad = FlatPoints.firstInvalidG2(out, count, pool);
    if (bad >= 0) {
      g2At(s.what(), b, bad * size, what, bad, false); // throws, naming the coordinate or the twist
      throw new FormatException(s.what() + ": " + label(what, bad) + " is not a valid G2 point");
    }
    if (!FlatPoints.allG2InSubgroup(out, count, pool)) {
      int first = IntStream.range(0, count).parallel()
          .filter(i -> !FlatPoints.g2(out, i).isInSubgroup()).findFirst().orElseThrow();
      throw new FormatException(s.what() + ": " + label(what, first) + " is on the twist but not in the subgroup "
          + "of order r");
    }
    return out;
  }

  /** The G1 point at {@code off} in {@code b}; {@code index} ≥ 0 names it as a list element. */
  public static G1Affine g1At(String section, ByteBuffer b, int off, String what, int index) {
    try {
      return SnarkjsBinaryCodec.readG1(b, off, label(what, index));
    } catch (IllegalArgumentException e) {
      throw new FormatException(section + ": " + e.getMessage());
    }
  }

  /**
   * The G2 point at {@code off} in {@code b}, checked on the twist, and in the subgroup when asked (a caller
   * that reads many checks them at once with {@link G2Affine#allInSubgroup}).
   */
  public static G2Affine g2At(String section, ByteBuffer b, int off, String what, int index, boolean subgroup) {
    try {
      return subgroup ? SnarkjsBinaryCodec.readG2(b, off, label(what, index))
          : SnarkjsBinaryCodec.readG2OnTwist(b, off, label(what, index));
    } catch (IllegalArgumentException e) {
      throw new FormatException(section + ": " + e.getMessage());
    }
  }

  /** One G1 point in snarkjs's binary form. */
  public static byte[] bytes(G1Affine p) {
    byte[] b = new byte[SnarkjsBinaryCodec.G1_BYTES];
    SnarkjsBinaryCodec.writeG1(p, ByteBuffer.wrap(b), 0);
    return b;
  }

  /** One G2 point in snarkjs's binary form. */
  public static byte[] bytes(G2Affine p) {
    byte[] b = new byte[SnarkjsBinaryCodec.G2_BYTES];
    SnarkjsBinaryCodec.writeG2(p, ByteBuffer.wrap(b), 0);
    return b;
  }

  /** The rest of the section, which must be exactly {@code count} points of {@code size} bytes. */
  private static ByteBuffer whole(BinFile.Section s, int count, int size, String what) {
    if ((long) count * size != s.remaining()) {
      throw new FormatException(s.what() + ": " + count + " points need " + (long) count * size
          + " bytes, the section has " + s.remaining());
    }
    return s.take(count * size, what);
  }

  /** "A[3]" for a list element, "alpha1" for a single point (index −1). */
  private static String label(String what, int index) {
    return index < 0 ? what : what + "[" + index + "]";
  }
}
