package org.snark4j.core.bls12_381;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.snark4j.core.bls12_381.NobleDifferentialIT.R;
import static org.snark4j.core.bls12_381.NobleDifferentialIT.SEED;
import static org.snark4j.core.bls12_381.NobleDifferentialIT.check;
import static org.snark4j.core.bls12_381.NobleDifferentialIT.g1;
import static org.snark4j.core.bls12_381.NobleDifferentialIT.g2;
import static org.snark4j.core.bls12_381.NobleDifferentialIT.randomG1;
import static org.snark4j.core.bls12_381.NobleDifferentialIT.randomG2;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snark4j.core.testing.NodeOracle;

/**
 * What BLS12-381 has beyond the differential tests every curve gets ({@link NobleDifferentialIT}): subgroup
 * checks off the subgroup, RFC 9380 hash to curve and the ZCash serialization against @noble/curves, snarkjs's
 * binary point forms against ffjavascript, and BLS signatures against @chainsafe/blst, the native blst (hash to
 * G2, keys and signatures in compressed form, verification), on random inputs. Integration test: starts Node.js.
 */
class NobleBlstDifferentialIT {
  static final HexFormat HEX = HexFormat.of();
  /** The ciphersuite of Ethereum's consensus signatures (min-pk, proof of possession), which blst's sign uses. */
  static final String SIG_DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

  @BeforeAll
  static void node() {
    NodeOracle.assumeAvailable();
  }

  /** Points of the curve and the twist outside the subgroups, and points in them. */
  @Test
  void subgroupChecks() throws Exception {
    check("subgroups", 12, (o, e) -> {
      G1Affine off1 = R.nextBoolean() ? G2TestPoints.onG1Curve(R) : randomG1();
      o.add("g1_torsion_free", g1(off1));
      e.add(off1.isInSubgroup());
      G2Affine off2 = R.nextBoolean() ? G2TestPoints.onTwist(R) : randomG2();
      o.add("g2_torsion_free", g2(off2));
      e.add(off2.isInSubgroup());
    });
  }

  @Test
  void hashToCurveAndSerialization() throws Exception {
    check("hash and codec", 12, (o, e) -> {
      byte[] msg = new byte[R.nextInt(100)];
      R.nextBytes(msg);
      String dst = "SNARK4J-TEST-V01-" + R.nextInt(1000);
      o.add("hash_g1", HEX.formatHex(msg), dst);
      e.add(g1(HashToCurve.hashToG1(msg, dst)));
      o.add("hash_g2", HEX.formatHex(msg), dst);
      e.add(g2(HashToCurve.hashToG2(msg, dst)));
      G1Affine p = G1Affine.GENERATOR.multiply(Fr.random(R));
      G2Affine q = G2Affine.GENERATOR.multiply(Fr.random(R));
      o.add("g1_compressed", g1(p));
      e.add(HEX.formatHex(ZcashCodec.encodeG1Compressed(p)));
      o.add("g1_uncompressed", g1(p));
      e.add(HEX.formatHex(ZcashCodec.encodeG1(p)));
      o.add("g2_compressed", g2(q));
      e.add(HEX.formatHex(ZcashCodec.encodeG2Compressed(q)));
      o.add("g2_uncompressed", g2(q));
      e.add(HEX.formatHex(ZcashCodec.encodeG2(q)));
    });
  }

  /**
   * The binary point forms of snarkjs's files and transcripts for its bls12381 curve, as ffjavascript writes them:
   * the Montgomery form of .zkey and .ptau sections, and the uncompressed and compressed big-endian forms, for
   * random points and the point at infinity; and the Montgomery form read back.
   */
  @Test
  void snarkjsBinaryForms() throws Exception {
    NodeOracle o = new NodeOracle(NobleDifferentialIT.ORACLE);
    List<Object> e = new ArrayList<>();
    List<Object> points = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      G1Affine p = i == 0 ? G1Affine.INFINITY : randomG1();
      G2Affine q = i == 0 ? G2Affine.INFINITY : randomG2();
      o.add("ffjs_g1_forms", g1(p));
      byte[] lem = new byte[SnarkjsBinaryCodec.G1_BYTES];
      SnarkjsBinaryCodec.writeG1(p, java.nio.ByteBuffer.wrap(lem), 0);
      byte[] cmp = new byte[SnarkjsBinaryCodec.FP_BYTES];
      SnarkjsBinaryCodec.writeG1Compressed(p, cmp, 0);
      e.add(List.of(HEX.formatHex(lem), HEX.formatHex(SnarkjsBinaryCodec.encodeG1Uncompressed(p)), HEX.formatHex(cmp)));
      points.add(p);
      o.add("ffjs_g2_forms", g2(q));
      byte[] lem2 = new byte[SnarkjsBinaryCodec.G2_BYTES];
      SnarkjsBinaryCodec.writeG2(q, java.nio.ByteBuffer.wrap(lem2), 0);
      byte[] cmp2 = new byte[2 * SnarkjsBinaryCodec.FP_BYTES];
      SnarkjsBinaryCodec.writeG2Compressed(q, cmp2, 0);
      e.add(List.of(HEX.formatHex(lem2), HEX.formatHex(SnarkjsBinaryCodec.encodeG2Uncompressed(q)), HEX.formatHex(cmp2)));
      points.add(q);
    }
    JsonNode got = o.run();
    for (int i = 0; i < e.size(); i++) {
      assertEquals(NodeOracle.JSON.valueToTree(e.get(i)), got.get(i), "ffjavascript forms case " + i + " (seed " + SEED + ")");
      java.nio.ByteBuffer lem = java.nio.ByteBuffer.wrap(HEX.parseHex(got.get(i).get(0).asText()));
      Object back = i % 2 == 0 ? SnarkjsBinaryCodec.readG1(lem, 0, "p") : SnarkjsBinaryCodec.readG2(lem, 0, "q");
      assertEquals(points.get(i), back, "ffjavascript's Montgomery form read back, case " + i);
    }
  }

  /**
   * BLS signatures as blst makes them: pk = [sk]G1, sig = [sk]H(msg) with hash to G2 under Ethereum's
   * ciphersuite; ours equal byte for byte, blst accepts ours, and e(pk, H(msg)) = e(G1, sig) holds in ours
   * exactly when blst verifies (a wrong message fails in both).
   */
  @Test
  void blstSignaturesAgree() throws Exception {
    NodeOracle o = new NodeOracle(NobleDifferentialIT.ORACLE);
    List<String[]> ours = new ArrayList<>();
    List<byte[]> msgs = new ArrayList<>();
    List<Fr> keys = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Fr sk = Fr.random(R);
      byte[] msg = ("message " + R.nextInt()).getBytes(StandardCharsets.UTF_8);
      G1Affine pk = G1Affine.GENERATOR.multiply(sk);
      G2Affine sig = HashToCurve.hashToG2(msg, SIG_DST).multiply(sk);
      String pkHex = HEX.formatHex(ZcashCodec.encodeG1Compressed(pk));
      String sigHex = HEX.formatHex(ZcashCodec.encodeG2Compressed(sig));
      ours.add(new String[] {pkHex, sigHex});
      msgs.add(msg);
      keys.add(sk);
      o.add("blst_sign", sk.toString(), HEX.formatHex(msg));
      o.add("blst_verify", HEX.formatHex(msg), pkHex, sigHex);
      byte[] other = (new String(msg, StandardCharsets.UTF_8) + "!").getBytes(StandardCharsets.UTF_8);
      o.add("blst_verify", HEX.formatHex(other), pkHex, sigHex);
    }
    JsonNode got = o.run();
    for (int i = 0; i < ours.size(); i++) {
      JsonNode sign = got.get(3 * i);
      assertEquals(ours.get(i)[0], sign.get(0).asText(), "public key " + i + " (seed " + SEED + ")");
      assertEquals(ours.get(i)[1], sign.get(1).asText(), "signature " + i + " (seed " + SEED + ")");
      assertEquals(true, got.get(3 * i + 1).asBoolean(), "blst verifies our signature " + i);
      assertEquals(false, got.get(3 * i + 2).asBoolean(), "blst refuses a wrong message " + i);
      G1Affine pk = ZcashCodec.decodeG1(HEX.parseHex(ours.get(i)[0]));
      G2Affine sig = ZcashCodec.decodeG2(HEX.parseHex(ours.get(i)[1]));
      G2Affine h = HashToCurve.hashToG2(msgs.get(i), SIG_DST);
      assertEquals(true, Pairing.pairingCheck(List.of(pk, G1Affine.GENERATOR.negate()), List.of(h, sig)));
      G2Affine wrong = HashToCurve.hashToG2(new byte[] {1}, SIG_DST);
      assertEquals(false, Pairing.pairingCheck(List.of(pk, G1Affine.GENERATOR.negate()), List.of(wrong, sig)));
    }
  }
}
