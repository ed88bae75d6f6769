package org.snark4j.prover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;

/** The setup's windowed multiples of the generators against plain scalar multiplication. */
class FixedBaseTest {
  @Test
  void multiplesOfTheGeneratorsMatchScalarMultiplication() {
    Random random = new Random(3);
    Fr[] s = new Fr[40];
    s[0] = Fr.ZERO;
    s[1] = Fr.ONE;
    s[2] = Fr.ONE.negate();
    s[3] = Fr.of(255);
    s[4] = Fr.of(256);
    for (int i = 5; i < s.length; i++) {
      s[i] = Fr.random(random);
    }
    G1Affine[] p1 = Groth16Setup.g1(s);
    G2Affine[] p2 = Groth16Setup.g2(s);
    for (int i = 0; i < s.length; i++) {
      assertEquals(G1Affine.GENERATOR.multiply(s[i]), p1[i], "G1, scalar " + i);
      assertEquals(G2Affine.GENERATOR.multiply(s[i]), p2[i], "G2, scalar " + i);
    }
  }
}
