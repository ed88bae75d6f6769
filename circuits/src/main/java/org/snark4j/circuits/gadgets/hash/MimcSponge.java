package org.snark4j.circuits.gadgets.hash;

import org.snark4j.circuits.Api;
import org.snark4j.circuits.Variable;
import org.snark4j.core.bn254.Fr;

/**
 * MiMCSponge over BN254's Fr as circomlib ({@code MiMCFeistel(220)}, {@code MiMCSponge}) and circomlibjs
 * ({@code buildMimcSponge}) compute it: a 220-round Feistel network with t ↦ t^5, absorbing inputs into the
 * left half. In a circuit each round costs 3 constraints: 660 a permutation.
 */
public final class MimcSponge {
  private MimcSponge() {}

  public static final int ROUNDS = 220;

  /** The Feistel permutation of (xL, xR) under key k, as circomlibjs's {@code hash(xL, xR, k)}. */
  public static Fr[] hash(Fr xL, Fr xR, Fr k) {
    Fr[] c = MimcConstants.SPONGE;
    Fr l = xL;
    Fr r = xR;
    for (int i = 0; i < ROUNDS; i++) {
      Fr t = i == 0 ? l.add(k) : l.add(k).add(c[i]);
      Fr t5 = t.square().square().multiply(t);
      if (i < ROUNDS - 1) {
        Fr old = r;
        r = l;
        l = old.add(t5);
      } else {
        r = r.add(t5);
      }
    }
    return new Fr[] {l, r};
  }

  /** The sponge over the inputs with nOutputs squeezes, as circomlibjs's {@code multiHash(arr, key, n)}. */
  public static Fr[] multiHash(Fr[] inputs, Fr key, int nOutputs) {
    checkOutputs(nOutputs);
    Fr r = Fr.ZERO;
    Fr c = Fr.ZERO;
    for (Fr x : inputs) {
      Fr[] s = hash(r.add(x), c, key);
      r = s[0];
      c = s[1];
    }
    Fr[] out = new Fr[nOutputs];
    out[0] = r;
    for (int i = 1; i < nOutputs; i++) {
      Fr[] s = hash(r, c, key);
      r = s[0];
      c = s[1];
      out[i] = r;
    }
    return out;
  }

  private static void checkOutputs(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("MiMCSponge needs at least one output, got " + n);
    }
  }

  /** The Feistel permutation in a circuit: 660 constraints. */
  public static Variable[] hash(Api api, Variable xL, Variable xR, Variable k) {
    Fr[] c = MimcConstants.SPONGE;
    try (Api.Scope ignored = api.scope("MiMCFeistel")) {
      Variable l = xL;
      Variable r = xR;
      for (int i = 0; i < ROUNDS; i++) {
        Variable t = i == 0 ? api.add(l, k) : api.add(l, k, api.constant(c[i]));
        Variable t2 = api.mul(t, t);
        Variable t5 = api.mul(api.mul(t2, t2), t);
        if (i < ROUNDS - 1) {
          Variable old = r;
          r = l;
          l = api.add(old, t5);
        } else {
          r = api.add(r, t5);
        }
      }
      return new Variable[] {l, r};
    }
  }

  /** The sponge in a circuit: 660 constraints an input and an extra output. */
  public static Variable[] multiHash(Api api, Variable[] inputs, Variable key, int nOutputs) {
    checkOutputs(nOutputs);
    try (Api.Scope ignored = api.scope("MiMCSponge(" + inputs.length + ")")) {
      Variable r = api.constant(0);
      Variable c = api.constant(0);
      for (Variable x : inputs) {
        Variable[] s = hash(api, api.add(r, x), c, key);
        r = s[0];
        c = s[1];
      }
      Variable[] out = new Variable[nOutputs];
      out[0] = r;
      for (int i = 1; i < nOutputs; i++) {
        Variable[] s = hash(api, r, c, key);
        r = s[0];
        c = s[1];
        out[i] = r;
      }
      return out;
    }
  }
}
