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
class G2JacobianLawsTest extends GroupLaws<G2Jacobian> {
  @Override protected G2Jacobian generator() { return G2Affine.GENERATOR.toJacobian(); }
  @Override protected G2Jacobian identity() { return G2Jacobian.INFINITY; }
  @Override protected BigInteger order() { return Fr.MODULUS; }
}
