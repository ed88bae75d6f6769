package org.snark4j.core.bn254;

import java.math.BigInteger;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.snark4j.core.bn254.internal.FrArith;
import org.snark4j.core.bn254.internal.NttEngine;
import org.snark4j.core.internal.Parallel;
import org.snark4j.core.bn254.internal.Simd;
import org.snark4j.core.bn254.internal.VectorNtt;

/**
 * A radix-2 evaluation domain {1, ω, ω², …, ω^(n-1)} in Fr for n = 2^k ≤ 2^28 (Fr's 2-adicity), with its
 * twiddles precomputed. ω = 5^((r-1)/n), the roots snarkjs and ffjavascript use (5 generates Fr*).
 *
 * <p>The flat forms work in place on n × 4 Montgomery longs ({@link Fr#montgomeryLimbs}); they are what a
 * prover uses. From 2^10 on, with the SIMD kernels in use ({@code --add-modules jdk.incubator.vector}), the
 * transforms run as a four-step NTT on 5×52-bit limbs, with the same results. Immutable (a SIMD twiddle
 * table is made on first use) and safe to share between threads.
 */
public final class NttDomain {
  /** Fr's 2-adicity: r - 1 = 2^28 · t with t odd. */
  public static final int MAX_LOG_SIZE = 28;
  /** The multiplicative generator of Fr* used for roots and the default coset. */
  public static final Fr GENERATOR = Fr.of(5);

  private final int n;
  private final Fr omega;
  private final long[] twiddles;
  private final long[] inverseTwiddles;
  private final long[] nInv = new long[4];
  private final Executor executor;

  private NttDomain(int n, Executor executor) {
    this.n = n;
    this.executor = executor;
    this.omega = rootOfUnity(n);
    this.twiddles = NttEngine.layerTwiddles(limbs(omega), n);
    this.inverseTwiddles = NttEngine.layerTwiddles(limbs(omega.inverse()), n);
    Fr.of(n).inverse().montgomeryLimbs(nInv, 0);
  }

  /** The domain of size n on the common pool. */
  public static NttDomain of(int n) {
    return of(n, ForkJoinPool.commonPool());
  }

  /**
   * The domain of size n.
   *
   * @throws IllegalArgumentException unless n is a power of two from 1 to 2^28
   */
  public static NttDomain of(int n, Executor executor) {
    if (n < 1 || Integer.bitCount(n) != 1 || n > (1 << MAX_LOG_SIZE)) {
      throw new IllegalArgumentException("NTT size must be a power of two from 1 to 2^28, got " + n);
    }
    return new NttDomain(n, executor);
  }

  /** A primitive n-th root of unity, n a power of two ≤ 2^28. */
  public static Fr rootOfUnity(int n) {
    BigInteger rm1 = Fr.MODULUS.subtract(BigInteger.ONE);
    return GENERATOR.pow(rm1.divide(BigInteger.valueOf(n)));
  }

  public int size() {
    return n;
  }

  /** ω. */
  public Fr omega() {
    return omega;
  }

  private volatile VectorNtt vector;

  /** The SIMD transform when it is in use and warm, else null. */
  private VectorNtt vector() {
    if (!Simd.warm() || n < VectorNtt.MIN_SIZE) { // in this order: VectorNtt needs the module
      return null;
    }
    VectorNtt v = vector;
    if (v == null) {
      synchronized (this) {
        v = vector;
        if (v == null) {
          vector = v = new VectorNtt(n, omega);
        }
      }
    }
    return v;
  }

  private static long[] limbs(Fr x) {
    long[] l = new long[4];
    x.montgomeryLimbs(l, 0);
    return l;
  }

  private void checkFlat(long[] a) {
    if (a.length != 4 * n) {
      throw new IllegalArgumentException("NTT of size " + n + " needs " + 4 * n + " longs, got " + a.length);
    }
  }

  /** Evaluations from coefficients, in place: a[i] ← Σ_j a[j]·ω^(ij). */
  public void forward(long[] a) {
    checkFlat(a);
    VectorNtt v = vector();
    if (v != null) {
      long[] x = v.fromMontgomery(a, true, executor);
      v.forward(x, executor);
      v.toMontgomery(x, false, a, executor);
      return;
    }
    NttEngine.transform(a, n, twiddles, executor);
  }

  /** Coefficients from evaluations, in place (the inverse of {@link #forward}). */
  public void inverse(long[] a) {
    checkFlat(a);
    VectorNtt v = vector();
    if (v != null) {
      long[] x = v.fromMontgomery(a, false, executor);
      v.inverse(x, executor);
      v.toMontgomery(x, true, a, executor);
      return;
    }
    NttEngine.transform(a, n, inverseTwiddles, executor);
    scale(a, nInv);
  }

  /** Evaluations on the coset shift·⟨ω⟩ from coefficients, in place. */
  public void cosetForward(long[] a, Fr shift) {
    checkFlat(a);
    VectorNtt v = vector();
    if (v != null) {
      long[] x = v.fromMontgomery(a, true, executor);
      v.scaleByPowersStrided(x, shift, executor);
      v.forward(x, executor);
      v.toMontgomery(x, false, a, executor);
      return;
    }
    multiplyByPowers(a, shift);
    NttEngine.transform(a, n, twiddles, executor);
  }

  /**
   * From the evaluations on this domain of three polynomials a, b, c of degree below n (Montgomery limbs,
   * left unchanged), the values a·b − c on the coset shift·⟨ω⟩, in natural order, as canonical limbs
   * ({@link Fr#canonicalLimbs}, what an MSM takes): the quotient numerator of a Groth16 prover. Three inverse
   * and three coset transforms; on the SIMD path the values stay in the 5×52-bit form between them.
   */
  public long[] cosetProductMinus(long[] a, long[] b, long[] c, Fr shift) {
    checkFlat(a);
    checkFlat(b);
    checkFlat(c);
    VectorNtt v = vector();
    if (v != null) {
      long[][] x = new long[3][];
      long[][] in = {a, b, c};
      for (int i = 0; i < 3; i++) {
        x[i] = v.fromMontgomery(in[i], false, executor);
        v.inverse(x[i], executor);
        v.scaleByPowersStrided(x[i], shift, executor);
        v.forward(x[i], executor);
      }
      return v.productMinusCanonical(x[0], x[1], x[2], executor);
    }
    long[][] x = {a.clone(), b.clone(), c.clone()};
    for (long[] y : x) {
      inverse(y);
      cosetForward(y, shift);
    }
    long[] p = new long[4 * n];
    Parallel.forEach(executor, chunks(), t -> {
      int[] r = range(t);
      for (int i = r[0]; i < r[1]; i++) {
        FrArith.mul(p, 4 * i, x[0], 4 * i, x[1], 4 * i);
        FrArith.sub(p, 4 * i, p, 4 * i, x[2], 4 * i);
        FrArith.fromMont(p, 4 * i, p, 4 * i);
      }
    });
    return p;
  }

  /** Coefficients from evaluations on the coset shift·⟨ω⟩, in place. */
  public void cosetInverse(long[] a, Fr shift) {
    inverse(a);
    multiplyByPowers(a, shift.inverse());
  }

  private void scale(long[] a, long[] c) {
    Parallel.forEach(executor, chunks(), t -> {
      int[] r = range(t);
      for (int i = r[0]; i < r[1]; i++) {
        FrArith.mul(a, 4 * i, a, 4 * i, c, 0);
      }
    });
  }

  private void multiplyByPowers(long[] a, Fr shift) {
    Parallel.forEach(executor, chunks(), t -> {
      int[] r = range(t);
      long[] g = new long[4];
      shift.pow(BigInteger.valueOf(r[0])).montgomeryLimbs(g, 0);
      long[] s = new long[4];
      shift.montgomeryLimbs(s, 0);
      for (int i = r[0]; i < r[1]; i++) {
        FrArith.mul(a, 4 * i, a, 4 * i, g, 0);
        FrArith.mul(g, 0, g, 0, s, 0);
      }
    });
  }

  private int chunks() {
    return n < 4096 ? 1 : Parallel.threads() * 4;
  }

  private int[] range(int t) {
    int c = chunks();
    int per = n / c;
    return new int[] {t * per, t == c - 1 ? n : (t + 1) * per};
  }

  /** Evaluations of the polynomial with these coefficients (length n). */
  public Fr[] forward(Fr[] coefficients) {
    long[] a = flat(coefficients);
    forward(a);
    return unflat(a);
  }

  /** Coefficients of the polynomial with these evaluations (length n). */
  public Fr[] inverse(Fr[] evaluations) {
    long[] a = flat(evaluations);
    inverse(a);
    return unflat(a);
  }

  /** Evaluations on the coset shift·⟨ω⟩. */
  public Fr[] cosetForward(Fr[] coefficients, Fr shift) {
    long[] a = flat(coefficients);
    cosetForward(a, shift);
    return unflat(a);
  }

  /** Coefficients from evaluations on the coset shift·⟨ω⟩. */
  public Fr[] cosetInverse(Fr[] evaluations, Fr shift) {
    long[] a = flat(evaluations);
    cosetInverse(a, shift);
    return unflat(a);
  }

  private long[] flat(Fr[] v) {
    if (v.length != n) {
      throw new IllegalArgumentException("NTT of size " + n + " needs " + n + " values, got " + v.length);
    }
    long[] a = new long[4 * n];
    for (int i = 0; i < n; i++) {
      v[i].montgomeryLimbs(a, 4 * i);
    }
    return a;
  }

  private Fr[] unflat(long[] a) {
    Fr[] out = new Fr[n];
    for (int i = 0; i < n; i++) {
      out[i] = Fr.fromMontgomeryLimbs(a, 4 * i);
    }
    return out;
  }
}
