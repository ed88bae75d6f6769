package org.snark4j.circuits;

import java.util.Arrays;
import org.snark4j.core.bn254.Fr;

/**
 * A value in a circuit: a linear combination c + Σ kᵢ·wᵢ of wires with constant coefficients. Immutable.
 * Adding, subtracting and scaling combine the terms and cost no constraint; a variable without wires is a
 * constant and folds wherever it meets another. Variables belong to the compilation that made them.
 */
public final class Variable {
  static final int[] NO_WIRES = new int[0];
  static final Fr[] NO_COEFFS = new Fr[0];

  final int[] wires; // ascending, no zero coefficients
  final Fr[] coeffs;
  final Fr constant;

  Variable(int[] wires, Fr[] coeffs, Fr constant) {
    this.wires = wires;
    this.coeffs = coeffs;
    this.constant = constant;
  }

  static Variable ofConstant(Fr c) {
    return new Variable(NO_WIRES, NO_COEFFS, c);
  }

  static Variable ofWire(int wire) {
    return new Variable(new int[] {wire}, new Fr[] {Fr.ONE}, Fr.ZERO);
  }

  /** Whether this is a constant (no wire). */
  public boolean isConstant() {
    return wires.length == 0;
  }

  /**
   * The value of a constant variable.
   *
   * @throws IllegalStateException if the variable depends on wires
   */
  public Fr constantValue() {
    if (!isConstant()) {
      throw new IllegalStateException("variable " + this + " is not a constant");
    }
    return constant;
  }

  /** The number of wires in the combination. */
  int size() {
    return wires.length;
  }

  /** Whether this is exactly 1·w for a single wire w with no constant. */
  boolean isSingleWire() {
    return wires.length == 1 && constant.isZero() && coeffs[0].isOne();
  }

  Variable plus(Variable o) {
    return combine(o, Fr.ONE);
  }

  Variable minus(Variable o) {
    return combine(o, Fr.ONE.negate());
  }

  /** this + k·o, merging terms on the same wire and dropping those that cancel. */
  Variable combine(Variable o, Fr k) {
    int[] w = new int[wires.length + o.wires.length];
    Fr[] c = new Fr[w.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < wires.length || j < o.wires.length) {
      if (j >= o.wires.length || (i < wires.length && wires[i] < o.wires[j])) {
        w[n] = wires[i];
        c[n++] = coeffs[i++];
      } else if (i >= wires.length || o.wires[j] < wires[i]) {
        w[n] = o.wires[j];
        c[n++] = o.coeffs[j++].multiply(k);
      } else {
        Fr sum = coeffs[i].add(o.coeffs[j].multiply(k));
        if (!sum.isZero()) {
          w[n] = wires[i];
          c[n++] = sum;
        }
        i++;
        j++;
      }
    }
    return new Variable(Arrays.copyOf(w, n), Arrays.copyOf(c, n), constant.add(o.constant.multiply(k)));
  }

  Variable times(Fr k) {
    if (k.isZero()) {
      return ofConstant(Fr.ZERO);
    }
    Fr[] c = new Fr[coeffs.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = coeffs[i].multiply(k);
    }
    return new Variable(wires, c, constant.multiply(k));
  }

  /** The value of the combination given every wire's value. */
  Fr evaluate(Fr[] values) {
    Fr acc = constant;
    for (int i = 0; i < wires.length; i++) {
      acc = acc.add(coeffs[i].multiply(values[wires[i]]));
    }
    return acc;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (!constant.isZero() || wires.length == 0) {
      sb.append(constant);
    }
    for (int i = 0; i < wires.length; i++) {
      if (sb.length() > 0) {
        sb.append(" + ");
      }
      if (!coeffs[i].isOne()) {
        sb.append(coeffs[i]).append('·');
      }
      sb.append('w').append(wires[i]);
    }
    return sb.toString();
  }
}
