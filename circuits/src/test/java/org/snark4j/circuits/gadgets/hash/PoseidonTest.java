package org.snark4j.circuits.gadgets.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snark4j.circuits.Api;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.Public;
import org.snark4j.circuits.Secret;
import org.snark4j.circuits.UnsatisfiedConstraintException;
import org.snark4j.circuits.Variable;
import org.snark4j.core.bn254.Fr;

/** Poseidon against circomlib's values, natively and in a circuit. */
class PoseidonTest {
  static JsonNode load(String file) throws IOException { // shared with MimcTest
    try (InputStream in = PoseidonTest.class.getResourceAsStream("/vectors/circomlib/" + file)) {
      return new ObjectMapper().readTree(in);
    }
  }

  static Fr[] frs(JsonNode arr) {
    Fr[] out = new Fr[arr.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Fr.parse(arr.get(i).asText());
    }
    return out;
  }

  /** Every case as (inputs, initState, nOut, outputs). */
  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String file : new String[] {"poseidon.json", "poseidon_ex.json", "poseidon_published_tests.json"}) {
      for (JsonNode c : load(file)) {
        Fr[] inputs = frs(c.get("inputs"));
        if (c.has("output")) {
          out.add(Arguments.of(file, inputs, Fr.ZERO, 1, new Fr[] {Fr.parse(c.get("output").asText())}));
        } else {
          out.add(Arguments.of(file, inputs, Fr.parse(c.get("initState").asText()), c.get("nOut").asInt(),
              frs(c.get("outputs"))));
        }
      }
    }
    return out.stream();
  }

  /** outputs (public) = PoseidonEx(inputs (secret), initState (secret), nOut). */
  static final class PoseidonCircuit implements Circuit {
    @Public Variable[] out;
    @Secret Variable[] in;
    @Secret Variable init;

    PoseidonCircuit(int inputs, int nOut) {
      out = new Variable[nOut];
      in = new Variable[inputs];
    }

    @Override
    public void define(Api api) {
      Variable[] h = Poseidon.hashEx(api, in, init, out.length);
      for (int i = 0; i < out.length; i++) {
        api.assertEqual(h[i], out[i]);
      }
    }
  }

  static Assignment assignment(Fr[] inputs, Fr init, Fr[] outputs) {
    return Assignment.builder().set("in", inputs).set("init", init).set("out", outputs).build();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesCircomlib(String file, Fr[] inputs, Fr init, int nOut, Fr[] outputs) {
    assertArrayEquals(outputs, Poseidon.hashEx(inputs, init, nOut));
    if (nOut == 1 && init.isZero()) {
      assertEquals(outputs[0], Poseidon.hash(inputs));
    }
    CompiledCircuit cc = CompiledCircuit.compile(new PoseidonCircuit(inputs.length, nOut), false);
    cc.solve(assignment(inputs, init, outputs));
    Fr[] wrong = outputs.clone();
    wrong[0] = wrong[0].add(Fr.ONE);
    assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(assignment(inputs, init, wrong)));
  }

  @Property(tries = 40)
  void circuitAgreesWithNativeTwin(@ForAll @IntRange(min = 1, max = 16) int n, @ForAll long seed) {
    Random r = new Random(seed);
    Fr[] inputs = new Fr[n];
    for (int i = 0; i < n; i++) {
      inputs[i] = Fr.random(r);
    }
    Fr init = r.nextBoolean() ? Fr.ZERO : Fr.random(r);
    int nOut = 1 + r.nextInt(n + 1);
    Fr[] expect = Poseidon.hashEx(inputs, init, nOut);
    CompiledCircuit.compile(new PoseidonCircuit(n, nOut), false).solve(assignment(inputs, init, expect));
  }

  @Test
  void constraintCountMatchesCircomlib() {
    // circomlib's Poseidon(2) compiled with circom --O2: 240 non-linear constraints
    Circuit two = api -> Poseidon.hash(api, api.secretInput("a"), api.secretInput("b"));
    assertEquals(240, CompiledCircuit.compile(two).r1cs().constraintCount());
  }

  @Test
  void badArityIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Poseidon.hash());
    assertThrows(IllegalArgumentException.class, () -> Poseidon.hash(new Fr[17]));
    assertThrows(IllegalArgumentException.class, () -> Poseidon.hashEx(new Fr[] {Fr.ONE}, Fr.ZERO, 3));
  }
}
