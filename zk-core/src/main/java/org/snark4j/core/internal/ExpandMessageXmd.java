package org.snark4j.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * expand_message_xmd with SHA-256 (RFC 9380, section 5.3.1): a message and a domain separation tag stretched
 * to a requested number of uniform bytes, the first step of hash-to-field. Free of any curve.
 */
public final class ExpandMessageXmd {
  private ExpandMessageXmd() {}

  private static final int B_IN_BYTES = 32;
  private static final int S_IN_BYTES = 64;

  /**
   * The len bytes of expand_message_xmd(msg, dst, len) with SHA-256.
   *
   * @throws IllegalArgumentException if len is not in [1, 65535] or needs more than 255 hash blocks, or the
   *     tag is longer than 255 bytes (RFC 9380 hashes a longer tag first; callers do that)
   */
  public static byte[] expand(byte[] msg, byte[] dst, int len) {
    if (len < 1 || len > 65535) {
      throw new IllegalArgumentException("expand_message_xmd length must be in [1, 65535], got " + len);
    }
    int ell = (len + B_IN_BYTES - 1) / B_IN_BYTES;
    if (ell > 255) {
      throw new IllegalArgumentException("expand_message_xmd with SHA-256 gives at most 8160 bytes, asked " + len);
    }
    if (dst.length > 255) {
      throw new IllegalArgumentException("domain separation tag must be at most 255 bytes, got " + dst.length);
    }
    MessageDigest h = sha256();
    byte[] dstPrime = new byte[dst.length + 1];
    System.arraycopy(dst, 0, dstPrime, 0, dst.length);
    dstPrime[dst.length] = (byte) dst.length;
    h.update(new byte[S_IN_BYTES]);
    h.update(msg);
    h.update(new byte[] {(byte) (len >>> 8), (byte) len, 0});
    h.update(dstPrime);
    byte[] b0 = h.digest();
    byte[] out = new byte[len];
    byte[] bi = new byte[B_IN_BYTES];
    for (int i = 1; i <= ell; i++) {
      byte[] x = new byte[B_IN_BYTES];
      for (int k = 0; k < B_IN_BYTES; k++) {
        x[k] = (byte) (b0[k] ^ (i == 1 ? 0 : bi[k]));
      }
      h.update(x);
      h.update((byte) i);
      h.update(dstPrime);
      bi = h.digest();
      System.arraycopy(bi, 0, out, (i - 1) * B_IN_BYTES, Math.min(B_IN_BYTES, len - (i - 1) * B_IN_BYTES));
    }
    return out;
  }

  /** The tag as RFC 9380 uses it: longer than 255 bytes, it becomes SHA-256("H2C-OVERSIZE-DST-" ‖ tag). */
  public static byte[] tag(byte[] dst) {
    if (dst.length <= 255) {
      return dst;
    }
    MessageDigest h = sha256();
    h.update("H2C-OVERSIZE-DST-".getBytes(StandardCharsets.US_ASCII));
    return h.digest(dst);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
