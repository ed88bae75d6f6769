package org.snark4j.core.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.snark4j.core.testing.TestVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** go-ethereum's precompile vectors, every case, plus failure cases of our own. */
class Bn254PrecompilesTest {

  static Stream<Arguments> cases(String file) {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : TestVectors.load("evm-precompiles/" + file)) {
      out.add(Arguments.of(c.get("Name").asText(), c.get("Input").asText(), c.get("Expected").asText()));
    }
    return out.stream();
  }

  static Stream<Arguments> addCases() {
    return cases("bn256Add.json");
  }

  static Stream<Arguments> mulCases() {
    return cases("bn256ScalarMul.json");
  }

  static Stream<Arguments> pairingCases() {
    return cases("bn256Pairing.json");
  }

  private static void check(UnaryOperator<byte[]> precompile, String input, String expected) {
    assertEquals(expected, TestVectors.hex(precompile.apply(TestVectors.hex(input))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addCases")
  void ecAdd(String name, String input, String expected) {
    check(Bn254Precompiles::add, input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mulCases")
  void ecMul(String name, String input, String expected) {
    check(Bn254Precompiles::mul, input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairingCases")
  void ecPairing(String name, String input, String expected) {
    check(Bn254Precompiles::pairing, input, expected);
  }

  private static byte[] word(BigInteger v) {
    byte[] b = v.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(32, b.length);
    System.arraycopy(b, b.length - n, out, 32 - n, n);
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int o = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, o, p.length);
      o += p.length;
    }
    return out;
  }

  @Test
  void addRejectsPointOffCurve() {
    byte[] in = concat(word(BigInteger.ONE), word(BigInteger.ONE), new byte[64]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.add(in));
    assertTrue(e.getMessage().contains("not on the curve"), e.getMessage());
  }

  @Test
  void addRejectsCoordinateNotBelowP() {
    // (1, 2 + p) names the generator if reduced: it must be refused, not reduced
    byte[] in = concat(word(BigInteger.ONE), word(Fp.MODULUS.add(BigInteger.TWO)), new byte[64]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.add(in));
    assertTrue(e.getMessage().contains("below q"), e.getMessage());
    byte[] px = concat(word(Fp.MODULUS), word(BigInteger.ZERO), new byte[64]);
    assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.add(px));
  }

  @Test
  void shortInputIsPaddedLongInputTruncated() {
    byte[] g = EvmCodec.encodeG1(G1Affine.GENERATOR);
    assertEquals(TestVectors.hex(g), TestVectors.hex(Bn254Precompiles.add(g)));
    byte[] longIn = concat(g, g, new byte[] {1, 2, 3});
    assertEquals(TestVectors.hex(EvmCodec.encodeG1(G1Affine.GENERATOR.twice())),
        TestVectors.hex(Bn254Precompiles.add(longIn)));
    byte[] mulIn = concat(g, word(BigInteger.TWO), new byte[] {9});
    assertEquals(TestVectors.hex(EvmCodec.encodeG1(G1Affine.GENERATOR.twice())),
        TestVectors.hex(Bn254Precompiles.mul(mulIn)));
    assertEquals(64, Bn254Precompiles.mul(new byte[0]).length);
  }

  @Test
  void mulTakesScalarsAboveR() {
    byte[] g = EvmCodec.encodeG1(G1Affine.GENERATOR);
    byte[] rPlus3 = concat(g, word(Fr.MODULUS.add(BigInteger.valueOf(3))));
    assertEquals(TestVectors.hex(EvmCodec.encodeG1(G1Affine.GENERATOR.multiply(BigInteger.valueOf(3)))),
        TestVectors.hex(Bn254Precompiles.mul(rPlus3)));
    byte[] max = concat(g, word(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)));
    assertEquals(TestVectors.hex(EvmCodec.encodeG1(G1Affine.GENERATOR.multiply(
        BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)))), TestVectors.hex(Bn254Precompiles.mul(max)));
  }

  @Test
  void pairingRejectsBadLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Bn254Precompiles.pairing(new byte[191]));
    assertTrue(e.getMessage().contains("multiple of 192"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.pairing(new byte[193]));
  }

  @Test
  void pairingRejectsG2OutsideSubgroup() {
    G2Affine q = G2TestPoints.onTwistNotInSubgroup(new java.util.Random(7));
    byte[] in = concat(EvmCodec.encodeG1(G1Affine.GENERATOR), EvmCodec.encodeG2(q));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.pairing(in));
    assertTrue(e.getMessage().contains("not in the subgroup"), e.getMessage());
  }

  @Test
  void pairingRejectsG2OffTwistAndNonCanonical() {
    byte[] off = concat(EvmCodec.encodeG1(G1Affine.GENERATOR), word(BigInteger.ONE), word(BigInteger.ONE),
        word(BigInteger.ONE), word(BigInteger.ONE));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.pairing(off));
    assertTrue(e.getMessage().contains("not on the twist"), e.getMessage());
    byte[] g2 = EvmCodec.encodeG2(G2Affine.GENERATOR);
    byte[] big = g2.clone();
    System.arraycopy(word(Fp.MODULUS), 0, big, 32, 32);
    assertThrows(IllegalArgumentException.class,
        () -> Bn254Precompiles.pairing(concat(EvmCodec.encodeG1(G1Affine.GENERATOR), big)));
    byte[] offG1 = concat(word(BigInteger.ONE), word(BigInteger.ONE), g2);
    assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.pairing(offG1));
  }

  @Test
  void pairingOfInfinityIsOne() {
    byte[] one = new byte[32];
    one[31] = 1;
    assertEquals(TestVectors.hex(one), TestVectors.hex(Bn254Precompiles.pairing(new byte[192])));
    byte[] g1inf = concat(new byte[64], EvmCodec.encodeG2(G2Affine.GENERATOR));
    assertEquals(TestVectors.hex(one), TestVectors.hex(Bn254Precompiles.pairing(g1inf)));
  }
}
