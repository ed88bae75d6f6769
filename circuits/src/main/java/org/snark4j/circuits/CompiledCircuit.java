package org.snark4j.circuits;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snark4j.circuits.CircuitBuilder.HintStep;
import org.snark4j.circuits.CircuitBuilder.InverseStep;
import org.snark4j.circuits.CircuitBuilder.Kind;
import org.snark4j.circuits.CircuitBuilder.MulStep;
import org.snark4j.circuits.CircuitBuilder.Step;
import org.snark4j.core.bn254.Fr;

/**
 * A circuit compiled to an {@link R1cs}, with what it takes to solve it: from values of the inputs to the
 * full {@link Witness}. Internal wires that no constraint uses are dropped. Immutable and thread-safe.
 */
public final class CompiledCircuit {
  private final R1cs r1cs;
  private final List<String> publicInputs;
  private final List<String> secretInputs;
  // solving, in the builder's provisional wire numbering
  private final int provisionalWires;
  private final Map<String, Integer> inputWire;
  private final List<Step> program;
  private final int[] finalToProvisional;

  private CompiledCircuit(R1cs r1cs, List<String> publicInputs, List<String> secretInputs, int provisionalWires,
      Map<String, Integer> inputWire, List<Step> program, int[] finalToProvisional) {
    this.r1cs = r1cs;
    this.publicInputs = publicInputs;
    this.secretInputs = secretInputs;
    this.provisionalWires = provisionalWires;
    this.inputWire = inputWire;
    this.program = program;
    this.finalToProvisional = finalToProvisional;
  }

  /** Compiles a circuit, recording the source line of every constraint. */
  public static CompiledCircuit compile(Circuit circuit) {
    return compile(circuit, true);
  }

  /**
   * Compiles a circuit.
   *
   * @param captureSources whether to record the source line behind each constraint (for error messages; costs
   *     a stack walk per constraint)
   * @throws IllegalArgumentException if an input field is null, not a Variable or Variable[], or both
   *     annotations are present
   */
  public static CompiledCircuit compile(Circuit circuit, boolean captureSources) {
    CircuitBuilder b = new CircuitBuilder(captureSources);
    allocateFields(circuit, b);
    circuit.define(b);
    return finish(b);
  }

  private static void allocateFields(Circuit circuit, CircuitBuilder b) {
    List<Class<?>> chain = new ArrayList<>();
    for (Class<?> c = circuit.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      chain.add(0, c);
    }
    for (Class<?> c : chain) {
      for (Field f : c.getDeclaredFields()) {
        boolean pub = f.isAnnotationPresent(Public.class);
        boolean sec = f.isAnnotationPresent(Secret.class);
        if (!pub && !sec) {
          continue;
        }
        String where = c.getSimpleName() + "." + f.getName();
        if (pub && sec) {
          throw new IllegalArgumentException(where + " is annotated both @Public and @Secret");
        }
        if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
          throw new IllegalArgumentException(where + ": input fields must be neither static nor final");
        }
        Kind kind = pub ? Kind.PUBLIC : Kind.SECRET;
        try {
          f.setAccessible(true);
          if (f.getType() == Variable.class) {
            f.set(circuit, b.input(kind, f.getName()));
          } else if (f.getType() == Variable[].class) {
            Variable[] arr = (Variable[]) f.get(circuit);
            if (arr == null) {
              throw new IllegalArgumentException(where + " is a null array: size it in the constructor");
            }
            for (int i = 0; i < arr.length; i++) {
              arr[i] = b.input(kind, f.getName() + "[" + i + "]");
            }
          } else {
            throw new IllegalArgumentException(where + " must be a Variable or Variable[], is " + f.getType().getSimpleName());
          }
        } catch (IllegalAccessException | RuntimeException e) {
          if (e instanceof IllegalArgumentException iae) {
            throw iae;
          }
          throw new IllegalArgumentException("cannot set input field " + where
              + " (in a named module, open its package to org.snark4j.circuits): " + e.getMessage(), e);
        }
      }
    }
  }

  private static CompiledCircuit finish(CircuitBuilder b) {
    int n = b.kinds.size();
    boolean[] used = new boolean[n];
    used[0] = true;
    for (int w = 1; w < n; w++) {
      used[w] = b.kinds.get(w) != Kind.INTERNAL;
    }
    for (CircuitBuilder.Constraint k : b.constraints) {
      for (Variable v : new Variable[] {k.a(), k.b(), k.c()}) {
        for (int w : v.wires) {
          used[w] = true;
        }
      }
    }
    // final layout: 1, public inputs, secret inputs, used internal wires, each in creation order
    int[] map = new int[n];
    java.util.Arrays.fill(map, -1);
    List<Integer> order = new ArrayList<>();
    order.add(0);
    List<String> pub = new ArrayList<>();
    List<String> sec = new ArrayList<>();
    Map<String, Integer> inputWire = new LinkedHashMap<>();
    for (Kind kind : new Kind[] {Kind.PUBLIC, Kind.SECRET, Kind.INTERNAL}) {
      for (int w = 1; w < n; w++) {
        if (b.kinds.get(w) == kind && used[w]) {
          order.add(w);
          if (kind == Kind.PUBLIC) {
            pub.add(b.names.get(w));
          } else if (kind == Kind.SECRET) {
            sec.add(b.names.get(w));
          }
          if (kind != Kind.INTERNAL) {
            inputWire.put(b.names.get(w), w);
          }
        }
      }
    }
    int[] finalToProvisional = new int[order.size()];
    for (int i = 0; i < order.size(); i++) {
      finalToProvisional[i] = order.get(i);
      map[order.get(i)] = i;
    }
    List<R1cs.Constraint> cs = new ArrayList<>(b.constraints.size());
    for (CircuitBuilder.Constraint k : b.constraints) {
      cs.add(new R1cs.Constraint(lc(k.a(), map), lc(k.b(), map), lc(k.c(), map), k.gadget(), k.source()));
    }
    R1cs r1cs = new R1cs(order.size(), pub.size(), sec.size(), cs);
    return new CompiledCircuit(r1cs, List.copyOf(pub), List.copyOf(sec), n,
        Collections.unmodifiableMap(inputWire), List.copyOf(b.program), finalToProvisional);
  }

  /** A variable as a linear combination over final wires, its constant on wire 0. */
  private static R1cs.Lc lc(Variable v, int[] map) {
    boolean hasConstant = !v.constant.isZero();
    int size = v.wires.length + (hasConstant ? 1 : 0);
    int[] wires = new int[size];
    Fr[] coeffs = new Fr[size];
    int o = 0;
    if (hasConstant) {
      wires[0] = 0;
      coeffs[0] = v.constant;
      o = 1;
    }
    Integer[] idx = new Integer[v.wires.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (x, y) -> Integer.compare(map[v.wires[x]], map[v.wires[y]]));
    for (int i = 0; i < idx.length; i++) {
      wires[o + i] = map[v.wires[idx[i]]];
      coeffs[o + i] = v.coeffs[idx[i]];
    }
    return new R1cs.Lc(wires, coeffs);
  }

  public R1cs r1cs() {
    return r1cs;
  }

  /** Names of the public inputs, in wire order. */
  public List<String> publicInputs() {
    return publicInputs;
  }

  /** Names of the secret inputs, in wire order. */
  public List<String> secretInputs() {
    return secretInputs;
  }

  /**
   * The full witness for these inputs.
   *
   * @throws IllegalArgumentException if an input is missing or unknown
   * @throws UnsatisfiedConstraintException if the inputs do not satisfy the circuit: which constraint or step,
   *     the gadget and source line, and the values
   */
  public Witness solve(Assignment assignment) {
    Set<String> unknown = new HashSet<>(assignment.values().keySet());
    unknown.removeAll(inputWire.keySet());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown circuit inputs " + new java.util.TreeSet<>(unknown)
          + "; the inputs are " + inputWire.keySet());
    }
    Fr[] values = new Fr[provisionalWires];
    values[0] = Fr.ONE;
    for (Map.Entry<String, Integer> e : inputWire.entrySet()) {
      Fr v = assignment.get(e.getKey());
      if (v == null) {
        throw new IllegalArgumentException("circuit input \"" + e.getKey() + "\" has no value");
      }
      values[e.getValue()] = v;
    }
    for (Step step : program) {
      run(step, values);
    }
    Fr[] w = new Fr[finalToProvisional.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = values[finalToProvisional[i]];
    }
    int bad = r1cs.firstUnsatisfied(w);
    if (bad >= 0) {
      R1cs.Constraint k = r1cs.constraints().get(bad);
      throw new UnsatisfiedConstraintException("constraint " + bad + " is not satisfied: A·B = "
          + k.a().evaluate(w) + " · " + k.b().evaluate(w) + " ≠ C = " + k.c().evaluate(w), bad, k.gadget(),
          k.source());
    }
    return new Witness(w, r1cs.publicCount());
  }

  private static void run(Step step, Fr[] values) {
    switch (step) {
      case MulStep m -> values[m.out()] = m.a().evaluate(values).multiply(m.b().evaluate(values));
      case InverseStep inv -> {
        Fr a = inv.a().evaluate(values);
        if (a.isZero()) {
          throw new UnsatisfiedConstraintException("inverse of zero", -1, inv.gadget(), inv.source());
        }
        values[inv.out()] = a.inverse();
      }
      case HintStep h -> {
        Fr[] in = new Fr[h.inputs().length];
        for (int i = 0; i < in.length; i++) {
          in[i] = h.inputs()[i].evaluate(values);
        }
        Fr[] out = new Fr[h.outputs().length];
        try {
          h.hint().compute(in, out);
        } catch (RuntimeException e) {
          throw new UnsatisfiedConstraintException("hint \"" + h.name() + "\" failed: " + e.getMessage(), -1,
              h.gadget(), h.source());
        }
        for (int i = 0; i < out.length; i++) {
          if (out[i] == null) {
            throw new IllegalStateException("hint \"" + h.name() + "\" left output " + i + " unset");
          }
          values[h.outputs()[i]] = out[i];
        }
      }
    }
  }

  @Override
  public String toString() {
    return r1cs.toString();
  }
}
