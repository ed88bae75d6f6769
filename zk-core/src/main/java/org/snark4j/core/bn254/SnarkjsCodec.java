package org.snark4j.core.bn254;

import java.util.List;

/**
 * The decimal-string form of snarkjs JSON files ({@code proof.json}, {@code verification_key.json}): G1 as
 * ["x", "y", "1"], G2 as [["x.c0", "x.c1"], ["y.c0", "y.c1"], ["1", "0"]], the point at infinity with z = 0
 * (["0", "1", "0"]); scalars as decimal strings. The JSON parsing itself lives with the modules that read
 * files; this class turns the strings into points, validating as {@link EvmCodec} does.
 */
public final class SnarkjsCodec {
  private SnarkjsCodec() {}

  public static List<String> encodeG1(G1Affine p) {
    if (p.isInfinity()) {
      return List.of("0", "1", "0");
    }
    return List.of(p.x().toString(), p.y().toString(), "1");
  }

  public static List<List<String>> encodeG2(G2Affine q) {
    if (q.isInfinity()) {
      return List.of(List.of("0", "0"), List.of("1", "0"), List.of("0", "0"));
    }
    return List.of(
        List.of(q.x().c0().toString(), q.x().c1().toString()),
        List.of(q.y().c0().toString(), q.y().c1().toString()),
        List.of("1", "0"));
  }

  /**
   * Reads ["x", "y"] or ["x", "y", z] with z "1" (affine) or "0" (infinity); checks x, y &lt; p and the curve.
   */
  public static G1Affine decodeG1(List<String> v) {
    if (v.size() != 2 && v.size() != 3) {
      throw new IllegalArgumentException("snarkjs G1 point needs 2 or 3 decimal strings, got " + v.size());
    }
    if (v.size() == 3) {
      String z = v.get(2).strip();
      if (z.equals("0")) {
        return G1Affine.INFINITY;
      }
      if (!z.equals("1")) {
        throw new IllegalArgumentException("snarkjs G1 point: expected z = \"1\" (affine) or \"0\", got \"" + z + "\"");
      }
    }
    Fp x = coordinate(v.get(0), "G1 x");
    Fp y = coordinate(v.get(1), "G1 y");
    if (x.isZero() && y.isZero()) {
      return G1Affine.INFINITY;
    }
    return G1Affine.of(x, y);
  }

  /**
   * Reads [[x.c0, x.c1], [y.c0, y.c1]] with an optional third pair z, ["1", "0"] (affine) or ["0", "0"]
   * (infinity); checks every word &lt; p, the twist equation and the subgroup.
   */
  public static G2Affine decodeG2(List<List<String>> v) {
    if (v.size() != 2 && v.size() != 3) {
      throw new IllegalArgumentException("snarkjs G2 point needs 2 or 3 pairs, got " + v.size());
    }
    if (v.size() == 3) {
      Fp2 z = fp2(v.get(2), "G2 z");
      if (z.isZero()) {
        return G2Affine.INFINITY;
      }
      if (!z.isOne()) {
        throw new IllegalArgumentException("snarkjs G2 point: expected z = [\"1\", \"0\"] (affine) or [\"0\", \"0\"], got " + v.get(2));
      }
    }
    Fp2 x = fp2(v.get(0), "G2 x");
    Fp2 y = fp2(v.get(1), "G2 y");
    if (x.isZero() && y.isZero()) {
      return G2Affine.INFINITY;
    }
    return G2Affine.of(x, y);
  }

  /** A scalar as a decimal string below r. */
  public static Fr decodeFr(String v) {
    return Fr.parse(v);
  }

  private static Fp2 fp2(List<String> pair, String what) {
    if (pair.size() != 2) {
      throw new IllegalArgumentException(what + " needs 2 decimal strings, got " + pair.size());
    }
    return Fp2.of(coordinate(pair.get(0), what + ".c0"), coordinate(pair.get(1), what + ".c1"));
  }

  private static Fp coordinate(String s, String what) {
    try {
      return Fp.parse(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }
}
