package org.snark4j.circuits.gadgets.babyjub;

import org.snark4j.circuits.Api;
import org.snark4j.circuits.Variable;
import org.snark4j.core.bn254.Fr;

/**
 * Baby Jubjub in Montgomery form, v² = u³ + 168698·u² + u (B = 1), where addition and doubling are
 * cheaper in a circuit (3 and 4 constraints) but incomplete: they fail on equal, opposite or low-order
 * points, which the callers rule out. Conversions: u = (1 + y)/(1 - y), v = u/x and back x = u/v,
 * y = (u - 1)/(u + 1), as circomlib's montgomery.circom.
 */
final class Montgomery {
  private Montgomery() {}

  static final Fr A = Fr.of(168698);

  /** Native conversion of a point other than the identity and (0, -1). */
  static Fr[] fromEdwards(BabyJubPoint p) {
    Fr u = Fr.ONE.add(p.y()).multiply(Fr.ONE.subtract(p.y()).inverse());
    Fr v = u.multiply(p.x().inverse());
    return new Fr[] {u, v};
  }

  /** 2 constraints. */
  static Variable[] fromEdwards(Api api, Variable[] p) {
    Variable one = api.constant(1);
    Variable u = BabyJub.quotient(api, api.add(one, p[1]), api.sub(one, p[1]));
    Variable v = BabyJub.quotient(api, u, p[0]);
    return new Variable[] {u, v};
  }

  /** 2 constraints. */
  static Variable[] toEdwards(Api api, Variable[] m) {
    Variable one = api.constant(1);
    Variable x = BabyJub.quotient(api, m[0], m[1]);
    Variable y = BabyJub.quotient(api, api.sub(m[0], one), api.add(m[0], one));
    return new Variable[] {x, y};
  }

  /** p + q for distinct, non-opposite points: 3 constraints (λ, λ², y). */
  static Variable[] add(Api api, Variable[] p, Variable[] q) {
    Variable lambda = BabyJub.quotient(api, api.sub(q[1], p[1]), api.sub(q[0], p[0]));
    Variable x = api.sub(api.sub(api.sub(api.mul(lambda, lambda), api.constant(A)), p[0]), q[0]);
    Variable y = api.sub(api.mul(lambda, api.sub(p[0], x)), p[1]);
    return new Variable[] {x, y};
  }

  /** 2p for a point of order above 2: 4 constraints (u², λ, λ², y). */
  static Variable[] twice(Api api, Variable[] p) {
    Variable u2 = api.mul(p[0], p[0]);
    Variable num = api.add(api.mul(api.constant(3), u2), api.mul(api.constant(A.add(A)), p[0]), api.constant(1));
    Variable lambda = BabyJub.quotient(api, num, api.add(p[1], p[1]));
    Variable x = api.sub(api.sub(api.mul(lambda, lambda), api.constant(A)), api.add(p[0], p[0]));
    Variable y = api.sub(api.mul(lambda, api.sub(p[0], x)), p[1]);
    return new Variable[] {x, y};
  }
}
