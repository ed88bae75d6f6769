package org.snark4j.circuits.gadgets.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snark4j.circuits.Api;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.UnsatisfiedConstraintException;
import org.snark4j.circuits.Variable;
import org.snark4j.core.bn254.Fr;

/** MiMC-7 and MiMCSponge against circomlib's values, natively and in a circuit. */
class MimcTest {
  static Stream<Arguments> mimc7() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : PoseidonTest.load("mimc7.json")) {
      out.add(Arguments.of(c.get("fn").asText(), PoseidonTest.frs(c.get("inputs")), Fr.parse(c.get("key").asText()),
          Fr.parse(c.get("output").asText())));
    }
    return out.stream();
  }

  static Stream<Arguments> sponge() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : PoseidonTest.load("mimcsponge.json")) {
      int n = c.has("numOutputs") ? c.get("numOutputs").asInt() : 2;
      out.add(Arguments.of(c.get("fn").asText(), PoseidonTest.frs(c.get("inputs")), Fr.parse(c.get("key").asText()),
          n, PoseidonTest.frs(c.get("outputs"))));
    }
    return out.stream();
  }

  /** Solves a circuit computing outputs from secret inputs, with the expected values as public inputs, and a wrong one. */
  static void checkInCircuit(int nIn, int nOut, java.util.function.BiFunction<Api, Variable[], Variable[]> f,
      Fr[] inputs, Fr[] expected) {
    Circuit c = api -> {
      Variable[] in = new Variable[nIn];
      for (int i = 0; i < nIn; i++) {
        in[i] = api.secretInput("in[" + i + "]");
      }
      Variable[] out = f.apply(api, in);
      for (int i = 0; i < nOut; i++) {
        api.assertEqual(out[i], api.publicInput("out[" + i + "]"));
      }
    };
    CompiledCircuit cc = CompiledCircuit.compile(c, false);
    cc.solve(Assignment.builder().set("in", inputs).set("out", expected).build());
    Fr[] wrong = expected.clone();
    wrong[nOut - 1] = wrong[nOut - 1].add(Fr.ONE);
    assertThrows(UnsatisfiedConstraintException.class,
        () -> cc.solve(Assignment.builder().set("in", inputs).set("out", wrong).build()));
  }

  static Fr[] with(Fr[] xs, Fr k) {
    Fr[] out = java.util.Arrays.copyOf(xs, xs.length + 1);
    out[xs.length] = k;
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("mimc7")
  void mimc7MatchesCircomlib(String fn, Fr[] inputs, Fr key, Fr output) {
    Fr got = fn.equals("hash") ? Mimc7.hash(inputs[0], key) : Mimc7.multiHash(inputs, key);
    assertEquals(output, got);
    int n = inputs.length;
    checkInCircuit(n + 1, 1, (api, v) -> {
      Variable[] xs = java.util.Arrays.copyOf(v, n);
      return new Variable[] {fn.equals("hash") ? Mimc7.hash(api, xs[0], v[n]) : Mimc7.multiHash(api, xs, v[n])};
    }, with(inputs, key), new Fr[] {output});
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("sponge")
  void spongeMatchesCircomlib(String fn, Fr[] inputs, Fr key, int nOut, Fr[] outputs) {
    Fr[] got = fn.equals("hash") ? MimcSponge.hash(inputs[0], inputs[1], key)
        : MimcSponge.multiHash(inputs, key, nOut);
    assertArrayEquals(outputs, got);
    int n = inputs.length;
    checkInCircuit(n + 1, outputs.length, (api, v) -> {
      Variable[] xs = java.util.Arrays.copyOf(v, n);
      return fn.equals("hash") ? MimcSponge.hash(api, xs[0], xs[1], v[n]) : MimcSponge.multiHash(api, xs, v[n], nOut);
    }, with(inputs, key), outputs);
  }

  @Test
  void constraintCountsMatchCircomlib() {
    assertEquals(364, CompiledCircuit.compile(api -> Mimc7.hash(api, api.secretInput("x"), api.secretInput("k")))
        .r1cs().constraintCount());
    assertEquals(660, CompiledCircuit.compile(api -> MimcSponge.hash(api, api.secretInput("l"),
        api.secretInput("r"), api.secretInput("k"))).r1cs().constraintCount());
  }

  @net.jqwik.api.Property(tries = 10)
  void circuitsAgreeWithNativeTwinsOnRandomInputs(@net.jqwik.api.ForAll long seed) {
    java.util.Random r = new java.util.Random(seed);
    Fr x = Fr.random(r);
    Fr y = Fr.random(r);
    Fr k = Fr.random(r);
    checkInCircuit(2, 1, (api, v) -> new Variable[] {Mimc7.hash(api, v[0], v[1])}, new Fr[] {x, k},
        new Fr[] {Mimc7.hash(x, k)});
    checkInCircuit(3, 2, (api, v) -> MimcSponge.multiHash(api, new Variable[] {v[0], v[1]}, v[2], 2),
        new Fr[] {x, y, k}, MimcSponge.multiHash(new Fr[] {x, y}, k, 2));
  }
}
