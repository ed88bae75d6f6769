package org.snark4j.core.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.snark4j.core.GroupElement;

/**
 * The group laws and scalar multiplication for a prime-order group, written once; scalar multiplication is
 * checked against plain double-and-add in test code (the slow oracle).
 */
public abstract class GroupLaws<G extends GroupElement<G>> {
  protected abstract G generator();

  protected abstract G identity();

  /** The group order. */
  protected abstract BigInteger order();

  @Provide
  protected Arbitrary<G> elements() {
    return Arbitraries.oneOf(
        scalars().map(k -> generator().multiply(k)),
        Arbitraries.of(identity(), generator(), generator().negate()));
  }

  @Provide
  protected Arbitrary<BigInteger> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, order().subtract(BigInteger.ONE)),
        Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, order().subtract(BigInteger.ONE)));
  }

  /** Double-and-add on the public operations: slow and obviously right. */
  protected G doubleAndAdd(G p, BigInteger k) {
    G acc = identity();
    for (int i = k.bitLength() - 1; i >= 0; i--) {
      acc = acc.twice();
      if (k.testBit(i)) {
        acc = acc.add(p);
      }
    }
    return acc;
  }

  @Property(tries = 60)
  void additionIsAssociativeAndCommutative(@ForAll("elements") G a, @ForAll("elements") G b, @ForAll("elements") G c) {
    assertEquals(a.add(b).add(c), a.add(b.add(c)));
    assertEquals(a.add(b), b.add(a));
  }

  @Property(tries = 60)
  void identityAndInverse(@ForAll("elements") G a) {
    assertEquals(a, a.add(identity()));
    assertEquals(a, identity().add(a));
    assertTrue(a.add(a.negate()).isInfinity());
    assertEquals(a.add(a), a.twice());
  }

  @Property(tries = 30)
  void scalarMultiplicationMatchesDoubleAndAdd(@ForAll("elements") G p, @ForAll("scalars") BigInteger k) {
    assertEquals(doubleAndAdd(p, k), p.multiply(k));
  }

  @Property(tries = 30)
  void scalarMultiplicationDistributes(@ForAll("elements") G p, @ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    assertEquals(p.multiply(a).add(p.multiply(b)), p.multiply(a.add(b)));
    assertEquals(p.multiply(b).multiply(a), p.multiply(a.multiply(b)));
    assertEquals(p.multiply(a).negate(), p.multiply(a.negate()));
  }

  @Property(tries = 20)
  void orderAnnihilates(@ForAll("elements") G p) {
    assertTrue(p.multiply(order()).isInfinity());
  }
}
