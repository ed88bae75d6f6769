package org.snark4j.circuits.gadgets.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.snark4j.circuits.Api;
import org.snark4j.circuits.Variable;

/**
 * SHA-256 (FIPS 180-4) of a fixed-length byte string in a circuit: the same digest as
 * {@code MessageDigest.getInstance("SHA-256")}. Words are 32 bits constrained to be bits; rotations and
 * shifts are free; XOR of three bits costs 2 constraints, Ch 1, Maj 2; each modular sum is a free linear
 * combination decomposed once into bits (35 for the round's new a and e, 34 for a schedule word). About
 * 26,200 constraints a 64-byte block (circomlib's Sha256 for one block: 29,380).
 */
public final class Sha256 {
  private Sha256() {}

  private static final int[] K = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

  private static final int[] IV = {
      0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

  /** The native twin: {@code MessageDigest} SHA-256. */
  public static byte[] hash(byte[] message) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(message);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /**
   * The digest of bytes given as variables, each constrained here to 0..255 (8 constraints a byte); returns
   * the 32 digest bytes as variables (each a free combination of constrained bits).
   */
  public static Variable[] hash(Api api, Variable[] bytes) {
    try (Api.Scope ignored = api.scope("SHA-256(" + bytes.length + " bytes)")) {
      Variable[] bits = new Variable[8 * bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        Variable[] b = api.toBinary(bytes[i], 8);
        for (int k = 0; k < 8; k++) {
          bits[8 * i + 7 - k] = b[k]; // message bits in order, most significant bit of each byte first
        }
      }
      Variable[] digestBits = hashBits(api, bits);
      Variable[] out = new Variable[32];
      for (int j = 0; j < 32; j++) {
        Variable v = api.constant(0);
        for (int k = 0; k < 8; k++) {
          v = api.add(v, api.mul(api.constant(1L << (7 - k)), digestBits[8 * j + k]));
        }
        out[j] = v;
      }
      return out;
    }
  }

  /**
   * The digest of a message given as bits in order (each byte's most significant bit first), already
   * constrained to be bits; returns the 256 digest bits in the same order.
   */
  public static Variable[] hashBits(Api api, Variable[] message) {
    long lengthBits = message.length;
    int blocks = (int) ((lengthBits + 1 + 64 + 511) / 512);
    Variable[] padded = new Variable[blocks * 512];
    System.arraycopy(message, 0, padded, 0, message.length);
    Variable zero = api.constant(0);
    for (int i = message.length; i < padded.length; i++) {
      padded[i] = zero;
    }
    padded[message.length] = api.constant(1);
    for (int i = 0; i < 64; i++) {
      if (((lengthBits >>> i) & 1) == 1) {
        padded[padded.length - 1 - i] = api.constant(1);
      }
    }
    Variable[][] h = new Variable[8][];
    for (int i = 0; i < 8; i++) {
      h[i] = constantWord(api, IV[i]);
    }
    for (int b = 0; b < blocks; b++) {
      Variable[][] w = new Variable[16][];
      for (int t = 0; t < 16; t++) {
        w[t] = new Variable[32];
        for (int i = 0; i < 32; i++) {
          w[t][i] = padded[b * 512 + t * 32 + 31 - i];
        }
      }
      h = compress(api, h, w);
    }
    Variable[] out = new Variable[256];
    for (int k = 0; k < 8; k++) {
      for (int i = 0; i < 32; i++) {
        out[k * 32 + 31 - i] = h[k][i];
      }
    }
    return out;
  }

  /** A word as 32 bits, bit i worth 2^i. */
  private static Variable[] constantWord(Api api, int v) {
    Variable[] w = new Variable[32];
    for (int i = 0; i < 32; i++) {
      w[i] = api.constant((v >>> i) & 1);
    }
    return w;
  }

  private static Variable[][] compress(Api api, Variable[][] h, Variable[][] block) {
    Variable[][] w = new Variable[64][];
    System.arraycopy(block, 0, w, 0, 16);
    for (int t = 16; t < 64; t++) {
      Variable[] s0 = xor3(api, rotr(w[t - 15], 7), rotr(w[t - 15], 18), shr(api, w[t - 15], 3));
      Variable[] s1 = xor3(api, rotr(w[t - 2], 17), rotr(w[t - 2], 19), shr(api, w[t - 2], 10));
      w[t] = sum(api, 34, value(api, s1), value(api, w[t - 7]), value(api, s0), value(api, w[t - 16]));
    }
    Variable[] a = h[0];
    Variable[] b = h[1];
    Variable[] c = h[2];
    Variable[] d = h[3];
    Variable[] e = h[4];
    Variable[] f = h[5];
    Variable[] g = h[6];
    Variable[] hh = h[7];
    for (int t = 0; t < 64; t++) {
      Variable[] bigS1 = xor3(api, rotr(e, 6), rotr(e, 11), rotr(e, 25));
      Variable[] ch = new Variable[32];
      for (int i = 0; i < 32; i++) {
        ch[i] = api.add(api.mul(e[i], api.sub(f[i], g[i])), g[i]); // e ? f : g
      }
      Variable t1 = api.add(value(api, hh), value(api, bigS1), value(api, ch),
          api.constant(Integer.toUnsignedLong(K[t])), value(api, w[t]));
      Variable[] bigS0 = xor3(api, rotr(a, 2), rotr(a, 13), rotr(a, 22));
      Variable[] maj = new Variable[32];
      for (int i = 0; i < 32; i++) {
        // maj(a, b, c) = a·(b + c - 2bc) + bc
        Variable bc = api.mul(b[i], c[i]);
        maj[i] = api.add(api.mul(a[i], api.sub(api.add(b[i], c[i]), api.mul(api.constant(2), bc))), bc);
      }
      Variable t2 = api.add(value(api, bigS0), value(api, maj));
      hh = g;
      g = f;
      f = e;
      e = sum(api, 35, value(api, d), t1);
      d = c;
      c = b;
      b = a;
      a = sum(api, 35, t1, t2);
    }
    Variable[][] out = new Variable[8][];
    Variable[][] s = {a, b, c, d, e, f, g, hh};
    for (int i = 0; i < 8; i++) {
      out[i] = sum(api, 33, value(api, h[i]), value(api, s[i]));
    }
    return out;
  }

  /** Σ bitsᵢ·2^i (free). */
  private static Variable value(Api api, Variable[] bits) {
    Variable v = api.constant(0);
    for (int i = 0; i < 32; i++) {
      v = api.add(v, api.mul(api.constant(1L << i), bits[i]));
    }
    return v;
  }

  /** The low 32 bits of a sum known to be below 2^width: width constraints. */
  private static Variable[] sum(Api api, int width, Variable... terms) {
    Variable s = api.constant(0);
    for (Variable t : terms) {
      s = api.add(s, t);
    }
    return java.util.Arrays.copyOf(api.toBinary(s, width), 32);
  }

  private static Variable[] rotr(Variable[] x, int n) {
    Variable[] r = new Variable[32];
    for (int i = 0; i < 32; i++) {
      r[i] = x[(i + n) % 32];
    }
    return r;
  }

  private static Variable[] shr(Api api, Variable[] x, int n) {
    Variable[] r = new Variable[32];
    for (int i = 0; i < 32; i++) {
      r[i] = i + n < 32 ? x[i + n] : api.constant(0);
    }
    return r;
  }

  /** a ⊕ b ⊕ c bitwise: 2 constraints a bit (b·c, then a·(1 - 2b - 2c + 4bc)); fewer with constants. */
  private static Variable[] xor3(Api api, Variable[] a, Variable[] b, Variable[] c) {
    Variable[] r = new Variable[32];
    Variable one = api.constant(1);
    Variable two = api.constant(2);
    Variable four = api.constant(4);
    for (int i = 0; i < 32; i++) {
      Variable bc = api.mul(b[i], c[i]);
      Variable factor = api.add(api.sub(api.sub(one, api.mul(two, b[i])), api.mul(two, c[i])), api.mul(four, bc));
      r[i] = api.add(api.mul(a[i], factor), api.sub(api.add(b[i], c[i]), api.mul(two, bc)));
    }
    return r;
  }

}
