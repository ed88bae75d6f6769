package org.snark4j.core.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snark4j.core.testing.NodeOracle;

/**
 * snark4j's BN254 against @noble/curves (an audited implementation) and ffjavascript (snarkjs's field
 * library) on random inputs: fields, towers, G1 and G2, MSM, the pairing value itself, pairing checks, the
 * roots of unity and the FFT. Integration test: starts Node.js.
 */
class NobleDifferentialIT {
  static final long SEED = new Random().nextLong();
  static final Random R = new Random(SEED);

  @BeforeAll
  static void node() {
    NodeOracle.assumeAvailable();
  }

  static List<String> fp12(Fp12 x) {
    List<String> out = new ArrayList<>();
    for (Fp6 h : List.of(x.c0(), x.c1())) {
      for (Fp2 t : List.of(h.c0(), h.c1(), h.c2())) {
        out.add(t.c0().toString());
        out.add(t.c1().toString());
      }
    }
    return out;
  }

  static List<String> fp2(Fp2 x) {
    return List.of(x.c0().toString(), x.c1().toString());
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

  /** Adds the cases with their expected answers, runs Node once, compares each. */
  static void check(String what, int n, java.util.function.BiConsumer<NodeOracle, List<Object>> gen)
      throws Exception {
    NodeOracle oracle = new NodeOracle("bn254-oracle.mjs");
    List<Object> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      gen.accept(oracle, expected);
    }
    JsonNode got = oracle.run();
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(NodeOracle.JSON.valueToTree(expected.get(i)), got.get(i),
          what + " case " + i + " (seed " + SEED + ")");
    }
  }

  @Test
  void fields() throws Exception {
    check("fields", 100, (o, e) -> {
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
    });
  }

  @Test
  void fp12() throws Exception {
    check("fp12", 30, (o, e) -> {
      Fp12 x = Fp12.random(R);
      Fp12 y = Fp12.random(R);
      o.add("fp12_mul", fp12(x), fp12(y));
      e.add(fp12(x.multiply(y)));
      o.add("fp12_inv", fp12(x));
      e.add(fp12(x.inverse()));
      int k = 1 + R.nextInt(3);
      o.add("fp12_frobenius", fp12(x), k);
      e.add(fp12(x.frobenius(k)));
    });
  }

  @Test
  void groups() throws Exception {
    check("groups", 40, (o, e) -> {
      G1Affine p = randomG1();
      G1Affine q = R.nextInt(8) == 0 ? p : randomG1();
      o.add("g1_add", g1(p), g1(q));
      e.add(g1(p.add(q)));
      BigInteger k = new BigInteger(256, R);
      o.add("g1_mul", g1(p), k.toString());
      e.add(g1(p.multiply(k)));
      G2Affine s = randomG2();
      G2Affine t = R.nextInt(8) == 0 ? s.negate() : randomG2();
      o.add("g2_add", g2(s), g2(t));
      e.add(g2(s.add(t)));
      o.add("g2_mul", g2(s), k.toString());
      e.add(g2(s.multiply(k)));
    });
  }

  @Test
  void msm() throws Exception {
    check("msm", 4, (o, e) -> {
      int n = 1 + R.nextInt(200);
      G1Affine[] b = new G1Affine[n];
      Fr[] s = new Fr[n];
      List<Object> ps = new ArrayList<>();
      List<String> ks = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        b[i] = randomG1();
        s[i] = Fr.random(R);
        ps.add(g1(b[i]));
        ks.add(s[i].toString());
      }
      o.add("g1_msm", ps, ks);
      e.add(g1(Msm.g1(b, s).toAffine()));
    });
  }

  @Test
  void pairing() throws Exception {
    check("pairing", 10, (o, e) -> {
      G1Affine p = G1Affine.GENERATOR.multiply(Fr.random(R));
      G2Affine q = G2Affine.GENERATOR.multiply(Fr.random(R));
      o.add("pairing", g1(p), g2(q));
      e.add(fp12(Pairing.pair(p, q)));
      // a check that holds, and one that does not
      Fr a = Fr.random(R);
      List<G1Affine> ps = List.of(p.multiply(a), p.negate(), randomG1());
      List<G2Affine> qs = List.of(q, q.multiply(a), R.nextBoolean() ? G2Affine.INFINITY : randomG2());
      List<Object> pj = new ArrayList<>();
      List<Object> qj = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        pj.add(g1(ps.get(i)));
        qj.add(g2(qs.get(i)));
      }
      o.add("pairing_check", pj, qj);
      e.add(Pairing.pairingCheck(ps, qs));
    });
  }

  @Test
  void rootsOfUnityAndFft() throws Exception {
    NodeOracle o = new NodeOracle("bn254-oracle.mjs");
    List<Object> e = new ArrayList<>();
    for (int k = 0; k <= NttDomain.MAX_LOG_SIZE; k++) {
      o.add("fr_root_of_unity", k);
      e.add(NttDomain.rootOfUnity(1 << k).toString());
    }
    for (int logN : new int[] {0, 1, 3, 8, 12}) {
      int n = 1 << logN;
      Fr[] v = new Fr[n];
      List<String> vs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        v[i] = Fr.random(R);
        vs.add(v[i].toString());
      }
      o.add("fr_fft", vs);
      List<String> out = new ArrayList<>();
      for (Fr x : NttDomain.of(n).forward(v)) {
        out.add(x.toString());
      }
      e.add(out);
    }
    JsonNode got = o.run();
    for (int i = 0; i < e.size(); i++) {
      assertEquals(NodeOracle.JSON.valueToTree(e.get(i)), got.get(i), "roots/fft case " + i + " (seed " + SEED + ")");
    }
  }

}
