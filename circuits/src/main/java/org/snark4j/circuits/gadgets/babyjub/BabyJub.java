package org.snark4j.circuits.gadgets.babyjub;

import org.snark4j.circuits.Api;
import org.snark4j.circuits.Variable;
import org.snark4j.core.bn254.Fr;

/**
 * Baby Jubjub point arithmetic in a circuit, as circomlib's BabyAdd, BabyDbl and BabyCheck; points are
 * (x, y) pairs of variables. The divisions of the addition law are hints checked by one product each.
 */
public final class BabyJub {
  private BabyJub() {}

  /** (x1, y1) + (x2, y2): 6 constraints (circomlib's BabyAdd: 6). */
  public static Variable[] add(Api api, Variable[] p1, Variable[] p2) {
    try (Api.Scope ignored = api.scope("BabyAdd")) {
      Variable a = api.constant(BabyJubPoint.A);
      Variable d = api.constant(BabyJubPoint.D);
      Variable beta = api.mul(p1[0], p2[1]);
      Variable gamma = api.mul(p1[1], p2[0]);
      Variable delta = api.mul(api.sub(p1[1], api.mul(a, p1[0])), api.add(p2[0], p2[1]));
      Variable tau = api.mul(beta, gamma);
      Variable dtau = api.mul(d, tau);
      Variable one = api.constant(1);
      Variable numX = api.add(beta, gamma);
      Variable denX = api.add(one, dtau);
      Variable numY = api.sub(api.add(delta, api.mul(a, beta)), gamma);
      Variable denY = api.sub(one, dtau);
      Variable x = quotient(api, numX, denX);
      Variable y = quotient(api, numY, denY);
      return new Variable[] {x, y};
    }
  }

  /** num / den as a hinted wire with one constraint den·q = num; unsatisfiable when den = 0 and num ≠ 0. */
  static Variable quotient(Api api, Variable num, Variable den) {
    Variable q = api.hint("quotient", (in, out) -> {
      if (in[1].isZero()) {
        throw new IllegalArgumentException("division by zero: the points are not on Baby Jubjub");
      }
      out[0] = in[0].multiply(in[1].inverse());
    }, 1, num, den)[0];
    api.assertProduct(den, q, num);
    return q;
  }

  /** 2·p: 6 constraints (circomlib's BabyDbl: 6). */
  public static Variable[] twice(Api api, Variable[] p) {
    return add(api, p, p);
  }

  /** Asserts that (x, y) is on the curve: 3 constraints (circomlib's BabyCheck: 3). */
  public static void assertOnCurve(Api api, Variable[] p) {
    try (Api.Scope ignored = api.scope("BabyCheck")) {
      Variable x2 = api.mul(p[0], p[0]);
      Variable y2 = api.mul(p[1], p[1]);
      // a·x² + y² = 1 + d·x²·y² is one quadratic constraint: (d·x²)·y² = a·x² + y² - 1
      Variable rhs = api.sub(api.add(api.mul(api.constant(BabyJubPoint.A), x2), y2), api.constant(1));
      api.assertProduct(api.mul(api.constant(BabyJubPoint.D), x2), y2, rhs);
    }
  }


  // ------------------------------------------------------------------ scalar multiplication

  /** circomlib's segment length for variable-base multiplication (safe for any segment up to ~250 bits). */
  private static final int SEGMENT = 148;

  /**
   * [k]p for the little-endian bits of k and a variable point p of the prime-order subgroup (or the
   * identity), as circomlib's EscalarMulAny: Montgomery coordinates, a doubling track and an accumulator that
   * starts at p so the incomplete Montgomery addition never meets equal points, segments of 148 bits. 9
   * constraints a bit: 2310 for 254 bits, as circomlib. The bits are not checked to be bits.
   */
  public static Variable[] scalarMulAny(Api api, Variable[] bits, Variable[] p) {
    if (bits.length < 2) {
      throw new IllegalArgumentException("scalarMulAny needs at least 2 bits, got " + bits.length);
    }
    try (Api.Scope ignored = api.scope("EscalarMulAny(" + bits.length + ")")) {
      // the identity has no Montgomery form: multiply Base8 instead and answer the identity at the end
      Variable isIdentity = api.isZero(p[0]);
      Variable[] base = {
          api.select(isIdentity, api.constant(BabyJubPoint.BASE8.x()), p[0]),
          api.select(isIdentity, api.constant(BabyJubPoint.BASE8.y()), p[1])};
      Variable[] acc = null;
      int segments = (bits.length - 1) / SEGMENT + 1;
      for (int s = 0; s < segments; s++) {
        int from = s * SEGMENT;
        int to = Math.min(bits.length, from + SEGMENT);
        Variable[] segBits = java.util.Arrays.copyOfRange(bits, from, to);
        Variable[][] r = segment(api, segBits, base, s + 1 < segments);
        acc = acc == null ? r[0] : add(api, acc, r[0]);
        base = r[1];
      }
      return new Variable[] {
          api.select(isIdentity, api.constant(0), acc[0]),
          api.select(isIdentity, api.constant(1), acc[1])};
    }
  }

  /** [e]p for one segment, and 2^n·p for the next when asked. */
  private static Variable[][] segment(Api api, Variable[] e, Variable[] p, boolean nextBase) {
    Variable[] m = Montgomery.fromEdwards(api, p);
    Variable[] dbl = m;
    Variable[] acc = m; // p + Σ_{i ≥ 1} eᵢ·2^i·p
    for (int i = 1; i < e.length; i++) {
      dbl = Montgomery.twice(api, dbl);
      Variable[] sum = Montgomery.add(api, acc, dbl);
      acc = new Variable[] {api.select(e[i], sum[0], acc[0]), api.select(e[i], sum[1], acc[1])};
    }
    Variable[] accE = Montgomery.toEdwards(api, acc);
    Variable[] minusP = add(api, accE, new Variable[] {api.neg(p[0]), p[1]});
    Variable[] out = {api.select(e[0], accE[0], minusP[0]), api.select(e[0], accE[1], minusP[1])};
    Variable[] next = nextBase ? Montgomery.toEdwards(api, Montgomery.twice(api, dbl)) : null;
    return new Variable[][] {out, next};
  }

  /**
   * [k]base for the little-endian bits of k and a constant base of the prime-order subgroup (Base8 for
   * EdDSA): 3-bit windows over constant tables (3 constraints a window for the lookup, 3 for the Montgomery
   * addition), the accumulator starting at the generator, outside base's subgroup, so no addition meets
   * equal points; the known offset is taken off at the end. 512 constraints for 253 bits (circomlib's
   * EscalarMulFix: 523).
   */
  public static Variable[] scalarMulFix(Api api, Variable[] bits, BabyJubPoint base) {
    try (Api.Scope ignored = api.scope("EscalarMulFix(" + bits.length + ")")) {
      BabyJubPoint start = BabyJubPoint.GENERATOR;
      BabyJubPoint offset = start;
      Fr[] m0 = Montgomery.fromEdwards(start);
      Variable[] acc = {api.constant(m0[0]), api.constant(m0[1])};
      BabyJubPoint b = base;
      for (int i = 0; i < bits.length; i += 3) {
        Variable[] s = new Variable[3];
        for (int j = 0; j < 3; j++) {
          s[j] = i + j < bits.length ? bits[i + j] : api.constant(0);
        }
        Fr[][] table = new Fr[8][];
        BabyJubPoint t = b;
        for (int w = 0; w < 8; w++) { // entry w is (w + 1)·b
          table[w] = Montgomery.fromEdwards(t);
          t = t.add(b);
        }
        Variable s10 = api.mul(s[0], s[1]);
        Variable[] pt = new Variable[2];
        for (int c = 0; c < 2; c++) {
          pt[c] = lookup3(api, s, s10, table, c);
        }
        acc = Montgomery.add(api, acc, pt);
        offset = offset.add(b);
        b = b.twice().twice().twice();
      }
      Variable[] accE = Montgomery.toEdwards(api, acc);
      return addConstant(api, accE, offset.negate());
    }
  }

  /**
   * Coordinate c of table[s0 + 2·s1 + 4·s2] for a constant table: L(s0, s1, s0s1) + s2·M(s0, s1, s0s1), one
   * constraint given s10 = s0·s1.
   */
  private static Variable lookup3(Api api, Variable[] s, Variable s10, Fr[][] table, int c) {
    Fr[] v = new Fr[8];
    for (int w = 0; w < 8; w++) {
      v[w] = table[w][c];
    }
    Variable low = api.add(api.constant(v[0]),
        api.mul(api.constant(v[1].subtract(v[0])), s[0]),
        api.mul(api.constant(v[2].subtract(v[0])), s[1]),
        api.mul(api.constant(v[3].subtract(v[2]).subtract(v[1]).add(v[0])), s10));
    Variable high = api.add(api.constant(v[4].subtract(v[0])),
        api.mul(api.constant(v[5].subtract(v[4]).subtract(v[1]).add(v[0])), s[0]),
        api.mul(api.constant(v[6].subtract(v[4]).subtract(v[2]).add(v[0])), s[1]),
        api.mul(api.constant(v[7].subtract(v[6]).subtract(v[5]).add(v[4]).subtract(v[3]).add(v[2]).add(v[1])
            .subtract(v[0])), s10));
    return api.add(low, api.mul(s[2], high));
  }

  /** p + q for a constant q: 3 constraints (the products with q's coordinates are free). */
  static Variable[] addConstant(Api api, Variable[] p, BabyJubPoint q) {
    return add(api, p, new Variable[] {api.constant(q.x()), api.constant(q.y())});
  }
}
