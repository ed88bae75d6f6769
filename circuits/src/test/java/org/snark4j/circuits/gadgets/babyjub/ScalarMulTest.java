package org.snark4j.circuits.gadgets.babyjub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.UnsatisfiedConstraintException;
import org.snark4j.circuits.Variable;
import org.snark4j.core.bn254.Fr;

/** In-circuit scalar multiplications against the native twin. */
class ScalarMulTest {
  static final Circuit ANY = api -> {
    Variable k = api.secretInput("k");
    Variable[] p = {api.secretInput("p.x"), api.secretInput("p.y")};
    Variable[] r = BabyJub.scalarMulAny(api, api.toBinary(k, 254), p);
    api.assertEqual(r[0], api.publicInput("r.x"));
    api.assertEqual(r[1], api.publicInput("r.y"));
  };

  static final Circuit FIX = api -> {
    Variable k = api.secretInput("k");
    Variable[] r = BabyJub.scalarMulFix(api, api.toBinary(k, 253), BabyJubPoint.BASE8);
    api.assertEqual(r[0], api.publicInput("r.x"));
    api.assertEqual(r[1], api.publicInput("r.y"));
  };

  static final CompiledCircuit ANY_CC = CompiledCircuit.compile(ANY, false);
  static final CompiledCircuit FIX_CC = CompiledCircuit.compile(FIX, false);

  static Assignment any(BigInteger k, BabyJubPoint p, BabyJubPoint r) {
    return Assignment.builder().set("k", k).set("p.x", p.x()).set("p.y", p.y()).set("r.x", r.x()).set("r.y", r.y()).build();
  }

  @Property(tries = 12)
  void variableBaseMatchesNative(@ForAll long seed) {
    Random rnd = new Random(seed);
    BigInteger k = new BigInteger(254, rnd).mod(Fr.MODULUS);
    BabyJubPoint p = BabyJubPoint.BASE8.multiply(new BigInteger(250, rnd));
    BabyJubPoint r = p.multiply(k);
    ANY_CC.solve(any(k, p, r));
    assertThrows(UnsatisfiedConstraintException.class, () -> ANY_CC.solve(any(k, p, r.add(BabyJubPoint.BASE8))));
  }

  @Test
  void variableBaseEdgeCases() {
    BabyJubPoint p = BabyJubPoint.BASE8.multiply(BigInteger.valueOf(777));
    for (BigInteger k : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
        Fr.MODULUS.subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(148), BigInteger.ONE.shiftLeft(148).subtract(BigInteger.ONE)}) {
      ANY_CC.solve(any(k, p, p.multiply(k)));
    }
    // the identity as base gives the identity
    ANY_CC.solve(any(BigInteger.valueOf(12345), BabyJubPoint.IDENTITY, BabyJubPoint.IDENTITY));
  }

  @Property(tries = 12)
  void fixedBaseMatchesNative(@ForAll long seed) {
    Random rnd = new Random(seed);
    BigInteger k = new BigInteger(253, rnd);
    BabyJubPoint r = BabyJubPoint.BASE8.multiply(k);
    FIX_CC.solve(Assignment.builder().set("k", k).set("r.x", r.x()).set("r.y", r.y()).build());
  }

  @Test
  void fixedBaseEdgeCases() {
    for (BigInteger k : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BabyJubPoint.SUB_ORDER.subtract(BigInteger.ONE),
        BabyJubPoint.SUB_ORDER, BigInteger.ONE.shiftLeft(253).subtract(BigInteger.ONE)}) {
      BabyJubPoint r = BabyJubPoint.BASE8.multiply(k);
      FIX_CC.solve(Assignment.builder().set("k", k).set("r.x", r.x()).set("r.y", r.y()).build());
    }
  }

  @Test
  void constraintCounts() {
    // minus the input decomposition and the two output bindings
    assertEquals(2310, ANY_CC.r1cs().constraintCount() - 507 - 2); // toBinary(254) costs 507 with its alias check
    assertEquals(512, FIX_CC.r1cs().constraintCount() - 253 - 2);
  }
}
