package org.snark4j.circuits.gadgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.UnsatisfiedConstraintException;
import org.snark4j.circuits.Variable;
import org.snark4j.circuits.gadgets.cmp.Comparators;
import org.snark4j.circuits.gadgets.hash.Poseidon;
import org.snark4j.circuits.gadgets.merkle.MerkleProof;
import org.snark4j.circuits.gadgets.mux.Mux;
import org.snark4j.core.bn254.Fr;

/** Comparators, multiplexers and Merkle proofs against their native twins, valid and invalid. */
class GadgetsTest {
  static Fr fr(long v) {
    return Fr.reduce(BigInteger.valueOf(v));
  }

  @Property(tries = 40)
  void comparatorsAgreeWithJava(@ForAll @LongRange(min = 0, max = (1L << 32) - 1) long a,
      @ForAll @LongRange(min = 0, max = (1L << 32) - 1) long b) {
    Circuit c = api -> {
      Variable x = api.secretInput("a");
      Variable y = api.secretInput("b");
      Variable[] r = {Comparators.lessThan(api, x, y, 32), Comparators.lessEqThan(api, x, y, 32),
          Comparators.greaterThan(api, x, y, 32), Comparators.greaterEqThan(api, x, y, 32),
          Comparators.isEqual(api, x, y)};
      for (int i = 0; i < r.length; i++) {
        api.assertEqual(r[i], api.publicInput("r" + i));
      }
    };
    long[] expect = {a < b ? 1 : 0, a <= b ? 1 : 0, a > b ? 1 : 0, a >= b ? 1 : 0, a == b ? 1 : 0};
    Assignment.Builder asg = Assignment.builder().set("a", a).set("b", b);
    for (int i = 0; i < expect.length; i++) {
      asg.set("r" + i, expect[i]);
    }
    CompiledCircuit.compile(c, false).solve(asg.build());
  }

  @Test
  void rangeCheckRefusesValuesOutOfRange() {
    Circuit c = api -> Comparators.rangeCheck(api, api.secretInput("a"), 16);
    CompiledCircuit cc = CompiledCircuit.compile(c);
    assertEquals(16, cc.r1cs().constraintCount());
    cc.solve(Assignment.builder().set("a", 65535).build());
    assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(Assignment.builder().set("a", 65536).build()));
    assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(Assignment.builder().set("a", -1).build()));
  }

  @Property(tries = 30)
  void multiplexerPicksTheIndex(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed) {
    Random r = new Random(seed);
    long[] opts = new long[n];
    for (int i = 0; i < n; i++) {
      opts[i] = r.nextInt(1000);
    }
    int idx = r.nextInt(n);
    Circuit c = api -> {
      Variable[] o = new Variable[n];
      for (int i = 0; i < n; i++) {
        o[i] = api.secretInput("o[" + i + "]");
      }
      api.assertEqual(Mux.select(api, o, api.secretInput("i")), api.publicInput("out"));
    };
    CompiledCircuit cc = CompiledCircuit.compile(c, false);
    assertEquals(n == 1 ? 2 : 2 * n + 1, cc.r1cs().constraintCount()); // n = 1: the lone entry is the constant 1
    cc.solve(Assignment.builder().set("o", opts).set("i", idx).set("out", opts[idx]).build());
    // an index outside 0..n-1 has no decoding
    assertThrows(UnsatisfiedConstraintException.class,
        () -> cc.solve(Assignment.builder().set("o", opts).set("i", n).set("out", 0).build()));
    if (n > 1) {
      assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(
          Assignment.builder().set("o", opts).set("i", idx).set("out", opts[idx] + 1).build()));
    }
  }

  /** A depth-d tree's proof for leaf index k, native. */
  static Fr[][] tree(Fr[] leaves) {
    int depth = Integer.numberOfTrailingZeros(leaves.length);
    Fr[][] levels = new Fr[depth + 1][];
    levels[0] = leaves;
    for (int l = 1; l <= depth; l++) {
      levels[l] = new Fr[levels[l - 1].length / 2];
      for (int i = 0; i < levels[l].length; i++) {
        levels[l][i] = Poseidon.hash(levels[l - 1][2 * i], levels[l - 1][2 * i + 1]);
      }
    }
    return levels;
  }

  @Property(tries = 8)
  void merkleProofsVerifyAndForgeriesDoNot(@ForAll @IntRange(min = 1, max = 5) int depth, @ForAll long seed) {
    Random r = new Random(seed);
    Fr[] leaves = new Fr[1 << depth];
    for (int i = 0; i < leaves.length; i++) {
      leaves[i] = Fr.random(r);
    }
    Fr[][] levels = tree(leaves);
    Fr root = levels[depth][0];
    int k = r.nextInt(leaves.length);
    Fr[] siblings = new Fr[depth];
    boolean[] bits = new boolean[depth];
    long[] bitValues = new long[depth];
    for (int l = 0, idx = k; l < depth; l++, idx >>= 1) {
      siblings[l] = levels[l][idx ^ 1];
      bits[l] = (idx & 1) == 1;
      bitValues[l] = idx & 1;
    }
    assertEquals(root, MerkleProof.root(leaves[k], siblings, bits));
    Circuit c = api -> {
      Variable[] s = new Variable[depth];
      Variable[] b = new Variable[depth];
      for (int i = 0; i < depth; i++) {
        s[i] = api.secretInput("s[" + i + "]");
        b[i] = api.secretInput("b[" + i + "]");
      }
      MerkleProof.verify(api, api.publicInput("root"), api.secretInput("leaf"), s, b);
    };
    CompiledCircuit cc = CompiledCircuit.compile(c, false);
    assertEquals(242 * depth + 1, cc.r1cs().constraintCount());
    cc.solve(Assignment.builder().set("root", root).set("leaf", leaves[k]).set("s", siblings).set("b", bitValues).build());
    // another leaf, or a flipped path bit, does not prove membership
    UnsatisfiedConstraintException e = assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(
        Assignment.builder().set("root", root).set("leaf", leaves[k].add(Fr.ONE)).set("s", siblings).set("b", bitValues).build()));
    assertTrue(e.constraintIndex() >= 0);
    long[] flipped = bitValues.clone();
    flipped[0] ^= 1;
    assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(
        Assignment.builder().set("root", root).set("leaf", leaves[k]).set("s", siblings).set("b", flipped).build()));
    long[] notABit = bitValues.clone();
    notABit[0] = 2;
    assertThrows(UnsatisfiedConstraintException.class, () -> cc.solve(
        Assignment.builder().set("root", root).set("leaf", leaves[k]).set("s", siblings).set("b", notABit).build()));
  }

}
