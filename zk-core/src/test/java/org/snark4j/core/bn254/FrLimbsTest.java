package org.snark4j.core.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FrLimbsTest {
  @Test
  void sparseMulAddWeighsEachEntryByItsTableValue() {
    SplittableRandom rnd = new SplittableRandom(5);
    int rows = 50;
    int cols = 40;
    Fr[] table = {Fr.ONE, Fr.ONE.negate(), Fr.ZERO, Fr.random(rnd), Fr.random(rnd)};
    Fr[] x = new Fr[cols];
    for (int i = 0; i < cols; i++) {
      x[i] = i == 0 ? Fr.ONE.negate() : Fr.random(rnd);
    }
    int entries = 600;
    int[] row = new int[entries];
    int[] col = new int[entries];
    int[] value = new int[entries];
    for (int k = 0; k < entries; k++) {
      row[k] = rnd.nextInt(rows);
      col[k] = rnd.nextInt(cols);
      value[k] = rnd.nextInt(table.length);
    }
    long[] values = limbs(table);
    long[] xl = limbs(x);
    byte[] tag = new byte[entries];
    for (int k = 0; k < entries; k++) {
      tag[k] = (byte) rnd.nextInt(2);
    }
    long[] all = new long[4 * rows];
    FrLimbs.sparseMulAdd(all, null, 0, row, col, value, values, xl, 0, 250);
    FrLimbs.sparseMulAdd(all, null, 0, row, col, value, values, xl, 250, entries);
    long[][] byTag = {new long[4 * rows], new long[4 * rows]};
    for (int which = 0; which < 2; which++) {
      FrLimbs.sparseMulAdd(byTag[which], tag, which, row, col, value, values, xl, 0, entries);
    }
    Fr[] expected = new Fr[rows];
    Fr[][] expectedByTag = new Fr[2][rows];
    java.util.Arrays.fill(expected, Fr.ZERO);
    java.util.Arrays.fill(expectedByTag[0], Fr.ZERO);
    java.util.Arrays.fill(expectedByTag[1], Fr.ZERO);
    for (int k = 0; k < entries; k++) {
      Fr term = table[value[k]].multiply(x[col[k]]);
      expected[row[k]] = expected[row[k]].add(term);
      expectedByTag[tag[k]][row[k]] = expectedByTag[tag[k]][row[k]].add(term);
    }
    for (int r = 0; r < rows; r++) {
      assertEquals(expected[r], Fr.fromMontgomeryLimbs(all, 4 * r), "row " + r);
      assertEquals(expectedByTag[0][r], Fr.fromMontgomeryLimbs(byTag[0], 4 * r), "tag 0, row " + r);
      assertEquals(expectedByTag[1][r], Fr.fromMontgomeryLimbs(byTag[1], 4 * r), "tag 1, row " + r);
    }
  }

  private static long[] limbs(Fr[] v) {
    long[] out = new long[4 * v.length];
    for (int i = 0; i < v.length; i++) {
      v[i].montgomeryLimbs(out, 4 * i);
    }
    return out;
  }
}
