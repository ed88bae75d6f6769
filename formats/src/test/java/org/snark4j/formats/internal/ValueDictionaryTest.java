package org.snark4j.formats.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValueDictionaryTest {
  /** n values of 4 limbs drawn from `distinct` random ones (a few differing only in one limb). */
  private static long[] sequence(int n, int distinct, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] pool = new long[4 * distinct];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = rnd.nextLong();
    }
    for (int e = 1; e < distinct; e += 7) { // neighbours of the previous value: equal but for the last limb
      System.arraycopy(pool, 4 * (e - 1), pool, 4 * e, 3);
    }
    long[] out = new long[4 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(pool, 4 * rnd.nextInt(distinct), out, 4 * i, 4);
    }
    return out;
  }

  /** The numbering by first appearance, from a map of lists (the oracle). */
  private static int[] oracle(long[] seq, List<long[]> firsts) {
    Map<List<Long>, Integer> seen = new LinkedHashMap<>();
    int[] index = new int[seq.length / 4];
    for (int i = 0; i < index.length; i++) {
      List<Long> v = List.of(seq[4 * i], seq[4 * i + 1], seq[4 * i + 2], seq[4 * i + 3]);
      Integer e = seen.get(v);
      if (e == null) {
        e = seen.size();
        seen.put(v, e);
        firsts.add(new long[] {v.get(0), v.get(1), v.get(2), v.get(3)});
      }
      index[i] = e;
    }
    return index;
  }

  @Test
  void numbersValuesInTheOrderTheyFirstAppear() {
    for (int distinct : new int[] {1, 3, 383, 40_000}) {
      long[] seq = sequence(100_000, distinct, distinct);
      List<long[]> firsts = new java.util.ArrayList<>();
      int[] expected = oracle(seq, firsts);
      ValueDictionary d = new ValueDictionary();
      int[] got = new int[expected.length];
      for (int i = 0; i < got.length; i++) {
        got[i] = d.intern(seq, 4 * i);
      }
      assertArrayEquals(expected, got);
      assertEquals(firsts.size(), d.size());
      long[] table = d.values();
      for (int e = 0; e < firsts.size(); e++) {
        assertArrayEquals(firsts.get(e), java.util.Arrays.copyOfRange(table, 4 * e, 4 * e + 4));
      }
    }
  }

  @Test
  void partsMergedInOrderNumberAsTheWhole() {
    long[] seq = sequence(50_000, 1000, 7);
    ValueDictionary whole = new ValueDictionary();
    int[] expected = new int[seq.length / 4];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = whole.intern(seq, 4 * i);
    }
    int[] cuts = {0, 1, 12_345, 12_346, 40_000, expected.length};
    ValueDictionary all = new ValueDictionary();
    int[] got = new int[expected.length];
    for (int p = 0; p + 1 < cuts.length; p++) {
      ValueDictionary part = new ValueDictionary();
      for (int i = cuts[p]; i < cuts[p + 1]; i++) {
        got[i] = part.intern(seq, 4 * i);
      }
      int[] map = all.merge(part);
      for (int i = cuts[p]; i < cuts[p + 1]; i++) {
        got[i] = map[got[i]];
      }
    }
    assertArrayEquals(expected, got);
    assertArrayEquals(whole.values(), all.values());
  }
}
