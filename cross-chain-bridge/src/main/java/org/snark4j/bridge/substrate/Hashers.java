package org.snark4j.bridge.substrate;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * The hashers of Substrate storage keys and signing: BLAKE2b with 128, 256 and 512-bit outputs (Bouncy Castle)
 * and xxHash64-based twox64/128/256 (xxHash64 of the data with seeds 0, 1, 2..., each little-endian; our own
 * xxHash64, checked against the well-known System.Account prefix).
 */
public final class Hashers {
  private Hashers() {}

  public static byte[] blake2(int bits, byte[] data) {
    Blake2bDigest d = new Blake2bDigest(bits);
    d.update(data, 0, data.length);
    byte[] out = new byte[bits / 8];
    d.doFinal(out, 0);
    return out;
  }

  public static byte[] blake2_128(byte[] data) {
    return blake2(128, data);
  }

  public static byte[] blake2_256(byte[] data) {
    return blake2(256, data);
  }

  /** blake2_128(data) ‖ data: the map hasher that keeps the key readable. */
  public static byte[] blake2_128Concat(byte[] data) {
    byte[] h = blake2_128(data);
    byte[] out = java.util.Arrays.copyOf(h, 16 + data.length);
    System.arraycopy(data, 0, out, 16, data.length);
    return out;
  }

  public static byte[] twox(int bits, byte[] data) {
    byte[] out = new byte[bits / 8];
    for (int i = 0; i < bits / 64; i++) {
      long h = xxh64(data, i);
      for (int j = 0; j < 8; j++) {
        out[8 * i + j] = (byte) (h >>> (8 * j));
      }
    }
    return out;
  }

  public static byte[] twox128(String s) {
    return twox(128, s.getBytes(StandardCharsets.UTF_8));
  }

  private static final long P1 = 0x9E3779B185EBCA87L;
  private static final long P2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P3 = 0x165667B19E3779F9L;
  private static final long P4 = 0x85EBCA77C2B2AE63L;
  private static final long P5 = 0x27D4EB2F165667C5L;

  /** xxHash64 (Yann Collet's specification). */
  static long xxh64(byte[] b, long seed) {
    int n = b.length;
    int i = 0;
    long h;
    if (n >= 32) {
      long v1 = seed + P1 + P2;
      long v2 = seed + P2;
      long v3 = seed;
      long v4 = seed - P1;
      for (; i + 32 <= n; i += 32) {
        v1 = round(v1, le64(b, i));
        v2 = round(v2, le64(b, i + 8));
        v3 = round(v3, le64(b, i + 16));
        v4 = round(v4, le64(b, i + 24));
      }
      h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
      h = merge(h, v1);
      h = merge(h, v2);
      h = merge(h, v3);
      h = merge(h, v4);
    } else {
      h = seed + P5;
    }
    h += n;
    for (; i + 8 <= n; i += 8) {
      h ^= round(0, le64(b, i));
      h = Long.rotateLeft(h, 27) * P1 + P4;
    }
    if (i + 4 <= n) {
      h ^= (le32(b, i) & 0xFFFFFFFFL) * P1;
      h = Long.rotateLeft(h, 23) * P2 + P3;
      i += 4;
    }
    for (; i < n; i++) {
      h ^= (b[i] & 0xFFL) * P5;
      h = Long.rotateLeft(h, 11) * P1;
    }
    h ^= h >>> 33;
    h *= P2;
    h ^= h >>> 29;
    h *= P3;
    h ^= h >>> 32;
    return h;
  }

  private static long round(long acc, long input) {
    acc += input * P2;
    acc = Long.rotateLeft(acc, 31);
    return acc * P1;
  }

  private static long merge(long h, long v) {
    h ^= round(0, v);
    return h * P1 + P4;
  }

  private static long le64(byte[] b, int i) {
    long v = 0;
    for (int j = 7; j >= 0; j--) {
      v = v << 8 | (b[i + j] & 0xFFL);
    }
    return v;
  }

  private static int le32(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
  }
}
