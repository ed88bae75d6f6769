package org.snark4j.circuits.gadgets.babyjub;

import org.snark4j.circuits.Api;
import org.snark4j.circuits.Variable;

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
  private static Variable quotient(Api api, Variable num, Variable den) {
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

}
