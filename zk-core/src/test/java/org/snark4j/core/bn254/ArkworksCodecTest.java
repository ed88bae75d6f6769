package org.snark4j.core.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * arkworks' uncompressed form: round trips, infinity, the layout against EvmCodec's words (the same
 * coordinates, little-endian and c0 first), refusals. Byte-for-byte agreement with zkVerify's own example is
 * tested in the bridge ({@code SubstrateGroth16Test}).
 */
class ArkworksCodecTest {
  @Test
  void roundTripsAndLayout() {
    Random r = new Random(4);
    for (int i = 0; i < 10; i++) {
      G1Affine p = G1Affine.GENERATOR.multiply(Fr.random(r));
      G2Affine q = G2Affine.GENERATOR.multiply(Fr.random(r));
      Fr s = Fr.random(r);
      assertEquals(p, ArkworksCodec.decodeG1(ArkworksCodec.encodeG1(p)));
      assertEquals(q, ArkworksCodec.decodeG2(ArkworksCodec.encodeG2(q)));
      assertEquals(s, ArkworksCodec.decodeFr(ArkworksCodec.encodeFr(s)));
      byte[] ark = ArkworksCodec.encodeG2(q);
      byte[] evm = EvmCodec.encodeG2(q);
      for (int k = 0; k < 32; k++) {
        assertEquals(evm[32 + 31 - k], ark[k]); // x.c0 is EVM's second word
        assertEquals(evm[31 - k], ark[32 + k]); // x.c1 its first
      }
    }
    assertTrue(ArkworksCodec.decodeG1(ArkworksCodec.encodeG1(G1Affine.INFINITY)).isInfinity());
    assertTrue(ArkworksCodec.decodeG2(ArkworksCodec.encodeG2(G2Affine.INFINITY)).isInfinity());
    assertEquals(0x40, ArkworksCodec.encodeG1(G1Affine.INFINITY)[63]);
  }

  @Test
  void malformedInputIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ArkworksCodec.decodeG1(new byte[63]));
    byte[] offCurve = ArkworksCodec.encodeG1(G1Affine.GENERATOR);
    offCurve[0] ^= 1;
    assertThrows(IllegalArgumentException.class, () -> ArkworksCodec.decodeG1(offCurve));
    byte[] bigScalar = new byte[32];
    java.util.Arrays.fill(bigScalar, (byte) 0xFF);
    assertThrows(IllegalArgumentException.class, () -> ArkworksCodec.decodeFr(bigScalar));
    G2Affine outside = G2TestPoints.onTwistNotInSubgroup(new Random(6));
    assertThrows(IllegalArgumentException.class, () -> ArkworksCodec.decodeG2(ArkworksCodec.encodeG2(outside)));
  }
}
