package org.snark4j.circuits;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.snark4j.core.bn254.Fr;

/**
 * Random circuits: the solver's witness always satisfies the R1CS, and changing any one wire breaks it
 * (every operation used here determines its outputs uniquely).
 */
class RandomCircuitTest {
  /** A random sequence of operations over a few inputs, ending with public outputs bound to results. */
  static final class RandomCircuit implements Circuit {
    @Secret Variable[] x = new Variable[4];
    final long seed;

    RandomCircuit(long seed) {
      this.seed = seed;
    }

    @Override
    public void define(Api api) {
      Random r = new Random(seed);
      List<Variable> pool = new ArrayList<>(List.of(x));
      int ops = 5 + r.nextInt(25);
      for (int i = 0; i < ops; i++) {
        Variable a = pool.get(r.nextInt(pool.size()));
        Variable b = pool.get(r.nextInt(pool.size()));
        Variable v = switch (r.nextInt(7)) {
          case 0 -> api.add(a, b);
          case 1 -> api.sub(a, api.constant(r.nextInt(100)));
          case 2, 3 -> api.mul(a, b);
          case 4 -> api.mulAcc(a, b, api.constant(r.nextInt(5) + 1));
          case 5 -> api.select(api.toBinary(api.constant(r.nextInt(2)), 1)[0], a, b);
          default -> {
            Variable[] bits = api.toBinary(api.fromBinary(api.toBinary(x[0], 16)), 16);
            yield api.add(a, bits[r.nextInt(16)]);
          }
        };
        pool.add(v);
      }
      // bind the last results (and every input) to public outputs so no wire is left unconstrained
      Variable acc = api.constant(0);
      for (Variable v : pool) {
        acc = api.mul(api.add(acc, api.constant(1)), v);
      }
      api.assertEqual(acc, api.publicInput("out"));
    }
  }

  @Property(tries = 60)
  void witnessSatisfiesAndEveryWireMatters(@ForAll long seed) {
    Random r = new Random(seed);
    long[] xs = {r.nextInt(1 << 16), r.nextLong(), r.nextLong(), r.nextLong()};
    // a first solve with out = 0 fails on the binding constraint but tells the value: solve the circuit
    // without the binding to find it
    CompiledCircuit cc = CompiledCircuit.compile(new RandomCircuit(seed));
    Fr out = solveOutput(seed, xs);
    Witness w = cc.solve(Assignment.builder().set("x", xs).set("out", out).build());
    Fr[] values = w.values();
    assertTrue(cc.r1cs().isSatisfied(values));
    for (int i = 1; i < values.length; i++) {
      Fr[] bad = values.clone();
      bad[i] = bad[i].add(Fr.ONE);
      assertFalse(cc.r1cs().isSatisfied(bad), "changing wire " + i + " of " + values.length + " went unnoticed");
    }
  }

  /** The value of "out": compile, solve with a wrong out, and read it from the failing constraint's C side. */
  static Fr solveOutput(long seed, long[] xs) {
    CompiledCircuit cc = CompiledCircuit.compile(new RandomCircuit(seed));
    // the binding constraint is the last; A = acc - out with B = 1, so acc = A + out
    try {
      cc.solve(Assignment.builder().set("x", xs).set("out", 0).build());
      return Fr.ZERO;
    } catch (UnsatisfiedConstraintException e) {
      String m = e.getMessage();
      String a = m.substring(m.indexOf("A·B = ") + 6, m.indexOf(" · "));
      return Fr.parse(a);
    }
  }
}
