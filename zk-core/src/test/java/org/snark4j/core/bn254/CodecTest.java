package org.snark4j.core.bn254;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.snark4j.core.testing.TestVectors;
import org.junit.jupiter.api.Test;

/** Round trips of every codec, and refusal of malformed input. */
class CodecTest {
  @Provide
  Arbitrary<G1Affine> g1() {
    return Arbitraries.oneOf(Arbitraries.randomValue(r -> G1Affine.GENERATOR.multiply(Fr.random(r))),
        Arbitraries.of(G1Affine.INFINITY, G1Affine.GENERATOR, G1Affine.GENERATOR.negate()));
  }

  @Provide
  Arbitrary<G2Affine> g2() {
    return Arbitraries.oneOf(Arbitraries.randomValue(r -> G2Affine.GENERATOR.multiply(Fr.random(r))),
        Arbitraries.of(G2Affine.INFINITY, G2Affine.GENERATOR, G2Affine.GENERATOR.negate()));
  }

  @Property(tries = 50)
  void evmRoundTrip(@ForAll("g1") G1Affine p, @ForAll("g2") G2Affine q) {
    assertEquals(p, EvmCodec.decodeG1(EvmCodec.encodeG1(p), 0));
    assertEquals(q, EvmCodec.decodeG2(EvmCodec.encodeG2(q), 0));
    Fr s = Fr.random(new Random(p.hashCode()));
    assertEquals(s, EvmCodec.decodeFr(EvmCodec.encodeFr(s), 0));
  }

  @Property(tries = 50)
  void compressedRoundTrip(@ForAll("g1") G1Affine p, @ForAll("g2") G2Affine q) {
    assertEquals(p, CompressedCodec.decodeG1(CompressedCodec.encodeG1(p)));
    assertEquals(q, CompressedCodec.decodeG2(CompressedCodec.encodeG2(q)));
  }

  @Property(tries = 50)
  void snarkjsRoundTrip(@ForAll("g1") G1Affine p, @ForAll("g2") G2Affine q) {
    assertEquals(p, SnarkjsCodec.decodeG1(SnarkjsCodec.encodeG1(p)));
    assertEquals(q, SnarkjsCodec.decodeG2(SnarkjsCodec.encodeG2(q)));
  }

  @Test
  void evmLayoutIsEip197() {
    byte[] g2 = EvmCodec.encodeG2(G2Affine.GENERATOR);
    // x_imag first: 0x198e9393...
    assertEquals("198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2",
        TestVectors.hex(java.util.Arrays.copyOfRange(g2, 0, 32)));
    assertEquals("1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed",
        TestVectors.hex(java.util.Arrays.copyOfRange(g2, 32, 64)));
    assertArrayEquals(new byte[64], EvmCodec.encodeG1(G1Affine.INFINITY));
  }

  @Test
  void evmDecodersRefuseBadInput() {
    assertThrows(IllegalArgumentException.class, () -> EvmCodec.decodeG1(new byte[63], 0));
    assertThrows(IllegalArgumentException.class, () -> EvmCodec.decodeG2(new byte[127], 0));
    byte[] g2 = EvmCodec.encodeG2(G2TestPoints.onTwistNotInSubgroup(new Random(1)));
    assertThrows(IllegalArgumentException.class, () -> EvmCodec.decodeG2(g2, 0));
    assertTrue(EvmCodec.decodeG2NoSubgroupCheck(g2, 0).isOnCurve());
    byte[] off = EvmCodec.encodeG1(G1Affine.GENERATOR);
    off[63] ^= 1;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvmCodec.decodeG1(off, 0));
    assertTrue(e.getMessage().contains("not on the curve"), e.getMessage());
    assertTrue(!EvmCodec.decodeG1Unchecked(off, 0).isOnCurve());
    byte[] rBytes = Fr.MODULUS.toByteArray();
    assertThrows(IllegalArgumentException.class, () -> EvmCodec.decodeFr(rBytes, 0));
  }

  @Test
  void compressedDecodersRefuseBadInput() {
    byte[] c = CompressedCodec.encodeG1(G1Affine.GENERATOR);
    byte[] noFlag = c.clone();
    noFlag[0] &= 0x3F;
    assertThrows(IllegalArgumentException.class, () -> CompressedCodec.decodeG1(noFlag));
    byte[] dirtyInfinity = new byte[32];
    dirtyInfinity[0] = 0x40;
    dirtyInfinity[5] = 1;
    assertThrows(IllegalArgumentException.class, () -> CompressedCodec.decodeG1(dirtyInfinity));
    assertThrows(IllegalArgumentException.class, () -> CompressedCodec.decodeG1(new byte[31]));
    // x = 0 gives y² = 3, not a square mod p
    byte[] noPoint = new byte[32];
    noPoint[0] = (byte) 0x80;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CompressedCodec.decodeG1(noPoint));
    assertTrue(e.getMessage().contains("no point"), e.getMessage());
    byte[] q = CompressedCodec.encodeG2(G2TestPoints.onTwistNotInSubgroup(new Random(2)));
    assertThrows(IllegalArgumentException.class, () -> CompressedCodec.decodeG2(q));
  }

  @Test
  void snarkjsDecodersRefuseBadInput() {
    assertThrows(IllegalArgumentException.class, () -> SnarkjsCodec.decodeG1(List.of("1", "2", "3")));
    assertThrows(IllegalArgumentException.class, () -> SnarkjsCodec.decodeG1(List.of("1", "3", "1")));
    assertThrows(IllegalArgumentException.class, () -> SnarkjsCodec.decodeG1(List.of("1", "x", "1")));
    assertThrows(IllegalArgumentException.class,
        () -> SnarkjsCodec.decodeG1(List.of("1", Fp.MODULUS.add(BigInteger.TWO).toString(), "1")));
    assertEquals(G1Affine.INFINITY, SnarkjsCodec.decodeG1(List.of("0", "1", "0")));
    assertEquals(G1Affine.GENERATOR, SnarkjsCodec.decodeG1(List.of("1", "2")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fr.parse("-1"));
    assertTrue(e.getMessage().contains("[0, q)"), e.getMessage());
  }
}
