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
class Fp2LawsTest extends FieldLaws<Fp2> {
  private static final BigInteger P = Fp.MODULUS;

  @Override protected Fp2 random(Random r) { return Fp2.random(r); }
  @Override protected Fp2 zero() { return Fp2.ZERO; }
  @Override protected Fp2 one() { return Fp2.ONE; }

  @Property(tries = 100)
  void sqrt(@ForAll("elements") Fp2 a) {
    Optional<Fp2> s = a.square().sqrt();
    assertTrue(s.isPresent());
    assertEquals(a.square(), s.get().square());
    Optional<Fp2> t = a.sqrt();
    assertEquals(a.legendre() >= 0, t.isPresent());
  }

  @Property(tries = 50)
  void frobeniusIsPowerP(@ForAll("elements") Fp2 a) {
    assertEquals(a.pow(P), a.frobenius(1));
    assertEquals(a.multiply(Fp2.XI), a.mulByNonResidue());
  }

  @Property(tries = 50)
  void uSquaredIsMinusOne() {
    Fp2 u = Fp2.of(Fp.ZERO, Fp.ONE);
    assertEquals(Fp2.ONE.negate(), u.square());
  }
}
