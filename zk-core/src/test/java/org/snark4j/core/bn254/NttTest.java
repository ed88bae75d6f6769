package org.snark4j.core.bn254;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The NTT against the O(n²) DFT (the slow oracle), round trips, cosets and the parallel path. */
class NttTest {
  static Fr[] random(Random r, int n) {
    Fr[] v = new Fr[n];
    for (int i = 0; i < n; i++) {
      v[i] = Fr.random(r);
    }
    return v;
  }

  static Fr[] dft(Fr[] a, Fr omega, Fr shift) {
    int n = a.length;
    Fr[] out = new Fr[n];
    for (int i = 0; i < n; i++) {
      Fr x = shift.multiply(omega.pow(BigInteger.valueOf(i)));
      Fr acc = Fr.ZERO;
      for (int j = n - 1; j >= 0; j--) {
        acc = acc.multiply(x).add(a[j]);
      }
      out[i] = acc;
    }
    return out;
  }

  @Property(tries = 20)
  void forwardMatchesDft(@ForAll @IntRange(min = 0, max = 6) int logN, @ForAll long seed) {
    int n = 1 << logN;
    NttDomain d = NttDomain.of(n);
    Fr[] a = random(new Random(seed), n);
    assertArrayEquals(dft(a, d.omega(), Fr.ONE), d.forward(a));
    Fr shift = NttDomain.GENERATOR;
    assertArrayEquals(dft(a, d.omega(), shift), d.cosetForward(a, shift));
  }

  @Property(tries = 10)
  void inverseUndoesForward(@ForAll @IntRange(min = 0, max = 12) int logN, @ForAll long seed) {
    int n = 1 << logN;
    NttDomain d = NttDomain.of(n);
    Fr[] a = random(new Random(seed), n);
    assertArrayEquals(a, d.inverse(d.forward(a)));
    Fr shift = Fr.random(new Random(seed + 1));
    assertArrayEquals(a, d.cosetInverse(d.cosetForward(a, shift), shift));
  }

  @Test
  void parallelPathAgreesWithSequential() {
    int n = 1 << 15;
    Fr[] a = random(new Random(9), n);
    NttDomain par = NttDomain.of(n);
    NttDomain seq = NttDomain.of(n, Runnable::run);
    assertArrayEquals(seq.forward(a), par.forward(a));
    assertArrayEquals(a, par.inverse(par.forward(a)));
    // convolution theorem: the product of evaluations is the cyclic convolution
    Fr[] b = random(new Random(10), n);
    Fr[] fa = par.forward(a);
    Fr[] fb = par.forward(b);
    Fr[] prod = new Fr[n];
    for (int i = 0; i < n; i++) {
      prod[i] = fa[i].multiply(fb[i]);
    }
    Fr[] c = par.inverse(prod);
    int k = 12345;
    Fr expect = Fr.ZERO;
    for (int i = 0; i < n; i++) {
      expect = expect.add(a[i].multiply(b[Math.floorMod(k - i, n)]));
    }
    assertEquals(expect, c[k]);
  }

  @Test
  void rootsAreOfTheRightOrder() {
    for (int k = 0; k <= NttDomain.MAX_LOG_SIZE; k++) {
      Fr w = NttDomain.rootOfUnity(1 << k);
      assertTrue(w.pow(BigInteger.ONE.shiftLeft(k)).isOne());
      if (k > 0) {
        assertEquals(Fr.ONE.negate(), w.pow(BigInteger.ONE.shiftLeft(k - 1)));
      }
    }
  }

  @Test
  void badSizesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> NttDomain.of(0));
    assertThrows(IllegalArgumentException.class, () -> NttDomain.of(12));
    assertThrows(IllegalArgumentException.class, () -> NttDomain.of(1 << 29));
    NttDomain d = NttDomain.of(8);
    assertThrows(IllegalArgumentException.class, () -> d.forward(new Fr[4]));
    assertThrows(IllegalArgumentException.class, () -> d.forward(new long[4]));
  }
}
