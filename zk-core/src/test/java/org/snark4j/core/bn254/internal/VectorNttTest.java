package org.snark4j.core.bn254.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.NttDomain;

/** The SIMD four-step NTT against the scalar radix-2 NTT (itself checked against an O(n²) DFT), both layouts. */
class VectorNttTest {
  @BeforeAll
  static void moduleThere() {
    assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
        "the JVM runs without --add-modules jdk.incubator.vector");
  }

  static long[] randomMont(Random r, int n) {
    long[] a = new long[4 * n];
    for (int i = 0; i < n; i++) {
      Fr v = switch (r.nextInt(8)) {
        case 0 -> Fr.ZERO;
        case 1 -> Fr.ONE.negate();
        default -> Fr.random(r);
      };
      v.montgomeryLimbs(a, 4 * i);
    }
    return a;
  }

  @ParameterizedTest
  @ValueSource(ints = {1024, 4096, 1 << 14})
  void forwardAndInverseMatchScalarNtt(int n) {
    Random r = new Random(n);
    NttDomain domain = NttDomain.of(n);
    VectorNtt ntt = new VectorNtt(n, domain.omega());
    long[] coeffs = randomMont(r, n);
    long[] strided = new long[5 * n];
    for (int i = 0; i < n; i++) {
      ntt.setStridedElement(strided, i, coeffs, 4 * i);
    }
    ntt.forward(strided, ForkJoinPool.commonPool());
    long[] want = coeffs.clone();
    domain.forward(want);
    assertArrayEquals(want, ntt.toMontgomery(strided, ForkJoinPool.commonPool()), "forward, n = " + n);

    long[] natural = ntt.fromMontgomery(want, ForkJoinPool.commonPool());
    ntt.inverse(natural, ForkJoinPool.commonPool());
    long[] back = new long[4];
    for (int i = 0; i < n; i++) {
      ntt.stridedElement(natural, i, back, 0);
      assertArrayEquals(java.util.Arrays.copyOfRange(coeffs, 4 * i, 4 * i + 4), back, "inverse at " + i);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1024, 1 << 13})
  void groth16QuotientMatchesScalarPath(int n) {
    Random r = new Random(3 * n);
    NttDomain domain = NttDomain.of(n);
    VectorNtt ntt = new VectorNtt(n, domain.omega());
    Fr shift = NttDomain.rootOfUnity(2 * n);
    long[][] in = {randomMont(r, n), randomMont(r, n), randomMont(r, n)};
    long[][] scalar = new long[3][];
    long[][] vector = new long[3][];
    for (int v = 0; v < 3; v++) {
      scalar[v] = in[v].clone();
      domain.inverse(scalar[v]);
      domain.cosetForward(scalar[v], shift);
      vector[v] = ntt.fromMontgomery(in[v], ForkJoinPool.commonPool());
      ntt.inverse(vector[v], ForkJoinPool.commonPool());
      ntt.scaleByPowersStrided(vector[v], shift, ForkJoinPool.commonPool());
      ntt.forward(vector[v], ForkJoinPool.commonPool());
      assertArrayEquals(scalar[v], ntt.toMontgomery(vector[v], ForkJoinPool.commonPool()), "coset evaluations");
    }
    long[] p = ntt.productMinusCanonical(vector[0], vector[1], vector[2], ForkJoinPool.commonPool());
    for (int j = 0; j < n; j++) {
      Fr want = Fr.fromMontgomeryLimbs(scalar[0], 4 * j).multiply(Fr.fromMontgomeryLimbs(scalar[1], 4 * j))
          .subtract(Fr.fromMontgomeryLimbs(scalar[2], 4 * j));
      long[] w = new long[4];
      want.canonicalLimbs(w, 0);
      assertArrayEquals(w, java.util.Arrays.copyOfRange(p, 4 * j, 4 * j + 4), "A·B − C at " + j);
    }
    assertEquals(n, ntt.size());
  }
}
