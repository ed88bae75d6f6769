package org.snark4j.circuits.gadgets.babyjub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.snark4j.circuits.Api;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.UnsatisfiedConstraintException;
import org.snark4j.circuits.Variable;
import org.snark4j.core.bn254.Fr;

/** Baby Jubjub against circomlibjs's values, and the circuit forms against the native twin. */
class BabyJubTest {
  static BabyJubPoint point(JsonNode p) {
    return new BabyJubPoint(Fr.parse(p.get(0).asText()), Fr.parse(p.get(1).asText()));
  }

  static JsonNode vectors() throws Exception {
    try (InputStream in = BabyJubTest.class.getResourceAsStream("/vectors/circomlib/babyjub.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void matchesCircomlibjs() throws Exception {
    int checked = 0;
    for (JsonNode c : vectors()) {
      switch (c.get("op").asText()) {
        case "constants" -> {
          assertEquals(BabyJubPoint.GENERATOR, point(c.get("Generator")));
          assertEquals(BabyJubPoint.BASE8, point(c.get("Base8")));
          assertEquals(BabyJubPoint.ORDER, new BigInteger(c.get("order").asText()));
          assertEquals(BabyJubPoint.SUB_ORDER, new BigInteger(c.get("subOrder").asText()));
          assertEquals(BabyJubPoint.A, Fr.parse(c.get("A").asText()));
          assertEquals(BabyJubPoint.D, Fr.parse(c.get("D").asText()));
          assertEquals(BabyJubPoint.BASE8, BabyJubPoint.GENERATOR.multiply(BigInteger.valueOf(8)));
          assertEquals(BabyJubPoint.IDENTITY, BabyJubPoint.BASE8.multiply(BabyJubPoint.SUB_ORDER));
        }
        case "add" -> assertEquals(point(c.get("out")), point(c.get("p1")).add(point(c.get("p2"))));
        case "mul" -> assertEquals(point(c.get("out")), point(c.get("p")).multiply(new BigInteger(c.get("k").asText())));
        case "pack" -> {
          byte[] packed = HexFormat.of().parseHex(c.get("packed").asText());
          assertEquals(c.get("packed").asText(), HexFormat.of().formatHex(point(c.get("p")).pack()));
          assertEquals(point(c.get("p")), BabyJubPoint.unpack(packed).orElseThrow());
        }
        case "inCurve" -> assertEquals(c.get("result").asBoolean(), point(c.get("p")).isOnCurve());
        default -> throw new IllegalStateException("unknown op " + c.get("op"));
      }
      checked++;
    }
    assertEquals(17, checked);
  }

  static Variable[] pointInput(Api api, String name) {
    return new Variable[] {api.secretInput(name + ".x"), api.secretInput(name + ".y")};
  }

  static Assignment.Builder set(Assignment.Builder b, String name, BabyJubPoint p) {
    return b.set(name + ".x", p.x()).set(name + ".y", p.y());
  }

  @Property(tries = 20)
  void circuitAdditionMatchesNative(@ForAll long s1, @ForAll long s2) {
    BabyJubPoint p = BabyJubPoint.BASE8.multiply(BigInteger.valueOf(s1).abs());
    BabyJubPoint q = s2 % 3 == 0 ? p : BabyJubPoint.BASE8.multiply(BigInteger.valueOf(s2).abs());
    Circuit c = api -> {
      Variable[] a = pointInput(api, "p");
      Variable[] b = pointInput(api, "q");
      Variable[] sum = BabyJub.add(api, a, b);
      Variable[] dbl = BabyJub.twice(api, a);
      api.assertEqual(sum[0], api.publicInput("sx"));
      api.assertEqual(sum[1], api.publicInput("sy"));
      api.assertEqual(dbl[0], api.publicInput("dx"));
      api.assertEqual(dbl[1], api.publicInput("dy"));
    };
    BabyJubPoint sum = p.add(q);
    BabyJubPoint dbl = p.twice();
    CompiledCircuit cc = CompiledCircuit.compile(c, false);
    assertEquals(12 + 4, cc.r1cs().constraintCount());
    Assignment.Builder b = set(set(Assignment.builder(), "p", p), "q", q)
        .set("sx", sum.x()).set("sy", sum.y()).set("dx", dbl.x()).set("dy", dbl.y());
    cc.solve(b.build());
    Assignment.Builder bad = set(set(Assignment.builder(), "p", p), "q", q)
        .set("sx", sum.x()).set("sy", sum.y().add(Fr.ONE)).set("dx", dbl.x()).set("dy", dbl.y());
    assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(bad.build()));
  }

  @Test
  void onCurveCheck() {
    Circuit c = api -> BabyJub.assertOnCurve(api, pointInput(api, "p"));
    CompiledCircuit cc = CompiledCircuit.compile(c);
    assertEquals(3, cc.r1cs().constraintCount());
    cc.solve(set(Assignment.builder(), "p", BabyJubPoint.BASE8.multiply(BigInteger.valueOf(12345))).build());
    BabyJubPoint off = new BabyJubPoint(Fr.of(1), Fr.of(2));
    assertTrue(!off.isOnCurve());
    assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(set(Assignment.builder(), "p", off).build()));
  }

  @Test
  void unpackRefusesBadInput() {
    assertThrows(IllegalArgumentException.class, () -> BabyJubPoint.unpack(new byte[31]));
    Random r = new Random(1);
    int none = 0;
    for (int i = 0; i < 20; i++) {
      byte[] b = new byte[32];
      r.nextBytes(b);
      b[31] &= 0x0f;
      none += BabyJubPoint.unpack(b).isEmpty() ? 1 : 0;
    }
    assertTrue(none > 0, "about half of random y values have no point");
  }
}
