package org.snark4j.circuits.gadgets.merkle;

import org.snark4j.circuits.Api;
import org.snark4j.circuits.Variable;
import org.snark4j.circuits.gadgets.hash.Poseidon;
import org.snark4j.core.bn254.Fr;

/**
 * Merkle inclusion proofs over Poseidon(2) with a fixed depth: from a leaf, its siblings from the bottom up
 * and the path bits (bit i = 1 when the node at level i is a right child), the root is
 * hᵢ₊₁ = Poseidon(left, right). In a circuit each level costs 242 constraints: the bit (1), the ordering
 * (1: left = cur + bit·(sibling - cur), right = cur + sibling - left) and Poseidon(2) (240).
 */
public final class MerkleProof {
  private MerkleProof() {}

  /** The root from a leaf and its path (native). */
  public static Fr root(Fr leaf, Fr[] siblings, boolean[] pathBits) {
    check(siblings.length, pathBits.length);
    Fr cur = leaf;
    for (int i = 0; i < siblings.length; i++) {
      cur = pathBits[i] ? Poseidon.hash(siblings[i], cur) : Poseidon.hash(cur, siblings[i]);
    }
    return cur;
  }

  /** The root from a leaf and its path, in a circuit; the path bits are constrained to be bits. */
  public static Variable root(Api api, Variable leaf, Variable[] siblings, Variable[] pathBits) {
    check(siblings.length, pathBits.length);
    try (Api.Scope ignored = api.scope("MerkleProof(" + siblings.length + ")")) {
      Variable cur = leaf;
      for (int i = 0; i < siblings.length; i++) {
        api.assertBoolean(pathBits[i]);
        Variable left = api.select(pathBits[i], siblings[i], cur);
        Variable right = api.sub(api.add(cur, siblings[i]), left);
        cur = Poseidon.hash(api, left, right);
      }
      return cur;
    }
  }

  /** Asserts that leaf is in the tree with this root: 242 constraints a level, plus 1. */
  public static void verify(Api api, Variable root, Variable leaf, Variable[] siblings, Variable[] pathBits) {
    api.assertEqual(root(api, leaf, siblings, pathBits), root);
  }

  private static void check(int siblings, int bits) {
    if (siblings != bits) {
      throw new IllegalArgumentException("a Merkle path needs one bit per sibling, got " + siblings
          + " siblings and " + bits + " bits");
    }
    if (siblings < 1) {
      throw new IllegalArgumentException("a Merkle path needs at least one level");
    }
  }
}
