package org.snark4j.circuits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snark4j.core.bn254.Fr;
import org.snark4j.formats.FormatException;
import org.snark4j.formats.R1csFile;

/**
 * A rank-1 constraint system over BN254's Fr: constraints Aᵢ·w × Bᵢ·w = Cᵢ·w on a witness w whose wires are
 * laid out as circom and snarkjs expect: wire 0 is the constant 1, then the public inputs, then the secret
 * inputs, then internal wires. Immutable.
 */
public final class R1cs {
  /** A sparse linear combination Σ coeffs[i]·w[wires[i]], wires ascending. */
  public record Lc(int[] wires, Fr[] coeffs) {
    public Fr evaluate(Fr[] w) {
      Fr acc = Fr.ZERO;
      for (int i = 0; i < wires.length; i++) {
        acc = acc.add(coeffs[i].multiply(w[wires[i]]));
      }
      return acc;
    }

    /** The number of terms. */
    public int size() {
      return wires.length;
    }
  }

  /** One constraint A·B = C, with the gadget and source line that made it. */
  public record Constraint(Lc a, Lc b, Lc c, String gadget, String source) {}

  private final int nWires;
  private final int nPublic;
  private final int nSecret;
  private final List<Constraint> constraints;

  /**
   * An R1CS from its parts, e.g. one read from a .r1cs file. Linear combinations are normalised (wires sorted,
   * repeated wires merged, zero terms dropped).
   *
   * @throws IllegalArgumentException if the counts do not fit or a wire index is out of range
   */
  public static R1cs of(int nWires, int nPublic, int nSecret, List<Constraint> constraints) {
    if (nWires < 1 || nPublic < 0 || nSecret < 0 || 1L + nPublic + nSecret > nWires) {
      throw new IllegalArgumentException("R1CS with " + nWires + " wires cannot have " + nPublic + " public and "
          + nSecret + " secret inputs besides the constant wire");
    }
    List<Constraint> norm = new java.util.ArrayList<>(constraints.size());
    for (int i = 0; i < constraints.size(); i++) {
      Constraint k = constraints.get(i);
      norm.add(new Constraint(normalise(k.a(), nWires, i), normalise(k.b(), nWires, i), normalise(k.c(), nWires, i),
          k.gadget(), k.source()));
    }
    return new R1cs(nWires, nPublic, nSecret, norm);
  }

  /**
   * The R1CS of a circom .r1cs file: its public outputs and inputs become the public wires, the private inputs
   * present the secret ones.
   *
   * @throws FormatException if the file is malformed or its constraints refer to wires it does not have
   */
  public static R1cs read(Path file) throws IOException {
    return fromFile(R1csFile.read(file));
  }

  /** The R1CS of a .r1cs file's contents (see {@link #read}). */
  public static R1cs fromFile(R1csFile.Contents file) {
    List<Constraint> cs = new ArrayList<>(file.constraints().size());
    for (R1csFile.Constraint k : file.constraints()) {
      cs.add(new Constraint(lc(k.a()), lc(k.b()), lc(k.c()), "", ""));
    }
    try {
      return of(file.wires(), file.publicWires(), file.privateWires(), cs);
    } catch (IllegalArgumentException e) {
      throw new FormatException(".r1cs: " + e.getMessage());
    }
  }

  private static Lc lc(R1csFile.Lc lc) {
    return new Lc(lc.wires(), lc.coeffs());
  }

  /** This R1CS as a .r1cs file holds it: the public wires as public inputs (no outputs), labels the wire indices. */
  public R1csFile.Contents toFile() {
    List<R1csFile.Constraint> cs = new ArrayList<>(constraints.size());
    for (Constraint k : constraints) {
      cs.add(new R1csFile.Constraint(new R1csFile.Lc(k.a().wires(), k.a().coeffs()),
          new R1csFile.Lc(k.b().wires(), k.b().coeffs()), new R1csFile.Lc(k.c().wires(), k.c().coeffs())));
    }
    return new R1csFile.Contents(nWires, 0, nPublic, nSecret, nWires, cs);
  }

  /** Writes this R1CS as a circom .r1cs file ({@link #toFile}). */
  public void write(Path file) throws IOException {
    R1csFile.write(toFile(), file);
  }

  private static Lc normalise(Lc lc, int nWires, int index) {
    java.util.TreeMap<Integer, Fr> terms = new java.util.TreeMap<>();
    for (int i = 0; i < lc.wires().length; i++) {
      int w = lc.wires()[i];
      if (w < 0 || w >= nWires) {
        throw new IllegalArgumentException("constraint " + index + " refers to wire " + w + " of " + nWires);
      }
      terms.merge(w, lc.coeffs()[i], Fr::add);
    }
    terms.values().removeIf(Fr::isZero);
    int[] wires = new int[terms.size()];
    Fr[] coeffs = new Fr[terms.size()];
    int j = 0;
    for (java.util.Map.Entry<Integer, Fr> e : terms.entrySet()) {
      wires[j] = e.getKey();
      coeffs[j++] = e.getValue();
    }
    return new Lc(wires, coeffs);
  }

  R1cs(int nWires, int nPublic, int nSecret, List<Constraint> constraints) {
    this.nWires = nWires;
    this.nPublic = nPublic;
    this.nSecret = nSecret;
    this.constraints = List.copyOf(constraints);
  }

  /** Wires, the constant-one wire included. */
  public int wireCount() {
    return nWires;
  }

  /** Public inputs (wires 1..nPublic). */
  public int publicCount() {
    return nPublic;
  }

  /** Secret inputs (the wires after the public ones). */
  public int secretCount() {
    return nSecret;
  }

  /** Internal wires (after the inputs). */
  public int internalCount() {
    return nWires - 1 - nPublic - nSecret;
  }

  public int constraintCount() {
    return constraints.size();
  }

  public List<Constraint> constraints() {
    return constraints;
  }

  /**
   * The index of the first constraint the witness does not satisfy, or -1 when it satisfies them all.
   *
   * @throws IllegalArgumentException if the witness has the wrong length or does not start with 1
   */
  public int firstUnsatisfied(Fr[] witness) {
    if (witness.length != nWires) {
      throw new IllegalArgumentException("witness needs " + nWires + " values, got " + witness.length);
    }
    if (!witness[0].isOne()) {
      throw new IllegalArgumentException("witness[0] must be 1 (the constant wire), got " + witness[0]);
    }
    for (int i = 0; i < constraints.size(); i++) {
      Constraint k = constraints.get(i);
      if (!k.a().evaluate(witness).multiply(k.b().evaluate(witness)).equals(k.c().evaluate(witness))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the witness satisfies every constraint. */
  public boolean isSatisfied(Fr[] witness) {
    return firstUnsatisfied(witness) < 0;
  }

  @Override
  public String toString() {
    return constraints.size() + " constraints, " + nWires + " wires (" + nPublic + " public, " + nSecret
        + " secret, " + internalCount() + " internal)";
  }
}
