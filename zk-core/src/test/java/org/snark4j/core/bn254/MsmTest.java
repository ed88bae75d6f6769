package org.snark4j.core.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.internal.MsmEngine;

/** Pippenger against the naive sum Σ kᵢ·Pᵢ (the slow oracle), on awkward inputs too. */
class MsmTest {
  static G1Affine[] g1Bases(Random r, int n) {
    G1Affine[] b = new G1Affine[n];
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(10)) {
        case 0 -> b[i] = G1Affine.INFINITY;
        case 1 -> b[i] = i > 0 ? b[i - 1] : G1Affine.GENERATOR; // repeated base: bucket doublings
        case 2 -> b[i] = i > 0 ? b[i - 1].negate() : G1Affine.GENERATOR; // cancelling base
        default -> b[i] = G1Affine.GENERATOR.multiply(Fr.random(r));
      }
    }
    return b;
  }

  static Fr[] scalars(Random r, int n) {
    Fr[] s = new Fr[n];
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(12)) {
        case 0 -> s[i] = Fr.ZERO;
        case 1 -> s[i] = Fr.ONE;
        case 2 -> s[i] = Fr.ONE.negate();
        case 3 -> s[i] = Fr.of(r.nextInt(1 << 16)); // small digits, upper windows zero
        default -> s[i] = Fr.random(r);
      }
    }
    return s;
  }

  static G1Jacobian naiveG1(G1Affine[] b, Fr[] s) {
    G1Jacobian acc = G1Jacobian.INFINITY;
    for (int i = 0; i < b.length; i++) {
      acc = acc.add(b[i].toJacobian().multiply(s[i]));
    }
    return acc;
  }

  @Property(tries = 25)
  void g1MatchesNaiveSum(@ForAll @IntRange(min = 0, max = 300) int n, @ForAll long seed) {
    Random r = new Random(seed);
    G1Affine[] b = g1Bases(r, n);
    Fr[] s = scalars(r, n);
    assertEquals(naiveG1(b, s), Msm.g1(b, s));
  }

  @Property(tries = 6)
  void g2MatchesNaiveSum(@ForAll @IntRange(min = 0, max = 40) int n, @ForAll long seed) {
    Random r = new Random(seed);
    G2Affine[] b = new G2Affine[n];
    for (int i = 0; i < n; i++) {
      b[i] = r.nextInt(8) == 0 ? G2Affine.INFINITY
          : r.nextInt(8) == 0 && i > 0 ? b[i - 1] : G2Affine.GENERATOR.multiply(Fr.random(r));
    }
    Fr[] s = scalars(r, n);
    G2Jacobian acc = G2Jacobian.INFINITY;
    for (int i = 0; i < n; i++) {
      acc = acc.add(b[i].toJacobian().multiply(s[i]));
    }
    assertEquals(acc, Msm.g2(b, s));
  }

  @Test
  void largerMsmOnSeveralExecutorsAgrees() throws Exception {
    Random r = new Random(3);
    int n = 3000;
    G1Affine[] b = g1Bases(r, n);
    Fr[] s = scalars(r, n);
    G1Jacobian expected = naiveG1(b, s);
    Executor direct = Runnable::run;
    ExecutorService four = Executors.newFixedThreadPool(4);
    try {
      assertEquals(expected, Msm.g1(b, s, direct));
      assertEquals(expected, Msm.g1(b, s, four));
      assertEquals(expected, Msm.g1(b, s));
    } finally {
      four.shutdown();
    }
  }

  @Test
  void sameBaseForEveryTermIsAMultiplication() {
    int n = 500;
    G1Affine[] b = new G1Affine[n];
    Fr[] s = new Fr[n];
    Fr sum = Fr.ZERO;
    Random r = new Random(5);
    for (int i = 0; i < n; i++) {
      b[i] = G1Affine.GENERATOR;
      s[i] = Fr.random(r);
      sum = sum.add(s[i]);
    }
    assertEquals(G1Affine.GENERATOR.toJacobian().multiply(sum), Msm.g1(b, s));
  }

  @Test
  void windowGrowsWithSize() {
    int last = 0;
    for (int k = 3; k <= 24; k++) {
      int c = MsmEngine.windowFor(1 << k);
      org.junit.jupiter.api.Assertions.assertTrue(c >= last && c <= 20, "c=" + c + " at 2^" + k);
      last = c;
    }
  }

  @Test
  void badInputIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Msm.g1(new G1Affine[2], new Fr[3]));
    long[] bases = new long[8];
    long[] scalars = {-1, -1, -1, -1};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Msm.g1Flat(bases, scalars, 1, Runnable::run));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("not below r"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Msm.g1Flat(new long[8], new long[4], 2, Runnable::run));
  }

  @Property(tries = 10)
  void fixedBaseTableMatchesNaiveSum(@ForAll @IntRange(min = 0, max = 200) int n, @ForAll long seed) {
    Random r = new Random(seed);
    G1Affine[] b = g1Bases(r, n);
    FixedBaseMsm<G1Jacobian> table = FixedBaseMsm.g1(b);
    for (int k = 0; k < 2; k++) {
      Fr[] s = scalars(r, n);
      assertEquals(naiveG1(b, s), table.msm(s));
    }
  }

  @Test
  void fixedBaseTableForG2AndSizeChecks() {
    Random r = new Random(4);
    G2Affine[] b = {G2Affine.GENERATOR, G2Affine.INFINITY, G2Affine.GENERATOR.multiply(Fr.random(r))};
    Fr[] s = {Fr.random(r), Fr.random(r), Fr.ONE.negate()};
    G2Jacobian expect = b[0].toJacobian().multiply(s[0]).add(b[2].toJacobian().multiply(s[2]));
    assertEquals(expect, FixedBaseMsm.g2(b).msm(s));
    assertThrows(IllegalArgumentException.class, () -> FixedBaseMsm.g2(b).msm(new Fr[2]));
  }

  @Test
  void bucketConflictsDoublingsAndCancellations() {
    // every scalar equal: one bucket per window takes all points (conflicts, doublings, P + (-P))
    int n = 2500;
    G1Affine p = G1Affine.GENERATOR.multiply(Fr.of(99));
    G1Affine[] b = new G1Affine[n];
    Fr[] s = new Fr[n];
    Fr k = Fr.random(new Random(8));
    for (int i = 0; i < n; i++) {
      b[i] = i % 3 == 2 ? p.negate() : p;
      s[i] = k;
    }
    assertEquals(naiveG1(b, s), Msm.g1(b, s));
    assertEquals(naiveG1(b, s), FixedBaseMsm.g1(b).msm(s));
  }
}
