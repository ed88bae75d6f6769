package org.snark4j.core.bn254;

import java.math.BigInteger;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.snark4j.core.bn254.internal.FrArith;
import org.snark4j.core.bn254.internal.NttEngine;
import org.snark4j.core.bn254.internal.Parallel;

/**
 * A radix-2 evaluation domain {1, ω, ω², …, ω^(n-1)} in Fr for n = 2^k ≤ 2^28 (Fr's 2-adicity), with its
 * twiddles precomputed. ω = 5^((r-1)/n), the roots snarkjs and ffjavascript use (5 generates Fr*).
 *
 * <p>The flat forms work in place on n × 4 Montgomery longs ({@link Fr#montgomeryLimbs}); they are what a
 * prover uses. Immutable and safe to share between threads.
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
    NttEngine.transform(a, n, twiddles, executor);
  }

  /** Coefficients from evaluations, in place (the inverse of {@link #forward}). */
  public void inverse(long[] a) {
    checkFlat(a);
    NttEngine.transform(a, n, inverseTwiddles, executor);
    scale(a, nInv);
  }

  /** Evaluations on the coset shift·⟨ω⟩ from coefficients, in place. */
  public void cosetForward(long[] a, Fr shift) {
    checkFlat(a);
    multiplyByPowers(a, shift);
    NttEngine.transform(a, n, twiddles, executor);
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
