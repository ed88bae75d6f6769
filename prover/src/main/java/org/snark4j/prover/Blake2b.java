package org.snark4j.prover;

/**
 * BLAKE2b-512 (RFC 7693, unkeyed) whose state can be saved and resumed: a Powers of Tau contribution stores the
 * state of its response hash just before the public key is hashed (216 bytes: the 128-byte block buffer, the
 * eight chaining words as little-endian 32-bit halves, low half first, the number of bytes already compressed
 * as two 32-bit words, and the number of bytes in the buffer). As in snarkjs's hasher, the last block is kept
 * in the buffer until more input comes, so a saved state can be resumed with more input. Bouncy Castle's digest
 * gives no access to its state; this one is checked against it in the tests.
 */
final class Blake2b {
  private static final long[] IV = {
    0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
    0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L
  };
  private static final byte[][] SIGMA = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}
  };

  private static final java.lang.invoke.VarHandle LONG_LE =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** Size of a saved state. */
  static final int STATE_BYTES = 216;

  private final long[] h = new long[8];
  private final byte[] buffer = new byte[128];
  private final long[] m = new long[16];
  private final long[] v = new long[16];
  private int pos;
  private long compressed; // bytes already compressed (a 128-bit counter in the spec; 2^64 bytes is plenty)

  Blake2b() {
    System.arraycopy(IV, 0, h, 0, 8);
    h[0] ^= 0x01010040L; // digest length 64, no key, fanout 1, depth 1
  }

  static byte[] hash(byte[]... parts) {
    Blake2b b = new Blake2b();
    for (byte[] p : parts) {
      b.update(p);
    }
    return b.digest();
  }

  Blake2b update(byte[] data) {
    return update(data, 0, data.length);
  }

  Blake2b update(byte[] data, int off, int len) {
    while (len > 0) {
      if (pos == 128) {
        compressed += 128;
        compress(buffer, 0, false);
        pos = 0;
      }
      int take = Math.min(128 - pos, len);
      System.arraycopy(data, off, buffer, pos, take);
      pos += take;
      off += take;
      len -= take;
    }
    return this;
  }

  byte[] digest() {
    java.util.Arrays.fill(buffer, pos, 128, (byte) 0);
    compressed += pos;
    compress(buffer, 0, true);
    byte[] out = new byte[64];
    for (int i = 0; i < 64; i++) {
      out[i] = (byte) (h[i >> 3] >>> (8 * (i & 7)));
    }
    return out;
  }

  /** The state in snarkjs's 216-byte partial-hash layout. */
  byte[] saveState() {
    byte[] s = new byte[STATE_BYTES];
    System.arraycopy(buffer, 0, s, 0, 128);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(s).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 8; i++) {
      b.putLong(128 + 8 * i, h[i]); // little-endian: low 32-bit half first
    }
    b.putLong(192, compressed);
    b.putInt(200, pos);
    return s;
  }

  /** Resumes a state saved by {@link #saveState} (or by snarkjs). */
  static Blake2b resume(byte[] state) {
    if (state.length != STATE_BYTES) {
      throw new IllegalArgumentException("a saved BLAKE2b state is " + STATE_BYTES + " bytes, got " + state.length);
    }
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(state).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    long compressed = b.getLong(192);
    int pos = b.getInt(200);
    if (pos < 0 || pos > 128 || compressed < 0 || compressed % 128 != 0) {
      throw new IllegalArgumentException("not a BLAKE2b state: " + pos + " bytes buffered after " + compressed);
    }
    Blake2b r = new Blake2b();
    System.arraycopy(state, 0, r.buffer, 0, 128);
    for (int i = 0; i < 8; i++) {
      r.h[i] = b.getLong(128 + 8 * i);
    }
    r.compressed = compressed;
    r.pos = pos;
    return r;
  }

  private void compress(byte[] block, int off, boolean last) {
    for (int i = 0; i < 16; i++) {
      m[i] = (long) LONG_LE.get(block, off + 8 * i);
    }
    System.arraycopy(h, 0, v, 0, 8);
    System.arraycopy(IV, 0, v, 8, 8);
    v[12] ^= compressed;
    if (last) {
      v[14] = ~v[14];
    }
    for (int r = 0; r < 12; r++) {
      byte[] s = SIGMA[r % 10];
      g(0, 4, 8, 12, m[s[0]], m[s[1]]);
      g(1, 5, 9, 13, m[s[2]], m[s[3]]);
      g(2, 6, 10, 14, m[s[4]], m[s[5]]);
      g(3, 7, 11, 15, m[s[6]], m[s[7]]);
      g(0, 5, 10, 15, m[s[8]], m[s[9]]);
      g(1, 6, 11, 12, m[s[10]], m[s[11]]);
      g(2, 7, 8, 13, m[s[12]], m[s[13]]);
      g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; i++) {
      h[i] ^= v[i] ^ v[i + 8];
    }
  }

  private void g(int a, int b, int c, int d, long x, long y) {
    v[a] += v[b] + x;
    v[d] = Long.rotateRight(v[d] ^ v[a], 32);
    v[c] += v[d];
    v[b] = Long.rotateRight(v[b] ^ v[c], 24);
    v[a] += v[b] + y;
    v[d] = Long.rotateRight(v[d] ^ v[a], 16);
    v[c] += v[d];
    v[b] = Long.rotateRight(v[b] ^ v[c], 63);
  }
}
