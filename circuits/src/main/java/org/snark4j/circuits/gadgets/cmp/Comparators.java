package org.snark4j.circuits.gadgets.cmp;

import org.snark4j.circuits.Api;
import org.snark4j.circuits.Variable;

/**
 * circomlib's comparators and range checks by their names, on the {@link Api}'s primitives. The ordering
 * comparisons take operands known to be below 2^n (n from 1 to 252; values outside make the circuit
 * unsatisfiable or the answer meaningless, as in circomlib) and return a bit.
 */
public final class Comparators {
  private Comparators() {}

  /** 1 if a &lt; b else 0: n + 1 constraints (circomlib's LessThan(n): n + 1). */
  public static Variable lessThan(Api api, Variable a, Variable b, int n) {
    return api.isLess(a, b, n);
  }

  /** 1 if a ≤ b else 0: n + 1 constraints (circomlib's LessEqThan(n): n + 1). */
  public static Variable lessEqThan(Api api, Variable a, Variable b, int n) {
    return api.sub(api.constant(1), api.isLess(b, a, n));
  }

  /** 1 if a &gt; b else 0: n + 1 constraints. */
  public static Variable greaterThan(Api api, Variable a, Variable b, int n) {
    return api.isLess(b, a, n);
  }

  /** 1 if a ≥ b else 0: n + 1 constraints. */
  public static Variable greaterEqThan(Api api, Variable a, Variable b, int n) {
    return api.sub(api.constant(1), api.isLess(a, b, n));
  }

  /** 1 if a = b else 0: 2 constraints (circomlib's IsEqual: 2). */
  public static Variable isEqual(Api api, Variable a, Variable b) {
    return api.isZero(api.sub(a, b));
  }

  /** 1 if a = 0 else 0: 2 constraints (circomlib's IsZero: 2). */
  public static Variable isZero(Api api, Variable a) {
    return api.isZero(a);
  }

  /** Asserts 0 ≤ a &lt; 2^n: n constraints (circomlib's Num2Bits(n): n). */
  public static void rangeCheck(Api api, Variable a, int n) {
    api.assertInRange(a, n);
  }

  /** The n bits of a, little-endian: n constraints (circomlib's Num2Bits(n)). */
  public static Variable[] num2Bits(Api api, Variable a, int n) {
    return api.toBinary(a, n);
  }

  /**
   * The 254 bits of any field element, with the alias check that keeps them below r (circomlib's
   * Num2Bits_strict: 254 bits and the CompConstant alias check).
   */
  public static Variable[] num2BitsStrict(Api api, Variable a) {
    return api.toBinary(a, 254);
  }

  /**
   * 1 if Σ bitsᵢ·2^i &gt; k else 0, for bits already constrained to be bits (little-endian) and a constant
   * k ≥ 0: one constraint a bit at most (circomlib's CompConstant, for 254 bits: 262). From the top, while the
   * bits equal k's, the first bit where the value has 1 and k has 0 decides.
   */
  public static Variable greaterThanConstant(Api api, Variable[] bits, java.math.BigInteger k) {
    if (k.signum() < 0) {
      throw new IllegalArgumentException("the constant must be non-negative, got " + k);
    }
    if (k.bitLength() > bits.length) {
      return api.constant(0);
    }
    try (Api.Scope ignored = api.scope("greaterThanConstant")) {
      Variable gt = api.constant(0);
      Variable eq = api.constant(1); // 1 while the bits above match k's
      for (int i = bits.length - 1; i >= 0; i--) {
        if (k.testBit(i)) {
          if (i > 0) {
            eq = api.mul(eq, bits[i]);
          }
        } else {
          Variable t = api.mul(eq, bits[i]);
          gt = api.add(gt, t);
          eq = api.sub(eq, t);
        }
      }
      return gt;
    }
  }
}
