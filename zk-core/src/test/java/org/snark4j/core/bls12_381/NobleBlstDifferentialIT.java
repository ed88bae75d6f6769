package org.snark4j.core.bls12_381;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snark4j.core.testing.NodeOracle;

/**
 * snark4j's BLS12-381 against @noble/curves (fields, towers, G1 and G2, MSM, subgroup checks, the pairing value,
 * pairing checks, RFC 9380 hash to curve, the ZCash serialization), ffjavascript (snarkjs's roots of unity and
 * FFT over this Fr, and the binary point forms of snarkjs's files) and @chainsafe/blst, the native blst
 * (BLS signatures: hash to G2, keys and signatures in compressed form, verification), on random inputs.
 * Integration test: starts Node.js.
 */
class NobleBlstDifferentialIT {
  static final long SEED = new Random().nextLong();
  static final Random R = new Random(SEED);
  static final HexFormat HEX = HexFormat.of();
  /** The ciphersuite of Ethereum's consensus signatures (min-pk, proof of possession), which blst's sign uses. */
  static final String SIG_DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

  @BeforeAll
  static void node() {
    NodeOracle.assumeAvailable();
  }

  static List<String> fp2(Fp2 x) {
    return List.of(x.c0().toString(), x.c1().toString());
  }

  static List<String> fp12(Fp12 x) {
    List<String> out = new ArrayList<>();
    for (Fp6 h : List.of(x.c0(), x.c1())) {
      for (Fp2 t : List.of(h.c0(), h.c1(), h.c2())) {
        out.addAll(fp2(t));
      }
    }
    return out;
  }

  static Fp12 fp12(JsonNode v) {
    Fp2[] t = new Fp2[6];
    for (int i = 0; i < 6; i++) {
      t[i] = Fp2.of(Fp.parse(v.get(2 * i).asText()), Fp.parse(v.get(2 * i + 1).asText()));
    }
    return Fp12.of(Fp6.of(t[0], t[1], t[2]), Fp6.of(t[3], t[4], t[5]));
  }

  static List<String> g1(G1Affine p) {
    return p.isInfinity() ? null : List.of(p.x().toString(), p.y().toString());
  }

  static List<List<String>> g2(G2Affine q) {
    return q.isInfinity() ? null : List.of(fp2(q.x()), fp2(q.y()));
  }

  static G1Affine randomG1() {
    return R.nextInt(16) == 0 ? G1Affine.INFINITY : G1Affine.GENERATOR.multiply(Fr.random(R));
  }

  static G2Affine randomG2() {
    return R.nextInt(16) == 0 ? G2Affine.INFINITY : G2Affine.GENERATOR.multiply(Fr.random(R));
  }

  static Fp12 randomFp12() {
    return Fp12.of(Fp6.of(Fp2.random(R), Fp2.random(R), Fp2.random(R)), Fp6.of(Fp2.random(R), Fp2.random(R), Fp2.random(R)));
  }

  static void check(String what, int n, BiConsumer<NodeOracle, List<Object>> gen) throws Exception {
    NodeOracle oracle = new NodeOracle("bls12_381-oracle.mjs");
    List<Object> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      gen.accept(oracle, expected);
    }
    JsonNode got = oracle.run();
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(NodeOracle.JSON.valueToTree(expected.get(i)), got.get(i), what + " case " + i + " (seed " + SEED + ")");
    }
  }

  @Test
  void fields() throws Exception {
    check("fields", 60, (o, e) -> {
      Fp a = Fp.random(R);
      Fp b = R.nextInt(10) == 0 ? Fp.ONE.negate() : Fp.random(R);
      o.add("fp_mul", a.toString(), b.toString());
      e.add(a.multiply(b).toString());
      o.add("fp_inv", a.toString());
      e.add(a.inverse().toString());
      Fr c = Fr.random(R);
      Fr d = Fr.random(R);
      o.add("fr_mul", c.toString(), d.toString());
      e.add(c.multiply(d).toString());
      o.add("fr_inv", c.toString());
      e.add(c.inverse().toString());
      Fp2 x = Fp2.random(R);
      Fp2 y = Fp2.random(R);
      o.add("fp2_mul", fp2(x), fp2(y));
      e.add(fp2(x.multiply(y)));
      o.add("fp2_inv", fp2(x));
      e.add(fp2(x.inverse()));
      Fp12 f = randomFp12();
      Fp12 g = randomFp12();
      o.add("fp12_mul", fp12(f), fp12(g));
      e.add(fp12(f.multiply(g)));
      o.add("fp12_inv", fp12(f));
      e.add(fp12(f.inverse()));
      int k = 1 + R.nextInt(11);
      o.add("fp12_frobenius", fp12(f), k);
      e.add(fp12(f.frobenius(k)));
    });
  }

  @Test
  void groupsMsmAndSubgroups() throws Exception {
    check("groups", 25, (o, e) -> {
      G1Affine p = randomG1();
      G1Affine q = R.nextInt(8) == 0 ? p : randomG1();
      o.add("g1_add", g1(p), g1(q));
      e.add(g1(p.add(q)));
      BigInteger k = new BigInteger(256, R);
      o.add("g1_mul", g1(p), k.toString());
      e.add(g1(p.multiply(k.mod(Fr.MODULUS))));
      G2Affine s = randomG2();
      G2Affine t = R.nextInt(8) == 0 ? s : randomG2();
      o.add("g2_add", g2(s), g2(t));
      e.add(g2(s.add(t)));
      o.add("g2_mul", g2(s), k.toString());
      e.add(g2(s.multiply(k.mod(Fr.MODULUS))));
      int n = 1 + R.nextInt(12);
      G1Affine[] b1 = new G1Affine[n];
      G2Affine[] b2 = new G2Affine[n];
      Fr[] sc = new Fr[n];
      List<Object> p1 = new ArrayList<>();
      List<Object> p2 = new ArrayList<>();
      List<String> ks = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        b1[i] = randomG1();
        b2[i] = randomG2();
        sc[i] = Fr.random(R);
        p1.add(g1(b1[i]));
        p2.add(g2(b2[i]));
        ks.add(sc[i].toString());
      }
      o.add("g1_msm", p1, ks);
      e.add(g1(Msm.g1(b1, sc).toAffine()));
      o.add("g2_msm", p2, ks);
      e.add(g2(Msm.g2(b2, sc).toAffine()));
      G1Affine off1 = G2TestPoints.onG1Curve(R);
      o.add("g1_torsion_free", g1(off1));
      e.add(off1.isInSubgroup());
      G2Affine off2 = G2TestPoints.onTwist(R);
      o.add("g2_torsion_free", g2(off2));
      e.add(off2.isInSubgroup());
    });
  }

  /** The pairing value itself: noble's final exponentiation takes the same power (the reduced pairing cubed). */
  @Test
  void pairingValuesAndChecks() throws Exception {
    NodeOracle o = new NodeOracle("bls12_381-oracle.mjs");
    List<Fp12> ours = new ArrayList<>();
    List<Boolean> checks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      G1Affine p = G1Affine.GENERATOR.multiply(Fr.random(R));
      G2Affine q = G2Affine.GENERATOR.multiply(Fr.random(R));
      o.add("pairing", g1(p), g2(q));
      ours.add(Pairing.pair(p, q));
      Fr a = Fr.random(R);
      boolean valid = R.nextBoolean();
      G1Affine p2 = p.multiply(a).negate();
      G2Affine q2 = valid ? q : q.twice();
      List<G1Affine> ps = List.of(p.multiply(a), p2.isInfinity() ? p2 : p2, randomG1());
      List<G2Affine> qs = List.of(q, q2, G2Affine.INFINITY);
      o.add("pairing_check", ps.stream().map(NobleBlstDifferentialIT::g1).toList(),
          qs.stream().map(NobleBlstDifferentialIT::g2).toList());
      checks.add(Pairing.pairingCheck(ps, qs));
    }
    JsonNode got = o.run();
    for (int i = 0; i < ours.size(); i++) {
      assertEquals(fp12(got.get(2 * i)), ours.get(i), "pairing " + i + " (seed " + SEED + ")");
      assertEquals(got.get(2 * i + 1).asBoolean(), checks.get(i), "pairing check " + i + " (seed " + SEED + ")");
    }
  }

  /** The roots of unity and the FFT snarkjs uses for BLS12-381's Fr (ffjavascript), against NttDomain. */
  @Test
  void rootsOfUnityAndFft() throws Exception {
    NodeOracle o = new NodeOracle("bls12_381-oracle.mjs");
    List<Object> e = new ArrayList<>();
    for (int k = 0; k <= NttDomain.TWO_ADICITY && k <= 30; k++) {
      o.add("fr_root_of_unity", k);
      e.add(NttDomain.rootOfUnity(1 << k).toString());
    }
    Fr[] values = new Fr[16];
    for (int i = 0; i < values.length; i++) {
      values[i] = Fr.random(R);
    }
    o.add("fr_fft", java.util.Arrays.stream(values).map(Fr::toString).toList());
    e.add(java.util.Arrays.stream(NttDomain.of(16).forward(values)).map(Fr::toString).toList());
    JsonNode got = o.run();
    for (int i = 0; i < e.size(); i++) {
      assertEquals(NodeOracle.JSON.valueToTree(e.get(i)), got.get(i), "roots/fft case " + i + " (seed " + SEED + ")");
    }
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
    NodeOracle o = new NodeOracle("bls12_381-oracle.mjs");
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
    NodeOracle o = new NodeOracle("bls12_381-oracle.mjs");
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
