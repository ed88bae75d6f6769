package org.snark4j.circuits;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snark4j.core.bn254.Fr;

/** Records what {@link Circuit#define} builds: wires, constraints with their origin, and the solving program. */
final class CircuitBuilder implements Api {
  static final int ONE = 0;

  enum Kind { ONE, PUBLIC, SECRET, INTERNAL }

  /** A rank-1 constraint a·b = c over provisional wires, with where it came from. */
  record Constraint(Variable a, Variable b, Variable c, String gadget, String source) {}

  /** One step of the solving program. */
  sealed interface Step permits MulStep, InverseStep, HintStep {
    String gadget();

    String source();
  }

  record MulStep(int out, Variable a, Variable b, String gadget, String source) implements Step {}

  record InverseStep(int out, Variable a, String gadget, String source) implements Step {}

  record HintStep(String name, Hint hint, Variable[] inputs, int[] outputs, String gadget, String source)
      implements Step {}

  final List<Kind> kinds = new ArrayList<>(List.of(Kind.ONE));
  final List<String> names = new ArrayList<>(List.of("one"));
  final List<Constraint> constraints = new ArrayList<>();
  final List<Step> program = new ArrayList<>();
  private final Set<String> inputNames = new HashSet<>();
  private final Deque<String> scopes = new ArrayDeque<>();
  private final boolean captureSources;

  CircuitBuilder(boolean captureSources) {
    this.captureSources = captureSources;
  }

  // ------------------------------------------------------------------ bookkeeping

  private int newWire(Kind kind, String name) {
    kinds.add(kind);
    names.add(name);
    return kinds.size() - 1;
  }

  Variable input(Kind kind, String name) {
    if (!inputNames.add(name)) {
      throw new IllegalArgumentException("circuit input \"" + name + "\" is declared twice");
    }
    return Variable.ofWire(newWire(kind, name));
  }

  private String gadget() {
    return scopes.isEmpty() ? "" : String.join("/", (Iterable<String>) scopes::descendingIterator);
  }

  private static final StackWalker WALKER = StackWalker.getInstance();

  /** The first frame outside this builder and the Api interface: the line that asked for the constraint. */
  private String source() {
    if (!captureSources) {
      return "";
    }
    return WALKER.walk(frames -> frames
        .filter(f -> !f.getClassName().equals(CircuitBuilder.class.getName())
            && !f.getClassName().equals(Api.class.getName()))
        .findFirst()
        .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName()
            + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
        .orElse(""));
  }

  private void constrain(Variable a, Variable b, Variable c) {
    constraints.add(new Constraint(a, b, c, gadget(), source()));
  }

  private static Variable c(Fr v) {
    return Variable.ofConstant(v);
  }

  private static final Variable ONE_V = Variable.ofConstant(Fr.ONE);
  private static final Variable ZERO_V = Variable.ofConstant(Fr.ZERO);

  // ------------------------------------------------------------------ inputs

  @Override
  public Variable publicInput(String name) {
    return input(Kind.PUBLIC, name);
  }

  @Override
  public Variable secretInput(String name) {
    return input(Kind.SECRET, name);
  }

  // ------------------------------------------------------------------ arithmetic

  @Override
  public Variable constant(Fr v) {
    return c(v);
  }

  @Override
  public Variable add(Variable a, Variable b, Variable... more) {
    Variable r = a.plus(b);
    for (Variable m : more) {
      r = r.plus(m);
    }
    return r;
  }

  @Override
  public Variable sub(Variable a, Variable b) {
    return a.minus(b);
  }

  @Override
  public Variable neg(Variable a) {
    return a.times(Fr.ONE.negate());
  }

  @Override
  public Variable mul(Variable a, Variable b) {
    if (a.isConstant()) {
      return b.times(a.constant);
    }
    if (b.isConstant()) {
      return a.times(b.constant);
    }
    String g = gadget();
    String s = source();
    int w = newWire(Kind.INTERNAL, "");
    Variable out = Variable.ofWire(w);
    program.add(new MulStep(w, a, b, g, s));
    constraints.add(new Constraint(a, b, out, g, s));
    return out;
  }

  @Override
  public Variable mulAcc(Variable acc, Variable a, Variable b) {
    return acc.plus(mul(a, b));
  }

  @Override
  public Variable div(Variable a, Variable b) {
    if (b.isConstant()) {
      if (b.constant.isZero()) {
        throw new ArithmeticException("circuit divides by the constant 0");
      }
      return a.times(b.constant.inverse());
    }
    return mul(a, inverse(b));
  }

  @Override
  public Variable inverse(Variable a) {
    if (a.isConstant()) {
      if (a.constant.isZero()) {
        throw new ArithmeticException("circuit inverts the constant 0");
      }
      return c(a.constant.inverse());
    }
    String g = gadget();
    String s = source();
    int w = newWire(Kind.INTERNAL, "");
    Variable out = Variable.ofWire(w);
    program.add(new InverseStep(w, a, g, s));
    constraints.add(new Constraint(a, out, ONE_V, g, s));
    return out;
  }

  // ------------------------------------------------------------------ bits

  /** The low n - 1 bits of a value below 2^n (the top one is derived from them). */
  private static Hint lowBits(int n) {
    return (in, out) -> {
      BigInteger v = in[0].toBigInteger();
      if (v.bitLength() > n) {
        throw new IllegalArgumentException("value " + v + " does not fit in " + n + " bits");
      }
      for (int i = 0; i < out.length; i++) {
        out[i] = v.testBit(i) ? Fr.ONE : Fr.ZERO;
      }
    };
  }

  @Override
  public Variable[] toBinary(Variable a, int n) {
    if (n < 1 || n > 254) {
      throw new IllegalArgumentException("toBinary takes 1 to 254 bits, got " + n);
    }
    if (a.isConstant()) {
      BigInteger v = a.constant.toBigInteger();
      if (v.bitLength() > n) {
        throw new IllegalArgumentException("constant " + v + " does not fit in " + n + " bits");
      }
      Variable[] bits = new Variable[n];
      for (int i = 0; i < n; i++) {
        bits[i] = c(v.testBit(i) ? Fr.ONE : Fr.ZERO);
      }
      return bits;
    }
    if (n == 1) {
      assertBoolean(a);
      return new Variable[] {a};
    }
    try (Scope ignored = scope("toBinary(" + n + ")")) {
      Variable[] free = hint("bits of a value", lowBits(n), n - 1, a);
      // the top bit is not a free wire: it is (a - Σ_{i<n-1} bᵢ·2^i) / 2^(n-1), which folds the
      // recomposition into its boolean constraint
      Variable rest = a;
      for (int i = 0; i < n - 1; i++) {
        rest = rest.minus(free[i].times(pow2(i)));
      }
      Variable top = rest.times(pow2(n - 1).inverse());
      Variable[] bits = new Variable[n];
      for (int i = 0; i < n - 1; i++) {
        assertBoolean(free[i]);
        bits[i] = free[i];
      }
      assertBoolean(top);
      bits[n - 1] = top;
      if (n == 254) {
        assertBitsAtMost(bits, Fr.MODULUS.subtract(BigInteger.ONE));
      }
      return bits;
    }
  }

  static Fr pow2(int i) {
    return Fr.reduce(BigInteger.ONE.shiftLeft(i));
  }

  /**
   * Σ bitsᵢ·2^i ≤ k for boolean bits and a constant k: from the top, while the bits so far equal k's, a bit
   * where k has 0 must be 0 (one constraint a bit, eq·b = 0 or eq' = eq·b).
   */
  private void assertBitsAtMost(Variable[] bits, BigInteger k) {
    try (Scope ignored = scope("alias check")) {
      Variable eq = ONE_V; // 1 while the bits above match k's
      for (int i = bits.length - 1; i >= 0; i--) {
        if (k.testBit(i)) {
          if (i > 0) {
            eq = mul(eq, bits[i]);
          }
        } else if (eq.isConstant()) {
          assertEqual(bits[i].times(eq.constant), ZERO_V);
        } else {
          constrain(eq, bits[i], ZERO_V); // eq·b = 0
        }
      }
    }
  }

  @Override
  public Variable fromBinary(Variable... bits) {
    Variable r = ZERO_V;
    for (int i = 0; i < bits.length; i++) {
      r = r.plus(bits[i].times(pow2(i)));
    }
    return r;
  }

  @Override
  public Variable and(Variable a, Variable b) {
    return mul(a, b);
  }

  @Override
  public Variable or(Variable a, Variable b) {
    return a.plus(b).minus(mul(a, b));
  }

  @Override
  public Variable xor(Variable a, Variable b) {
    return a.plus(b).minus(mul(a, b).times(Fr.of(2)));
  }

  // ------------------------------------------------------------------ conditionals

  @Override
  public Variable select(Variable cond, Variable ifTrue, Variable ifFalse) {
    return ifFalse.plus(mul(cond, ifTrue.minus(ifFalse)));
  }

  @Override
  public Variable lookup2(Variable b0, Variable b1, Variable y0, Variable y1, Variable y2, Variable y3) {
    // y0 + b1·(y2 - y0) + b0·((y1 - y0) + b1·(y3 - y2 - y1 + y0))
    Variable inner = y1.minus(y0).plus(mul(b1, y3.minus(y2).minus(y1).plus(y0)));
    return y0.plus(mul(b1, y2.minus(y0))).plus(mul(b0, inner));
  }

  private static final Hint INVERSE_OR_ZERO = (in, out) -> out[0] = in[0].isZero() ? Fr.ZERO : in[0].inverse();

  @Override
  public Variable isZero(Variable a) {
    if (a.isConstant()) {
      return c(a.constant.isZero() ? Fr.ONE : Fr.ZERO);
    }
    try (Scope ignored = scope("isZero")) {
      Variable inv = hint("inverse or zero", INVERSE_OR_ZERO, 1, a)[0];
      Variable out = ONE_V.minus(mul(a, inv));
      constrain(a, out, ZERO_V); // a·out = 0
      return out;
    }
  }

  private static void checkComparisonBits(int bits) {
    if (bits < 1 || bits > 252) {
      throw new IllegalArgumentException("comparisons take 1 to 252 bits, got " + bits);
    }
  }

  @Override
  public Variable cmp(Variable a, Variable b, int bits) {
    checkComparisonBits(bits);
    try (Scope ignored = scope("cmp(" + bits + ")")) {
      // a - b + 2^bits is in [1, 2^(bits+1)); its top bit is 1 exactly when a ≥ b
      Variable[] d = toBinary(a.minus(b).plus(c(pow2(bits))), bits + 1);
      Variable geq = d[bits];
      Variable eq = isZero(a.minus(b));
      return geq.times(Fr.of(2)).minus(eq).minus(ONE_V);
    }
  }

  @Override
  public Variable isLess(Variable a, Variable b, int bits) {
    checkComparisonBits(bits);
    try (Scope ignored = scope("isLess(" + bits + ")")) {
      Variable[] d = toBinary(a.minus(b).plus(c(pow2(bits))), bits + 1);
      return ONE_V.minus(d[bits]);
    }
  }

  // ------------------------------------------------------------------ assertions

  @Override
  public void assertEqual(Variable a, Variable b) {
    Variable d = a.minus(b);
    if (d.isConstant()) {
      if (!d.constant.isZero()) {
        throw new IllegalStateException("the circuit asserts " + a + " = " + b + ", which is false (at " + source() + ")");
      }
      return;
    }
    constrain(d, ONE_V, ZERO_V);
  }

  @Override
  public void assertProduct(Variable a, Variable b, Variable c) {
    if (a.isConstant() || b.isConstant()) {
      assertEqual(mul(a, b), c); // linear: folds into one constraint (a·b is a scaling)
      return;
    }
    constrain(a, b, c);
  }

  @Override
  public void assertBoolean(Variable a) {
    if (a.isConstant()) {
      if (!a.constant.isZero() && !a.constant.isOne()) {
        throw new IllegalStateException("the circuit asserts that the constant " + a + " is a bit");
      }
      return;
    }
    constrain(a, a.minus(ONE_V), ZERO_V);
  }

  @Override
  public void assertInRange(Variable a, int bits) {
    checkComparisonBits(bits);
    toBinary(a, bits);
  }

  @Override
  public void assertLessOrEqual(Variable a, Variable b, int bits) {
    checkComparisonBits(bits);
    try (Scope ignored = scope("assertLessOrEqual(" + bits + ")")) {
      toBinary(b.minus(a), bits);
    }
  }

  // ------------------------------------------------------------------ hints

  @Override
  public Variable[] hint(String name, Hint hint, int outputs, Variable... inputs) {
    if (outputs < 1) {
      throw new IllegalArgumentException("a hint needs at least one output, got " + outputs);
    }
    int[] wires = new int[outputs];
    Variable[] out = new Variable[outputs];
    for (int i = 0; i < outputs; i++) {
      wires[i] = newWire(Kind.INTERNAL, "");
      out[i] = Variable.ofWire(wires[i]);
    }
    program.add(new HintStep(name, hint, inputs.clone(), wires, gadget(), source()));
    return out;
  }

  // ------------------------------------------------------------------ structure

  @Override
  public Scope scope(String gadget) {
    scopes.push(gadget);
    int depth = scopes.size();
    return () -> {
      if (scopes.size() != depth) {
        throw new IllegalStateException("gadget scopes closed out of order at \"" + gadget + "\"");
      }
      scopes.pop();
    };
  }
}
