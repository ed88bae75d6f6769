package org.snark4j.core.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.snark4j.core.laws.FieldLaws;


/** Law suite instance (see the laws package). */
class Fp12LawsTest extends FieldLaws<Fp12> {
  private static final BigInteger P = Fp.MODULUS;

  @Override protected Fp12 random(Random r) { return Fp12.random(r); }
  @Override protected Fp12 zero() { return Fp12.ZERO; }
  @Override protected Fp12 one() { return Fp12.ONE; }

  @Property(tries = 10)
  void frobeniusIsPowerP(@ForAll("elements") Fp12 a) {
    Fp12 f1 = a.frobenius(1);
    assertEquals(a.pow(P), f1);
    assertEquals(f1.frobenius(1), a.frobenius(2));
    assertEquals(a.frobenius(2).frobenius(1), a.frobenius(3));
    assertEquals(a, a.frobenius(12));
    assertEquals(a.conjugate(), a.frobenius(6));
  }

  @Property(tries = 20)
  void cyclotomicSquareOnTheCyclotomicSubgroup(@ForAll("elements") Fp12 a) {
    if (a.isZero()) {
      return;
    }
    // a^((p^6 - 1)(p^2 + 1)) has norm 1 over Fp6
    Fp12 c = a.conjugate().multiply(a.inverse());
    c = c.frobenius(2).multiply(c);
    assertEquals(c.square(), c.cyclotomicSquare());
    assertEquals(c.inverse(), c.conjugate());
    assertFalse(a.isZero() && !a.isOne() && a.equals(Fp12.ONE));
  }
}
