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
class FrLawsTest extends FieldLaws<Fr> {
  @Override protected Fr random(Random r) { return Fr.random(r); }
  @Override protected Fr zero() { return Fr.ZERO; }
  @Override protected Fr one() { return Fr.ONE; }

  @Property(tries = 100)
  void sqrtAndLegendre(@ForAll("elements") Fr a) {
    // r - 1 = 2^28·t: Tonelli–Shanks takes the long path here
    Optional<Fr> s = a.square().sqrt();
    assertTrue(s.isPresent());
    assertEquals(a.square(), s.get().square());
    Optional<Fr> t = a.sqrt();
    assertEquals(a.legendre() >= 0, t.isPresent());
    t.ifPresent(v -> assertEquals(a, v.square()));
  }

  @Property(tries = 50)
  void fermat(@ForAll("elements") Fr a) {
    assertEquals(a, a.pow(Fr.MODULUS));
  }

  @Property(tries = 100)
  void bytesRoundTrip(@ForAll("elements") Fr a) {
    assertEquals(a, Fr.fromBytesBE(a.toBytesBE()));
    assertEquals(a, Fr.reduce(a.toBigInteger().add(Fr.MODULUS)));
  }
}
