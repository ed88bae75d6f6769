package org.snark4j.core.bls12_381;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snark4j.core.testing.TestVectors;

/**
 * Every case of go-ethereum's EIP-2537 vectors: the output and the gas of each success case, and an
 * IllegalArgumentException for each failure case.
 */
class Bls12381PrecompilesTest {
  static Stream<Arguments> cases(String file) {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : TestVectors.load("evm-precompiles/" + file + ".json.gz")) {
      out.add(Arguments.of(c.get("Name").asText(), c.get("Input").asText(),
          c.has("Expected") ? c.get("Expected").asText() : c.get("ExpectedError").asText(),
          c.has("Gas") ? c.get("Gas").asLong() : -1L));
    }
    return out.stream();
  }

  static Stream<Arguments> g1Add() { return cases("blsG1Add"); }
  static Stream<Arguments> g2Add() { return cases("blsG2Add"); }
  static Stream<Arguments> g1Msm() { return Stream.concat(cases("blsG1Mul"), cases("blsG1MultiExp")); }
  static Stream<Arguments> g2Msm() { return Stream.concat(cases("blsG2Mul"), cases("blsG2MultiExp")); }
  static Stream<Arguments> pairing() { return cases("blsPairing"); }
  static Stream<Arguments> mapG1() { return cases("blsMapG1"); }
  static Stream<Arguments> mapG2() { return cases("blsMapG2"); }
  static Stream<Arguments> failG1Add() { return cases("fail-blsG1Add"); }
  static Stream<Arguments> failG2Add() { return cases("fail-blsG2Add"); }
  static Stream<Arguments> failG1Msm() { return Stream.concat(cases("fail-blsG1Mul"), cases("fail-blsG1MultiExp")); }
  static Stream<Arguments> failG2Msm() { return Stream.concat(cases("fail-blsG2Mul"), cases("fail-blsG2MultiExp")); }
  static Stream<Arguments> failPairing() { return cases("fail-blsPairing"); }
  static Stream<Arguments> failMapG1() { return cases("fail-blsMapG1"); }
  static Stream<Arguments> failMapG2() { return cases("fail-blsMapG2"); }

  private static void check(UnaryOperator<byte[]> op, ToLongFunction<byte[]> gas, String input, String expected,
      long expectedGas) {
    byte[] in = TestVectors.hex(input);
    assertEquals(expected, TestVectors.hex(op.apply(in)));
    assertEquals(expectedGas, gas.applyAsLong(in), "gas");
  }

  private static void fails(UnaryOperator<byte[]> op, String input, String error) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> op.apply(TestVectors.hex(input)),
        "geth fails with: " + error);
    assertEquals(false, e.getMessage().isBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void g1Add(String name, String input, String expected, long gas) {
    check(Bls12381Precompiles::g1Add, in -> Bls12381Precompiles.G1_ADD_GAS, input, expected, gas);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void g2Add(String name, String input, String expected, long gas) {
    check(Bls12381Precompiles::g2Add, in -> Bls12381Precompiles.G2_ADD_GAS, input, expected, gas);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void g1Msm(String name, String input, String expected, long gas) {
    check(Bls12381Precompiles::g1Msm, in -> Bls12381Precompiles.g1MsmGas(in.length), input, expected, gas);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void g2Msm(String name, String input, String expected, long gas) {
    check(Bls12381Precompiles::g2Msm, in -> Bls12381Precompiles.g2MsmGas(in.length), input, expected, gas);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void pairing(String name, String input, String expected, long gas) {
    check(Bls12381Precompiles::pairingCheck, in -> Bls12381Precompiles.pairingGas(in.length), input, expected, gas);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void mapG1(String name, String input, String expected, long gas) {
    check(Bls12381Precompiles::mapFpToG1, in -> Bls12381Precompiles.MAP_FP_TO_G1_GAS, input, expected, gas);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void mapG2(String name, String input, String expected, long gas) {
    check(Bls12381Precompiles::mapFp2ToG2, in -> Bls12381Precompiles.MAP_FP2_TO_G2_GAS, input, expected, gas);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource
  void failG1Add(String name, String input, String error, long gas) {
    fails(Bls12381Precompiles::g1Add, input, error);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource
  void failG2Add(String name, String input, String error, long gas) {
    fails(Bls12381Precompiles::g2Add, input, error);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource
  void failG1Msm(String name, String input, String error, long gas) {
    fails(Bls12381Precompiles::g1Msm, input, error);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource
  void failG2Msm(String name, String input, String error, long gas) {
    fails(Bls12381Precompiles::g2Msm, input, error);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource
  void failPairing(String name, String input, String error, long gas) {
    fails(Bls12381Precompiles::pairingCheck, input, error);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource
  void failMapG1(String name, String input, String error, long gas) {
    fails(Bls12381Precompiles::mapFpToG1, input, error);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource
  void failMapG2(String name, String input, String error, long gas) {
    fails(Bls12381Precompiles::mapFp2ToG2, input, error);
  }
}
