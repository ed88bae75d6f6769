package org.snark4j.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.Fr;

/** Input declaration, wire layout, and bad input. */
class InputsTest {
  /** x³ + x + 5 = y. */
  static final class Cubic implements Circuit {
    @Public Variable y;
    @Secret Variable x;

    @Override
    public void define(Api api) {
      Variable x3 = api.mul(x, api.mul(x, x));
      api.assertEqual(api.add(x3, x, api.constant(5)), y);
    }
  }

  @Test
  void cubic() {
    CompiledCircuit cc = CompiledCircuit.compile(new Cubic());
    assertEquals(3, cc.r1cs().constraintCount());
    assertEquals(List.of("y"), cc.publicInputs());
    assertEquals(List.of("x"), cc.secretInputs());
    assertEquals("3 constraints, 5 wires (1 public, 1 secret, 2 internal)", cc.r1cs().toString());
    Witness w = cc.solve(Assignment.builder().set("x", 3).set("y", 35).build());
    assertEquals(List.of(Fr.of(35)), w.publicInputs());
    assertThrows(UnsatisfiedConstraintException.class,
        () -> cc.solve(Assignment.builder().set("x", 3).set("y", 36).build()));
  }

  @Test
  void publicInputsComeFirstWhateverTheDeclarationOrder() {
    Circuit c = new Circuit() {
      @Secret Variable s;
      @Public Variable[] p = new Variable[2];

      @Override
      public void define(Api api) {
        Variable q = api.publicInput("q");
        api.assertEqual(api.mul(s, s), api.add(p[0], p[1], q));
      }
    };
    CompiledCircuit cc = CompiledCircuit.compile(c);
    assertEquals(List.of("p[0]", "p[1]", "q"), cc.publicInputs());
    Witness w = cc.solve(Assignment.builder().set("s", 4).set("p", 10, 5).set("q", 1).build());
    assertEquals(List.of(Fr.of(10), Fr.of(5), Fr.of(1)), w.publicInputs());
  }

  @Test
  void badInputIsRefusedClearly() {
    CompiledCircuit cc = CompiledCircuit.compile(new Cubic());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> cc.solve(Assignment.builder().set("x", 3).build()));
    assertTrue(missing.getMessage().contains("\"y\" has no value"), missing.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> cc.solve(Assignment.builder().set("x", 3).set("y", 35).set("z", 1).build()));
    assertTrue(unknown.getMessage().contains("[z]"), unknown.getMessage());
    IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
        () -> Assignment.builder().set("x", Fr.MODULUS));
    assertTrue(big.getMessage().contains("\"x\""), big.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Assignment.builder().set("x", 1).set("x", 2));
    assertThrows(IllegalArgumentException.class, () -> cc.r1cs().isSatisfied(new Fr[] {Fr.ONE}));
    assertThrows(IllegalArgumentException.class, () -> CompiledCircuit.compile(new Circuit() {
      @Public @Secret Variable both;

      @Override
      public void define(Api api) {}
    }));
    assertThrows(IllegalArgumentException.class, () -> CompiledCircuit.compile(new Circuit() {
      @Public Variable[] unsized;

      @Override
      public void define(Api api) {}
    }));
  }

  @Test
  void toBinary254RefusesTheAliasOfAValue() {
    Circuit c = new Circuit() {
      @Secret Variable a;

      @Override
      public void define(Api api) {
        api.toBinary(a, 254);
      }
    };
    CompiledCircuit cc = CompiledCircuit.compile(c);
    R1cs r1cs = cc.r1cs();
    assertTrue(r1cs.constraintCount() <= 2 * 254, "254 bits and at most one constraint a bit of r - 1");
    BigInteger a = BigInteger.valueOf(12345);
    Fr[] honest = cc.solve(Assignment.builder().set("a", a).build()).values();
    assertTrue(r1cs.isSatisfied(honest));
    // the cheat: the bits of a + r (they also sum to a in Fr), every product wire recomputed to match
    BigInteger alias = a.add(Fr.MODULUS);
    Fr[] cheat = honest.clone();
    int firstBit = 2; // wire 0 is 1, wire 1 the input, then the 253 free bits
    for (int i = 0; i < 253; i++) {
      cheat[firstBit + i] = alias.testBit(i) ? Fr.ONE : Fr.ZERO;
    }
    for (R1cs.Constraint k : r1cs.constraints()) {
      if (k.c().size() == 1 && k.c().wires()[0] > firstBit + 252 && k.c().coeffs()[0].isOne()) {
        cheat[k.c().wires()[0]] = k.a().evaluate(cheat).multiply(k.b().evaluate(cheat));
      }
    }
    assertFalse(r1cs.isSatisfied(cheat), "the alias bits of a + r passed the check");
    // the same substitution with the honest bits satisfies, so the test does reach the check
    Fr[] again = honest.clone();
    for (R1cs.Constraint k : r1cs.constraints()) {
      if (k.c().size() == 1 && k.c().wires()[0] > firstBit + 252 && k.c().coeffs()[0].isOne()) {
        again[k.c().wires()[0]] = k.a().evaluate(again).multiply(k.b().evaluate(again));
      }
    }
    assertTrue(r1cs.isSatisfied(again));
  }
}
