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
class G1JacobianLawsTest extends GroupLaws<G1Jacobian> {
  @Override protected G1Jacobian generator() { return G1Affine.GENERATOR.toJacobian(); }
  @Override protected G1Jacobian identity() { return G1Jacobian.INFINITY; }
  @Override protected BigInteger order() { return Fr.MODULUS; }

  @net.jqwik.api.Property(tries = 20)
  void batchNormalisationMatchesOneByOne(@net.jqwik.api.ForAll("elements") G1Jacobian a, @net.jqwik.api.ForAll("elements") G1Jacobian b) {
    G1Jacobian[] pts = {a, b, G1Jacobian.INFINITY, a.add(b), a.twice()};
    G1Affine[] aff = G1Jacobian.toAffine(pts);
    for (int i = 0; i < pts.length; i++) {
      org.junit.jupiter.api.Assertions.assertEquals(pts[i].toAffine(), aff[i]);
    }
  }
}
