package org.snark4j.core.bls12_381;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The ZCash point serialization: round trips, the generators' published encodings, and malformed input. */
class ZcashCodecTest {
  private static final HexFormat HEX = HexFormat.of();

  @Property(tries = 30)
  void roundTrips(@ForAll long seed) {
    Random r = new Random(seed);
    G1Affine p = G1Affine.GENERATOR.multiply(Fr.random(r));
    G2Affine q = G2Affine.GENERATOR.multiply(Fr.random(r));
    assertEquals(p, ZcashCodec.decodeG1(ZcashCodec.encodeG1Compressed(p)));
    assertEquals(p, ZcashCodec.decodeG1(ZcashCodec.encodeG1(p)));
    assertEquals(p.negate(), ZcashCodec.decodeG1(ZcashCodec.encodeG1Compressed(p.negate())));
    assertEquals(q, ZcashCodec.decodeG2(ZcashCodec.encodeG2Compressed(q)));
    assertEquals(q, ZcashCodec.decodeG2(ZcashCodec.encodeG2(q)));
    assertEquals(q.negate(), ZcashCodec.decodeG2(ZcashCodec.encodeG2Compressed(q.negate())));
  }

  @Test
  void generatorsAndInfinityAsPublished() {
    assertEquals("97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb",
        HEX.formatHex(ZcashCodec.encodeG1Compressed(G1Affine.GENERATOR)));
    assertEquals("93e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e"
        + "024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8",
        HEX.formatHex(ZcashCodec.encodeG2Compressed(G2Affine.GENERATOR)));
    byte[] inf = ZcashCodec.encodeG1Compressed(G1Affine.INFINITY);
    assertEquals((byte) 0xC0, inf[0]);
    assertTrue(ZcashCodec.decodeG1(inf).isInfinity());
    assertTrue(ZcashCodec.decodeG1(ZcashCodec.encodeG1(G1Affine.INFINITY)).isInfinity());
    assertTrue(ZcashCodec.decodeG2(ZcashCodec.encodeG2Compressed(G2Affine.INFINITY)).isInfinity());
    assertTrue(ZcashCodec.decodeG2(ZcashCodec.encodeG2(G2Affine.INFINITY)).isInfinity());
  }

  @Test
  void malformedInputIsRefused() {
    byte[] g = ZcashCodec.encodeG1Compressed(G1Affine.GENERATOR);
    assertThrows(IllegalArgumentException.class, () -> ZcashCodec.decodeG1(new byte[47]));
    byte[] noFlag = g.clone();
    noFlag[0] &= 0x7F;
    assertThrows(IllegalArgumentException.class, () -> ZcashCodec.decodeG1(noFlag));
    byte[] stray = ZcashCodec.encodeG1Compressed(G1Affine.INFINITY);
    stray[47] = 1;
    assertThrows(IllegalArgumentException.class, () -> ZcashCodec.decodeG1(stray));
    byte[] sortedInfinity = ZcashCodec.encodeG1Compressed(G1Affine.INFINITY);
    sortedInfinity[0] |= 0x20;
    assertThrows(IllegalArgumentException.class, () -> ZcashCodec.decodeG1(sortedInfinity));
    byte[] uncompressedSorted = ZcashCodec.encodeG1(G1Affine.GENERATOR);
    uncompressedSorted[0] |= 0x20;
    assertThrows(IllegalArgumentException.class, () -> ZcashCodec.decodeG1(uncompressedSorted));
    // x = p (not canonical)
    byte[] big = new byte[48];
    byte[] pBytes = Fp.MODULUS.toByteArray();
    System.arraycopy(pBytes, pBytes.length - 48, big, 0, 48);
    big[0] |= (byte) 0x80;
    assertThrows(IllegalArgumentException.class, () -> ZcashCodec.decodeG1(big));
    // a point on the curve outside G1
    G1Affine outside = G2TestPoints.onG1Curve(new Random(3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ZcashCodec.decodeG1(ZcashCodec.encodeG1Compressed(outside)));
    assertTrue(e.getMessage().contains("subgroup"), e.getMessage());
    assertEquals(outside, ZcashCodec.decodeG1NoSubgroupCheck(ZcashCodec.encodeG1Compressed(outside)));
    G2Affine outside2 = G2TestPoints.onTwist(new Random(4));
    assertThrows(IllegalArgumentException.class, () -> ZcashCodec.decodeG2(ZcashCodec.encodeG2(outside2)));
    assertEquals(outside2, ZcashCodec.decodeG2NoSubgroupCheck(ZcashCodec.encodeG2Compressed(outside2)));
    // an x with no point: x = 1 gives y² = 5, not a square mod p
    byte[] one = new byte[48];
    one[0] = (byte) 0x80;
    one[47] = 1;
    boolean square = Fp.of(5).legendre() == 1;
    if (!square) {
      assertThrows(IllegalArgumentException.class, () -> ZcashCodec.decodeG1NoSubgroupCheck(one));
    }
  }
}
