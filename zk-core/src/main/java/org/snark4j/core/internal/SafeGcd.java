package org.snark4j.core.internal;

import java.math.BigInteger;

/**
 * Inversion modulo an odd modulus by Bernstein and Yang's divsteps ("Fast constant-time gcd computation and
 * modular inversion", 2019), in the variable-time form: runs of zeros are skipped, and the loop ends when g
 * reaches zero. Values are held as signed 30-bit limbs in {@code long}s (the last limb carries the sign), so
 * every product of a transition-matrix entry (at most 2^30) and a limb stays far inside 64 bits. Thirty divsteps
 * at a time are taken on the low limbs alone; their 2×2 matrix is then applied to (f, g) and, modulo the
 * modulus, to (d, e), where d·x ≡ f and e·x ≡ g (up to a known power of 2 that the matrix's scaling cancels).
 *
 * <p>Not constant-time: the number of steps and the branches depend on the input. Written for any odd modulus
 * (the curves' base and scalar fields); an instance is immutable and thread-safe, and {@link #inverse} allocates
 * only its working limbs.
 */
public final class SafeGcd {
  private static final long M30 = (1L << 30) - 1;

  private final BigInteger modulusValue;
  private final int words;
  private final int limbs;
  private final long[] modulus;
  private final long inv30;

  /**
   * @param modulus odd and greater than 1
   * @throws IllegalArgumentException otherwise
   */
  public SafeGcd(BigInteger modulus) {
    if (modulus.signum() <= 0 || !modulus.testBit(0) || modulus.equals(BigInteger.ONE)) {
      throw new IllegalArgumentException("modulus must be odd and greater than 1, got " + modulus);
    }
    this.modulusValue = modulus;
    int bits = modulus.bitLength();
    this.words = (bits + 63) / 64;
    this.limbs = bits / 30 + 1; // 30·(limbs − 1) ≤ bits < 30·limbs: the top limb holds fewer than 30 bits
    this.modulus = new long[limbs];
    for (int i = 0; i < limbs; i++) {
      this.modulus[i] = modulus.shiftRight(30 * i).longValue() & M30;
    }
    this.inv30 = modulus.modInverse(BigInteger.ONE.shiftLeft(30)).longValue();
  }

  /** 64-bit words of an element (the ceiling of the modulus's bits over 64). */
  public int words() {
    return words;
  }

  /**
   * z = x^-1 mod m for the little-endian words x[xo..] of a value below m, written as words at z[zo..] (z may
   * be x). x = 0 gives 0.
   *
   * @throws ArithmeticException when x and the modulus share a factor (never for a prime modulus and 0 &lt; x &lt; m)
   * @throws IllegalArgumentException when x has more bits than the working limbs hold (a value far above m)
   */
  public void inverse(long[] z, int zo, long[] x, int xo) {
    int n = limbs;
    long[] f = modulus.clone();
    long[] g = new long[n];
    long[] d = new long[n];
    long[] e = new long[n];
    long[] t = new long[4];
    boolean zero = true;
    for (int i = 0; i < n; i++) {
      g[i] = bits(x, xo, 30 * i);
      zero &= g[i] == 0;
    }
    for (int at = 30 * n; at < 64 * words; at += 30) {
      if (bits(x, xo, at) != 0) {
        throw new IllegalArgumentException("expected a value below the " + modulusValue.bitLength()
            + "-bit modulus, got one with bit " + at + " or above set");
      }
    }
    if (zero) {
      for (int i = 0; i < words; i++) {
        z[zo + i] = 0;
      }
      return;
    }
    e[0] = 1;
    int eta = -1;
    int len = n;
    while (true) {
      eta = divsteps(eta, (int) f[0], (int) g[0], t);
      updateDe(d, e, t);
      updateFg(f, g, len, t);
      if (g[0] == 0) {
        long rest = 0;
        for (int i = 1; i < len; i++) {
          rest |= g[i];
        }
        if (rest == 0) {
          break;
        }
      }
      long fn = f[len - 1];
      long gn = g[len - 1];
      if (len > 1 && (fn ^ (fn >> 63)) == 0 && (gn ^ (gn >> 63)) == 0) {
        // both top limbs are only sign: fold them into the limb below and work on one limb fewer
        f[len - 2] |= fn << 30;
        g[len - 2] |= gn << 30;
        len--;
      }
    }
    // f is now ±gcd(x, m); the inverse is d·sign(f)
    boolean negative = f[len - 1] < 0;
    if (!isUnit(f, len)) {
      throw new ArithmeticException("not invertible: the value shares a factor with the modulus");
    }
    normalize(d, negative);
    toWords(z, zo, d);
  }

  /** Whether the signed limbs f[0..len) hold +1 or −1. */
  private static boolean isUnit(long[] f, int len) {
    long[] v = new long[len];
    System.arraycopy(f, 0, v, 0, len);
    carry(v, len);
    boolean negative = v[len - 1] < 0;
    if (negative) {
      for (int i = 0; i < len; i++) {
        v[i] = -v[i];
      }
      carry(v, len);
    }
    if (v[0] != 1) {
      return false;
    }
    for (int i = 1; i < len; i++) {
      if (v[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Thirty divsteps on the low bits of f (odd) and g, starting from eta (minus Bernstein–Yang's delta). Writes
   * the transition matrix (u, v, q, r), scaled by 2^30, into t and returns the new eta.
   */
  private static int divsteps(int eta, int f, int g, long[] t) {
    int u = 1;
    int v = 0;
    int q = 0;
    int r = 1;
    int i = 30;
    while (true) {
      int zeros = Integer.numberOfTrailingZeros(g | (-1 << i));
      g >>>= zeros;
      u <<= zeros;
      v <<= zeros;
      eta -= zeros;
      i -= zeros;
      if (i == 0) {
        break;
      }
      int w;
      if (eta < 0) { // swap f and g (negating the new g) and take as many steps as are certain
        eta = -eta;
        int tmp = f;
        f = g;
        g = -tmp;
        tmp = u;
        u = q;
        q = -tmp;
        tmp = v;
        v = r;
        r = -tmp;
        int limit = Math.min(eta + 1, i);
        int mask = (-1 >>> (32 - limit)) & 63;
        w = (f * g * (f * f - 2)) & mask; // −g/f mod 2^6: f(2 − f²) is 1/f mod 2^6 for odd f
      } else {
        int limit = Math.min(eta + 1, i);
        int mask = (-1 >>> (32 - limit)) & 15;
        w = f + (((f + 1) & 4) << 1); // 1/f mod 2^4
        w = (-w * g) & mask;
      }
      g += f * w;
      q += u * w;
      r += v * w;
    }
    t[0] = u;
    t[1] = v;
    t[2] = q;
    t[3] = r;
    return eta;
  }

  /** (f, g) = t·(f, g) / 2^30 on the first len limbs (exact: the low 30 bits of both sums are zero). */
  private static void updateFg(long[] f, long[] g, int len, long[] t) {
    long u = t[0];
    long v = t[1];
    long q = t[2];
    long r = t[3];
    long cf = u * f[0] + v * g[0];
    long cg = q * f[0] + r * g[0];
    cf >>= 30;
    cg >>= 30;
    for (int i = 1; i < len; i++) {
      long fi = f[i];
      long gi = g[i];
      cf += u * fi + v * gi;
      cg += q * fi + r * gi;
      f[i - 1] = cf & M30;
      g[i - 1] = cg & M30;
      cf >>= 30;
      cg >>= 30;
    }
    f[len - 1] = cf;
    g[len - 1] = cg;
  }

  /**
   * (d, e) = (t·(d, e) + m·(md, me)) / 2^30, with md and me chosen so that the division is exact and the
   * results stay in (−2m, m).
   */
  private void updateDe(long[] d, long[] e, long[] t) {
    int n = limbs;
    long u = t[0];
    long v = t[1];
    long q = t[2];
    long r = t[3];
    long sd = d[n - 1] >> 63;
    long se = e[n - 1] >> 63;
    long md = (u & sd) + (v & se);
    long me = (q & sd) + (r & se);
    long cd = u * d[0] + v * e[0];
    long ce = q * d[0] + r * e[0];
    md -= (inv30 * cd + md) & M30;
    me -= (inv30 * ce + me) & M30;
    cd += modulus[0] * md;
    ce += modulus[0] * me;
    cd >>= 30;
    ce >>= 30;
    for (int i = 1; i < n; i++) {
      long di = d[i];
      long ei = e[i];
      cd += u * di + v * ei + modulus[i] * md;
      ce += q * di + r * ei + modulus[i] * me;
      d[i - 1] = cd & M30;
      e[i - 1] = ce & M30;
      cd >>= 30;
      ce >>= 30;
    }
    d[n - 1] = cd;
    e[n - 1] = ce;
  }

  /** d (in (−2m, m)) negated when negate, brought into [0, m), limbs canonical. */
  private void normalize(long[] d, boolean negate) {
    int n = limbs;
    carry(d, n);
    if (d[n - 1] < 0) {
      addModulus(d);
    }
    if (negate) {
      for (int i = 0; i < n; i++) {
        d[i] = -d[i];
      }
      carry(d, n);
    }
    while (d[n - 1] < 0) {
      addModulus(d);
    }
    while (!lessThanModulus(d)) {
      for (int i = 0; i < n; i++) {
        d[i] -= modulus[i];
      }
      carry(d, n);
    }
  }

  private void addModulus(long[] d) {
    for (int i = 0; i < limbs; i++) {
      d[i] += modulus[i];
    }
    carry(d, limbs);
  }

  private boolean lessThanModulus(long[] d) {
    for (int i = limbs - 1; i >= 0; i--) {
      if (d[i] != modulus[i]) {
        return d[i] < modulus[i];
      }
    }
    return false;
  }

  /** Limbs 0..len−2 into [0, 2^30), the carries into the last limb (which keeps the sign). */
  private static void carry(long[] v, int len) {
    for (int i = 0; i < len - 1; i++) {
      long c = v[i] >> 30;
      v[i] &= M30;
      v[i + 1] += c;
    }
  }

  /** Bits [at, at + 30) of the little-endian words x[xo..xo + words). */
  private long bits(long[] x, int xo, int at) {
    int w = at >>> 6;
    int off = at & 63;
    if (w >= words) {
      return 0;
    }
    long v = x[xo + w] >>> off;
    if (off > 34 && w + 1 < words) {
      v |= x[xo + w + 1] << (64 - off);
    }
    return v & M30;
  }

  /** The canonical limbs d (a value in [0, m)) as little-endian words. */
  private void toWords(long[] z, int zo, long[] d) {
    for (int i = 0; i < words; i++) {
      z[zo + i] = 0;
    }
    for (int i = 0; i < limbs; i++) {
      int at = 30 * i;
      int w = at >>> 6;
      int off = at & 63;
      if (w >= words) { // a top limb past the last word (the modulus fills its words): zero, as d < m
        break;
      }
      z[zo + w] |= d[i] << off;
      if (off > 34 && w + 1 < words) {
        z[zo + w + 1] |= d[i] >>> (64 - off);
      }
    }
  }

  @Override
  public String toString() {
    return "SafeGcd(" + modulusValue.bitLength() + "-bit modulus)";
  }
}
