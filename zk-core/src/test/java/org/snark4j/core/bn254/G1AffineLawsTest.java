package org.snark4j.core.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.internal.CurveArith;
import org.snark4j.core.laws.GroupLaws;


/** Law suite instance (see the laws package). */
class G1AffineLawsTest extends GroupLaws<G1Affine> {
  @Override protected G1Affine generator() { return G1Affine.GENERATOR; }
  @Override protected G1Affine identity() { return G1Affine.INFINITY; }
  @Override protected BigInteger order() { return Fr.MODULUS; }

  @Property(tries = 50)
  void mixedAdditionAgreesWithFullAddition(@ForAll("elements") G1Affine a, @ForAll("elements") G1Affine b) {
    assertEquals(a.toJacobian().add(b.toJacobian()), a.toJacobian().addMixed(b));
    assertTrue(a.isOnCurve());
  }
}
