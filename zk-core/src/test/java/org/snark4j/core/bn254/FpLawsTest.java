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
class FpLawsTest extends FieldLaws<Fp> {
  private static final BigInteger P = Fp.MODULUS;

  @Override protected Fp random(Random r) { return Fp.random(r); }
  @Override protected Fp zero() { return Fp.ZERO; }
  @Override protected Fp one() { return Fp.ONE; }

  @Property(tries = 100)
  void sqrtAndLegendre(@ForAll("elements") Fp a) {
    Optional<Fp> s = a.square().sqrt();
    assertTrue(s.isPresent());
    assertEquals(a.square(), s.get().square());
    assertEquals(a.isZero() ? 0 : 1, a.square().legendre());
    Optional<Fp> t = a.sqrt();
    assertEquals(a.legendre() >= 0, t.isPresent());
    t.ifPresent(v -> assertEquals(a, v.square()));
  }

  @Property(tries = 50)
  void fermat(@ForAll("elements") Fp a) {
    assertEquals(a, a.pow(P));
  }

  @Property(tries = 100)
  void bytesRoundTrip(@ForAll("elements") Fp a) {
    assertEquals(a, Fp.fromBytesBE(a.toBytesBE()));
    assertEquals(a, Fp.of(a.toBigInteger()));
    assertEquals(a, Fp.parse(a.toString()));
  }
}
