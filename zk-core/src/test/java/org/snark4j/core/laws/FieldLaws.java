package org.snark4j.core.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.snark4j.core.FieldElement;

/**
 * The field axioms and the operations every {@link FieldElement} has, written once (STYLE.md 8). A field's
 * test extends this with its own generator and adds what only it has (square roots, Frobenius).
 */
public abstract class FieldLaws<F extends FieldElement<F>> {
  protected abstract F random(Random random);

  protected abstract F zero();

  protected abstract F one();

  @Provide
  protected Arbitrary<F> elements() {
    return Arbitraries.oneOf(
        Arbitraries.randomValue(this::random),
        Arbitraries.of(List.of(zero(), one(), one().negate(), one().add(one()))));
  }

  @Property(tries = 200)
  void additionIsAssociativeAndCommutative(@ForAll("elements") F a, @ForAll("elements") F b, @ForAll("elements") F c) {
    assertEquals(a.add(b).add(c), a.add(b.add(c)));
    assertEquals(a.add(b), b.add(a));
  }

  @Property(tries = 200)
  void additiveIdentityAndInverse(@ForAll("elements") F a) {
    assertEquals(a, a.add(zero()));
    assertTrue(a.add(a.negate()).isZero());
    assertEquals(a.negate().negate(), a);
  }

  @Property(tries = 200)
  void subtractionAddsTheNegation(@ForAll("elements") F a, @ForAll("elements") F b) {
    assertEquals(a.add(b.negate()), a.subtract(b));
    assertEquals(a, a.subtract(b).add(b));
  }

  @Property(tries = 200)
  void multiplicationIsAssociativeAndCommutative(@ForAll("elements") F a, @ForAll("elements") F b, @ForAll("elements") F c) {
    assertEquals(a.multiply(b).multiply(c), a.multiply(b.multiply(c)));
    assertEquals(a.multiply(b), b.multiply(a));
  }

  @Property(tries = 200)
  void multiplicationDistributes(@ForAll("elements") F a, @ForAll("elements") F b, @ForAll("elements") F c) {
    assertEquals(a.multiply(b.add(c)), a.multiply(b).add(a.multiply(c)));
  }

  @Property(tries = 200)
  void multiplicativeIdentityAndSquare(@ForAll("elements") F a) {
    assertEquals(a, a.multiply(one()));
    assertTrue(a.multiply(zero()).isZero());
    assertEquals(a.multiply(a), a.square());
  }

  @Property(tries = 100)
  void inverse(@ForAll("elements") F a) {
    Assume.that(!a.isZero());
    assertTrue(a.multiply(a.inverse()).isOne());
    assertEquals(a, a.inverse().inverse());
  }

  @Example
  void zeroHasNoInverse() {
    assertThrows(ArithmeticException.class, () -> zero().inverse());
  }

  @Property(tries = 50)
  void exponentiation(@ForAll("elements") F a, @ForAll("exponents") BigInteger m, @ForAll("exponents") BigInteger n) {
    assertEquals(a.pow(m).multiply(a.pow(n)), a.pow(m.add(n)));
    assertTrue(a.pow(BigInteger.ZERO).isOne());
    assertEquals(a, a.pow(BigInteger.ONE));
    assertEquals(a.square(), a.pow(BigInteger.TWO));
  }

  @Provide
  Arbitrary<BigInteger> exponents() {
    return Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(300));
  }
}
