package org.snark4j.circuits.gadgets.mux;

import org.snark4j.circuits.Api;
import org.snark4j.circuits.Hint;
import org.snark4j.circuits.Variable;
import org.snark4j.core.bn254.Fr;

/**
 * Multiplexers: options[index] for an index in a circuit, as circomlib's Multiplexer and Decoder. A one-hot
 * decoder e₀..eₙ₋₁ with eₙ₋₁ = 1 - Σ the others is constrained by eᵢ·(index - i) = 0 for every i, which forces
 * eᵢ = [i = index] and makes an index outside 0..n-1 unsatisfiable.
 */
public final class Mux {
  private Mux() {}

  /** The first n - 1 entries of the one-hot vector of an index (the last is derived from them). */
  private static Hint oneHot(int n) {
    return (in, out) -> {
      for (int i = 0; i < out.length; i++) {
        out[i] = in[0].equals(Fr.of(i)) ? Fr.ONE : Fr.ZERO;
      }
    };
  }

  /**
   * The one-hot decoding of index over n positions: n constraints. The last entry is 1 - Σ of the others,
   * which folds circomlib's Σ eᵢ = 1 into it.
   */
  public static Variable[] decode(Api api, Variable index, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a decoder needs at least one position, got " + n);
    }
    try (Api.Scope ignored = api.scope("Decoder(" + n + ")")) {
      Variable[] e = new Variable[n];
      Variable[] free = n > 1 ? api.hint("one-hot of an index", oneHot(n), n - 1, index) : new Variable[0];
      Variable last = api.constant(1);
      for (int i = 0; i < n - 1; i++) {
        e[i] = free[i];
        last = api.sub(last, free[i]);
      }
      e[n - 1] = last;
      for (int i = 0; i < n; i++) {
        api.assertProduct(e[i], api.sub(index, api.constant(i)), api.constant(0));
      }
      return e;
    }
  }

  /** options[index]: 2n constraints (n for the products; fewer when options are constants). */
  public static Variable select(Api api, Variable[] options, Variable index) {
    return select(api, new Variable[][] {options}, index)[0];
  }

  /**
   * For each row w of options (a wIn × nIn table), options[w][index], sharing one decoder: nIn + wIn·nIn
   * constraints (circomlib's Multiplexer(wIn, nIn) with --O2: the same).
   */
  public static Variable[] select(Api api, Variable[][] options, Variable index) {
    int n = options[0].length;
    for (Variable[] row : options) {
      if (row.length != n) {
        throw new IllegalArgumentException("every row of a multiplexer needs " + n + " options, one has " + row.length);
      }
    }
    try (Api.Scope ignored = api.scope("Multiplexer(" + options.length + ", " + n + ")")) {
      Variable[] e = decode(api, index, n);
      Variable[] out = new Variable[options.length];
      for (int w = 0; w < options.length; w++) {
        Variable acc = api.constant(0);
        for (int i = 0; i < n; i++) {
          acc = api.mulAcc(acc, e[i], options[w][i]);
        }
        out[w] = acc;
      }
      return out;
    }
  }
}
