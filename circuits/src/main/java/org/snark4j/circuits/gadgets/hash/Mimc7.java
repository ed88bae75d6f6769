package org.snark4j.circuits.gadgets.hash;

import org.snark4j.circuits.Api;
import org.snark4j.circuits.Variable;
import org.snark4j.core.bn254.Fr;

/**
 * MiMC-7 over BN254's Fr as circomlib ({@code MiMC7(91)}, {@code MultiMiMC7}) and circomlibjs
 * ({@code buildMimc7}) compute it: 91 rounds of t ↦ t^7 with t = r + k + cᵢ (x + k in the first round), then
 * + k. In a circuit each round costs 4 constraints: 364 for a hash.
 */
public final class Mimc7 {
  private Mimc7() {}

  public static final int ROUNDS = 91;

  /** MiMC7(x, k), as circomlibjs's {@code mimc7.hash(x, k)}. */
  public static Fr hash(Fr x, Fr k) {
    Fr[] c = MimcConstants.MIMC7;
    Fr r = Fr.ZERO;
    for (int i = 0; i < ROUNDS; i++) {
      Fr t = i == 0 ? x.add(k) : r.add(k).add(c[i]);
      Fr t2 = t.square();
      Fr t4 = t2.square();
      r = t4.multiply(t2).multiply(t);
    }
    return r.add(k);
  }

  /** r ← r + xᵢ + MiMC7(xᵢ, r) from r = key, as circomlibjs's {@code mimc7.multiHash(arr, key)}. */
  public static Fr multiHash(Fr[] inputs, Fr key) {
    Fr r = key;
    for (Fr x : inputs) {
      r = r.add(x).add(hash(x, r));
    }
    return r;
  }

  /** MiMC7(x, k) in a circuit: 364 constraints. */
  public static Variable hash(Api api, Variable x, Variable k) {
    Fr[] c = MimcConstants.MIMC7;
    try (Api.Scope ignored = api.scope("MiMC7")) {
      Variable r = null;
      for (int i = 0; i < ROUNDS; i++) {
        Variable t = i == 0 ? api.add(x, k) : api.add(r, k, api.constant(c[i]));
        Variable t2 = api.mul(t, t);
        Variable t4 = api.mul(t2, t2);
        Variable t6 = api.mul(t4, t2);
        r = api.mul(t6, t);
      }
      return api.add(r, k);
    }
  }

  /** The multi-input form in a circuit: 364 constraints an input. */
  public static Variable multiHash(Api api, Variable[] inputs, Variable key) {
    try (Api.Scope ignored = api.scope("MultiMiMC7(" + inputs.length + ")")) {
      Variable r = key;
      for (Variable x : inputs) {
        r = api.add(r, x, hash(api, x, r));
      }
      return r;
    }
  }
}
