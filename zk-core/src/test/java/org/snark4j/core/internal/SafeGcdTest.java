package org.snark4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The divsteps inversion against BigInteger.modInverse, on the curves' moduli and on random odd ones. */
class SafeGcdTest {
  private static final BigInteger BN254_P =
      new BigInteger("21888242871839275222246405745257275088696311157297823662689037894645226208583");
  private static final BigInteger BN254_R =
      new BigInteger("21888242871839275222246405745257275088548364400416034343698204186575808495617");
  private static final BigInteger BLS12_381_P = new BigInteger(
      "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", 16);
  private static final BigInteger BLS12_381_R =
      new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);

  private static long[] words(BigInteger v, int n) {
    long[] w = new long[n];
    for (int i = 0; i < n; i++) {
      w[i] = v.shiftRight(64 * i).longValue();
    }
    return w;
  }

  private static BigInteger value(long[] w) {
    BigInteger v = BigInteger.ZERO;
    for (int i = w.length - 1; i >= 0; i--) {
      v = v.shiftLeft(64).add(new BigInteger(Long.toUnsignedString(w[i])));
    }
    return v;
  }

  private static List<BigInteger> edges(BigInteger m) {
    List<BigInteger> out = new ArrayList<>();
    BigInteger two = BigInteger.TWO;
    for (BigInteger v : new BigInteger[] {BigInteger.ONE, two, BigInteger.valueOf(3), m.subtract(BigInteger.ONE),
        m.subtract(two), m.shiftRight(1), m.shiftRight(1).add(BigInteger.ONE)}) {
      out.add(v);
    }
    for (int k = 1; k < m.bitLength(); k++) {
      out.add(BigInteger.ONE.shiftLeft(k));
      out.add(BigInteger.ONE.shiftLeft(k).subtract(BigInteger.ONE));
      out.add(m.subtract(BigInteger.ONE.shiftLeft(k - 1)));
    }
    return out;
  }

  private static void check(BigInteger m, BigInteger x) {
    SafeGcd gcd = new SafeGcd(m);
    int n = gcd.words();
    long[] z = new long[n];
    gcd.inverse(z, 0, words(x, n), 0);
    assertEquals(x.modInverse(m), value(z), () -> "1/" + x + " mod " + m);
  }

  @Test
  void curveModuliAtEdgeValues() {
    for (BigInteger m : List.of(BN254_P, BN254_R, BLS12_381_P, BLS12_381_R)) {
      for (BigInteger x : edges(m)) {
        check(m, x.mod(m));
      }
    }
  }

  @Test
  void curveModuliAtRandomValues() {
    SplittableRandom random = new SplittableRandom(7);
    for (BigInteger m : List.of(BN254_P, BN254_R, BLS12_381_P, BLS12_381_R)) {
      for (int i = 0; i < 3000; i++) {
        BigInteger x = new BigInteger(m.bitLength() + 8, new java.util.Random(random.nextLong())).mod(m);
        if (x.signum() != 0) {
          check(m, x);
        }
      }
    }
  }

  @Property(tries = 400)
  void randomOddModuli(@ForAll @IntRange(min = 2, max = 1100) int bits, @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    BigInteger m = new BigInteger(bits, random).setBit(bits - 1).setBit(0);
    if (m.equals(BigInteger.ONE)) {
      return;
    }
    for (int i = 0; i < 20; i++) {
      BigInteger x = new BigInteger(bits, random).mod(m);
      if (x.signum() != 0 && x.gcd(m).equals(BigInteger.ONE)) {
        check(m, x);
      }
    }
  }

  @Test
  void zeroGivesZeroAndInPlaceWorks() {
    SafeGcd gcd = new SafeGcd(BN254_P);
    long[] z = {1, 2, 3, 4};
    gcd.inverse(z, 0, new long[4], 0);
    assertArrayEquals(new long[4], z);
    long[] x = {0, 5, 7, 7, 0};
    gcd.inverse(x, 1, x, 1);
    assertEquals(BigInteger.valueOf(7).shiftLeft(128).add(BigInteger.valueOf(7).shiftLeft(64)).add(
        BigInteger.valueOf(5)).modInverse(BN254_P), value(new long[] {x[1], x[2], x[3], x[4]}));
    assertEquals(0, x[0]);
  }

  @Test
  void refusesWhatCannotBeInverted() {
    SafeGcd gcd = new SafeGcd(BigInteger.valueOf(3 * 5 * 7 * 1009));
    assertThrows(ArithmeticException.class, () -> gcd.inverse(new long[1], 0, new long[] {21}, 0));
    BigInteger m = BigInteger.ONE.shiftLeft(65).add(BigInteger.valueOf(3));
    SafeGcd small = new SafeGcd(m); // two words (128 bits), three 30-bit limbs (90 bits)
    assertThrows(IllegalArgumentException.class, () -> small.inverse(new long[2], 0, new long[] {0, 1L << 40}, 0),
        "bit 104 fits the words but not the limbs");
    long[] z = new long[2];
    small.inverse(z, 0, new long[] {9, 2}, 0); // 2^65 + 9, above m but within the limbs: 1/6, exactly
    assertEquals(BigInteger.valueOf(6).modInverse(m), value(z));
    assertThrows(IllegalArgumentException.class, () -> new SafeGcd(BigInteger.valueOf(10)));
    assertThrows(IllegalArgumentException.class, () -> new SafeGcd(BigInteger.ONE));
    assertThrows(IllegalArgumentException.class, () -> new SafeGcd(BigInteger.valueOf(-7)));
  }
}
