package org.snark4j.circuits.gadgets.hash;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.snark4j.circuits.Api;
import org.snark4j.circuits.Variable;
import org.snark4j.core.bn254.Fr;

/**
 * Poseidon over BN254's Fr exactly as circomlib and circomlibjs compute it: width t = inputs + 1 (1 to 16
 * inputs), x^5 S-box, 8 full rounds and 56–68 partial rounds, circomlib's round constants and MDS matrices.
 * The state starts as (initState, inputs...); the hash is the first element of the final state
 * ({@code hashEx} returns the first nOut). Each method has a native twin computing the same value.
 *
 * <p>In a circuit an S-box costs 3 constraints; the mixing is linear and free, and the first round's S-box on
 * the constant initial state folds, so Poseidon(n) costs 3·(8·t + partial rounds) - 3 constraints: 240 for
 * two inputs, as circomlib's template compiled with {@code --O2}.
 */
public final class Poseidon {
  private Poseidon() {}

  /** The most inputs (t = 17). */
  public static final int MAX_INPUTS = 16;

  private static final Params[] PARAMS = load();

  /** The parameters of one width. */
  private record Params(int t, int full, int partial, Fr[] c, Fr[][] m) {}

  private static Params[] load() {
    String name = "poseidon-constants.bin";
    try (InputStream raw = Poseidon.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      DataInputStream in = new DataInputStream(raw);
      byte[] magic = in.readNBytes(4);
      if (!"P4JP".equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII)) || in.readInt() != 1) {
        throw new IllegalStateException(name + " is not a version-1 Poseidon parameter file");
      }
      int count = in.readInt();
      Params[] out = new Params[count + 2];
      byte[] word = new byte[32];
      for (int k = 0; k < count; k++) {
        int t = in.readInt();
        int full = in.readInt();
        int partial = in.readInt();
        Fr[] c = new Fr[(full + partial) * t];
        for (int i = 0; i < c.length; i++) {
          in.readFully(word);
          c[i] = Fr.fromBytesBE(word);
        }
        Fr[][] m = new Fr[t][t];
        for (int i = 0; i < t; i++) {
          for (int j = 0; j < t; j++) {
            in.readFully(word);
            m[i][j] = Fr.fromBytesBE(word);
          }
        }
        out[t] = new Params(t, full, partial, c, m);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static Params params(int inputs, int nOut) {
    if (inputs < 1 || inputs > MAX_INPUTS) {
      throw new IllegalArgumentException("Poseidon takes 1 to " + MAX_INPUTS + " inputs, got " + inputs);
    }
    if (nOut < 1 || nOut > inputs + 1) {
      throw new IllegalArgumentException("Poseidon with " + inputs + " inputs gives 1 to " + (inputs + 1)
          + " outputs, asked for " + nOut);
    }
    return PARAMS[inputs + 1];
  }

  // ------------------------------------------------------------------ native

  /** Poseidon(inputs), as circomlibjs's {@code poseidon(inputs)}. */
  public static Fr hash(Fr... inputs) {
    return hashEx(inputs, Fr.ZERO, 1)[0];
  }

  /** The first nOut elements of the final state from (initState, inputs...), as circomlibjs's {@code poseidon(inputs, initState, nOut)}. */
  public static Fr[] hashEx(Fr[] inputs, Fr initState, int nOut) {
    Params p = params(inputs.length, nOut);
    int t = p.t();
    Fr[] s = new Fr[t];
    s[0] = initState;
    System.arraycopy(inputs, 0, s, 1, inputs.length);
    int rounds = p.full() + p.partial();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < t; i++) {
        s[i] = s[i].add(p.c()[r * t + i]);
      }
      if (isFull(p, r)) {
        for (int i = 0; i < t; i++) {
          s[i] = pow5(s[i]);
        }
      } else {
        s[0] = pow5(s[0]);
      }
      Fr[] mixed = new Fr[t];
      for (int i = 0; i < t; i++) {
        Fr acc = Fr.ZERO;
        for (int j = 0; j < t; j++) {
          acc = acc.add(p.m()[i][j].multiply(s[j]));
        }
        mixed[i] = acc;
      }
      s = mixed;
    }
    Fr[] out = new Fr[nOut];
    System.arraycopy(s, 0, out, 0, nOut);
    return out;
  }

  private static boolean isFull(Params p, int r) {
    return r < p.full() / 2 || r >= p.full() / 2 + p.partial();
  }

  private static Fr pow5(Fr x) {
    Fr x2 = x.square();
    return x2.square().multiply(x);
  }

  // ------------------------------------------------------------------ circuit

  /** Poseidon(inputs) in a circuit: 3·(8·t + partial) - 3 constraints (240 for two inputs). */
  public static Variable hash(Api api, Variable... inputs) {
    return hashEx(api, inputs, api.constant(0), 1)[0];
  }

  /** The first nOut elements of the final state from (initState, inputs...) in a circuit. */
  public static Variable[] hashEx(Api api, Variable[] inputs, Variable initState, int nOut) {
    Params p = params(inputs.length, nOut);
    int t = p.t();
    try (Api.Scope ignored = api.scope("Poseidon(" + inputs.length + ")")) {
      Variable[] s = new Variable[t];
      s[0] = initState;
      System.arraycopy(inputs, 0, s, 1, inputs.length);
      int rounds = p.full() + p.partial();
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < t; i++) {
          s[i] = api.add(s[i], api.constant(p.c()[r * t + i]));
        }
        if (isFull(p, r)) {
          for (int i = 0; i < t; i++) {
            s[i] = pow5(api, s[i]);
          }
        } else {
          s[0] = pow5(api, s[0]);
        }
        Variable[] mixed = new Variable[t];
        for (int i = 0; i < t; i++) {
          Variable acc = api.constant(0);
          for (int j = 0; j < t; j++) {
            acc = api.add(acc, api.mul(api.constant(p.m()[i][j]), s[j]));
          }
          mixed[i] = acc;
        }
        s = mixed;
      }
      Variable[] out = new Variable[nOut];
      System.arraycopy(s, 0, out, 0, nOut);
      return out;
    }
  }

  private static Variable pow5(Api api, Variable x) {
    Variable x2 = api.mul(x, x);
    Variable x4 = api.mul(x2, x2);
    return api.mul(x4, x);
  }
}
