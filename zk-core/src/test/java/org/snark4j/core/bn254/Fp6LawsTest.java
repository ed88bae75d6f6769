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
class Fp6LawsTest extends FieldLaws<Fp6> {
  private static final BigInteger P = Fp.MODULUS;

  @Override protected Fp6 random(Random r) { return Fp6.random(r); }
  @Override protected Fp6 zero() { return Fp6.ZERO; }
  @Override protected Fp6 one() { return Fp6.ONE; }

  @Property(tries = 20)
  void frobeniusIsPowerP(@ForAll("elements") Fp6 a) {
    assertEquals(a.pow(P), a.frobenius(1));
  }

  @Property(tries = 50)
  void mulByV(@ForAll("elements") Fp6 a) {
    Fp6 v = Fp6.of(Fp2.ZERO, Fp2.ONE, Fp2.ZERO);
    assertEquals(a.multiply(v), a.mulByV());
    assertEquals(Fp6.of(Fp2.XI, Fp2.ZERO, Fp2.ZERO), v.square().multiply(v));
  }
}
