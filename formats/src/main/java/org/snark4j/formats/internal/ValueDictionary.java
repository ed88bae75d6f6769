package org.snark4j.formats.internal;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The distinct values of a sequence of 4-limb field elements (a scalar field below 2^256: BN254's and
 * BLS12-381's r alike), numbered in the order they first appear. A
 * circuit's A and B rows hold few distinct coefficients (a 2^16 Poseidon Merkle key: 383 among 1.7 million),
 * so a key keeps one int per coefficient and this table instead of 32 bytes per coefficient.
 *
 * <p>Open addressing over a hash with a per-process random seed, so that values chosen by whoever wrote a key
 * cannot be made to collide; the table grows at half load. Not thread-safe: parallel readers fill one each and
 * {@link #merge} them in order, which keeps the first-appearance numbering of the whole sequence.
 */
public final class ValueDictionary {
  private static final long SEED = new SecureRandom().nextLong();

  private long[] values = new long[4 * 16];
  private int[] slots = new int[32]; // entry + 1; 0 is empty
  private int size;

  /** The number of the value in limbs[off..off+4), given a new number if it is new. */
  public int intern(long[] limbs, int off) {
    return intern(limbs[off], limbs[off + 1], limbs[off + 2], limbs[off + 3]);
  }

  public int intern(long l0, long l1, long l2, long l3) {
    int mask = slots.length - 1;
    for (int s = hash(l0, l1, l2, l3) & mask; ; s = (s + 1) & mask) {
      int e = slots[s] - 1;
      if (e < 0) {
        return add(s, l0, l1, l2, l3);
      }
      int at = 4 * e;
      if (values[at] == l0 && values[at + 1] == l1 && values[at + 2] == l2 && values[at + 3] == l3) {
        return e;
      }
    }
  }

  private int add(int slot, long l0, long l1, long l2, long l3) {
    if (4 * size == values.length) {
      values = Arrays.copyOf(values, 2 * values.length);
    }
    int e = size++;
    values[4 * e] = l0;
    values[4 * e + 1] = l1;
    values[4 * e + 2] = l2;
    values[4 * e + 3] = l3;
    slots[slot] = e + 1;
    if (2 * size > slots.length) {
      rehash();
    }
    return e;
  }

  private void rehash() {
    slots = new int[2 * slots.length];
    int mask = slots.length - 1;
    for (int e = 0; e < size; e++) {
      int at = 4 * e;
      int s = hash(values[at], values[at + 1], values[at + 2], values[at + 3]) & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = e + 1;
    }
  }

  private static int hash(long l0, long l1, long l2, long l3) {
    long h = SEED;
    h = mix(h ^ l0);
    h = mix(h ^ l1);
    h = mix(h ^ l2);
    h = mix(h ^ l3);
    return (int) (h ^ h >>> 32);
  }

  private static long mix(long h) { // the 64-bit finaliser of MurmurHash3
    h = (h ^ h >>> 33) * 0xff51afd7ed558ccdL;
    h = (h ^ h >>> 33) * 0xc4ceb9fe1a85ec53L;
    return h ^ h >>> 33;
  }

  public int size() {
    return size;
  }

  /**
   * Adds another dictionary's values (in its order) and returns, for each of its numbers, the number here: a
   * reader that numbered a later part of the sequence on its own maps its numbers through this.
   */
  public int[] merge(ValueDictionary other) {
    int[] map = new int[other.size];
    for (int e = 0; e < other.size; e++) {
      map[e] = intern(other.values, 4 * e);
    }
    return map;
  }

  /** The distinct values, 4 limbs each, in their numbering. */
  public long[] values() {
    return Arrays.copyOf(values, 4 * size);
  }
}
