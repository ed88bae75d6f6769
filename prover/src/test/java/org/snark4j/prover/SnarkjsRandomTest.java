package org.snark4j.prover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.Fp2;
import org.snark4j.core.bn254.G2Affine;

/** snarkjs's hashToG2 against ffjavascript's answers (hash-to-g2.json, made by interop/extract/hash-to-g2.mjs). */
class SnarkjsRandomTest {
  @Test
  void hashToG2MatchesFfjavascript() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(getClass().getResourceAsStream("/hash-to-g2.json"));
    int n = 0;
    for (JsonNode v : doc.get("vectors")) {
      G2Affine expected = G2Affine.of(
          Fp2.of(new BigInteger(v.get("x").get(0).asText()), new BigInteger(v.get("x").get(1).asText())),
          Fp2.of(new BigInteger(v.get("y").get(0).asText()), new BigInteger(v.get("y").get(1).asText())));
      G2Affine actual = SnarkjsRandom.hashToG2(HexFormat.of().parseHex(v.get("hash").asText()));
      assertEquals(expected, actual, "vector " + n);
      assertTrue(actual.isInSubgroup());
      n++;
    }
    assertEquals(6, n);
  }
}
