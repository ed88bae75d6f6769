package org.snark4j.core.bn254;

import java.util.stream.IntStream;
import org.snark4j.core.bn254.internal.CurveArith;

/**
 * Many multiples [sᵢ]P of one point P (a generator, in a key setup): a table of d·2^(8w)·P for the 32 byte
 * windows w and digits d = 1..255 (affine, 8160 points, built once per call), then at most 32 mixed additions
 * per scalar and one batch normalisation; parallel over the scalars. {@link FixedBaseMsm} is for the other
 * fixed-base case, one sum over many fixed points.
 */
public final class FixedBaseMul {
  private FixedBaseMul() {}

  private static final int WINDOWS = 32;

  /** [sᵢ]P for each scalar. */
  public static G1Affine[] g1(G1Affine p, Fr[] scalars) {
    long[] base = new long[8];
    p.writeLimbs(base, 0);
    long[] out = multiples(CurveArith.G1, base, scalars);
    G1Affine[] r = new G1Affine[scalars.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = new G1Affine(java.util.Arrays.copyOfRange(out, 8 * i, 8 * i + 8));
    }
    return r;
  }

  /** [sᵢ]Q for each scalar. */
  public static G2Affine[] g2(G2Affine q, Fr[] scalars) {
    long[] base = new long[16];
    q.writeLimbs(base, 0);
    long[] out = multiples(CurveArith.G2, base, scalars);
    G2Affine[] r = new G2Affine[scalars.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = new G2Affine(java.util.Arrays.copyOfRange(out, 16 * i, 16 * i + 16));
    }
    return r;
  }

  /** Affine limbs of [sᵢ]P, 2w words each. */
  private static long[] multiples(CurveArith c, long[] baseAffine, Fr[] scalars) {
    int aw = 2 * c.w;
    int jw = 3 * c.w;
    // rows[w·255 + d − 1] = d·2^(8w)·P
    long[] rows = new long[WINDOWS * 255 * jw];
    long[] base = new long[jw];
    c.jacFromAffine(base, 0, baseAffine, 0);
    for (int w = 0; w < WINDOWS; w++) {
      int row = w * 255 * jw;
      System.arraycopy(base, 0, rows, row, jw);
      for (int d = 1; d < 255; d++) {
        c.jacAdd(rows, row + d * jw, rows, row + (d - 1) * jw, base, 0);
      }
      c.jacAdd(base, 0, rows, row + 254 * jw, base, 0); // 256·base
    }
    long[] table = new long[WINDOWS * 255 * aw];
    c.jacToAffineBatch(table, 0, rows, 0, WINDOWS * 255);

    long[] jac = new long[scalars.length * jw];
    IntStream.range(0, scalars.length).parallel().forEach(i -> {
      long[] k = new long[4];
      scalars[i].canonicalLimbs(k, 0);
      int at = i * jw;
      c.jacSetInfinity(jac, at);
      for (int w = 0; w < WINDOWS; w++) {
        int d = (int) (k[w >>> 3] >>> (8 * (w & 7))) & 0xff;
        if (d != 0) {
          c.jacAddMixed(jac, at, jac, at, table, (w * 255 + d - 1) * aw);
        }
      }
    });
    long[] out = new long[scalars.length * aw];
    c.jacToAffineBatch(out, 0, jac, 0, scalars.length);
    return out;
  }
}
