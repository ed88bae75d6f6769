package org.snark4j.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snark4j.core.bn254.Fr;

/**
 * circom's binary .r1cs format (version 1; iden3's r1cs_bin_format): section 1 the header (n8, prime, wires,
 * public outputs, public inputs, private inputs, labels, constraints), section 2 the constraints (each of A, B,
 * C as a count and {u32 wire, n8-byte coefficient in standard form, little-endian}), section 3 the wire-to-label
 * map. Only BN254's Fr is accepted. Custom gates (sections 4 and 5) are refused. The records are the file's
 * content; the circuits module makes its constraint system from them.
 */
public final class R1csFile {
  private R1csFile() {}

  /** A linear combination: coefficient {@code coeffs[i]} on wire {@code wires[i]}. */
  public record Lc(int[] wires, Fr[] coeffs) {
    public Lc {
      if (wires.length != coeffs.length) {
        throw new IllegalArgumentException(wires.length + " wires but " + coeffs.length + " coefficients");
      }
    }

    public int size() {
      return wires.length;
    }
  }

  /** A · B = C. */
  public record Constraint(Lc a, Lc b, Lc c) {}

  /**
   * An R1CS as the file holds it: wire 0 is the constant one, then the public outputs, the public inputs and
   * the private inputs. {@code privateInputs} is the header's count, which can exceed the private wires present
   * (circom --O2 substitutes some away): {@link #privateWires} is what is there.
   */
  public record Contents(int wires, int publicOutputs, int publicInputs, int privateInputs, long labels,
      List<Constraint> constraints) {
    public Contents {
      constraints = List.copyOf(constraints);
      if (wires < 1 || publicOutputs < 0 || publicInputs < 0 || privateInputs < 0
          || (long) publicOutputs + publicInputs + 1 > wires) {
        throw new IllegalArgumentException(wires + " wires cannot hold " + publicOutputs + " outputs, "
            + publicInputs + " public inputs and the constant");
      }
    }

    /** The public wires: outputs then inputs, after the constant. */
    public int publicWires() {
      return publicOutputs + publicInputs;
    }

    /** The private inputs present: the header's count, at most the wires left after the public ones. */
    public int privateWires() {
      return (int) Math.min(privateInputs, (long) wires - 1 - publicWires());
    }
  }

  public static Contents read(Path file) throws IOException {
    return parse(BinFile.read(file, "r1cs"));
  }

  public static Contents read(byte[] bytes) {
    return parse(BinFile.read(bytes, ".r1cs", "r1cs"));
  }

  private static Contents parse(BinFile f) {
    if (f.version() != 1) {
      throw new FormatException(".r1cs: expected version 1, got " + f.version());
    }
    if (f.has(4) || f.has(5)) {
      throw new FormatException(".r1cs: custom gates (PLONK-style, sections 4 and 5) are not supported");
    }
    BinFile.Section h = f.section(1, "header");
    h.expectScalarField(".r1cs");
    int nWires = h.u32("wires");
    int nOut = h.u32("public outputs");
    int nPubIn = h.u32("public inputs");
    int nPrv = h.u32("private inputs");
    long nLabels = h.u64("labels");
    int m = h.u32("constraints");
    h.expectEnd();
    if ((long) nOut + nPubIn + 1 > nWires) {
      throw new FormatException(".r1cs: " + nWires + " wires cannot hold " + nOut + " outputs, " + nPubIn
          + " public inputs and the constant");
    }
    BinFile.Section s = f.section(2, "constraints");
    // every constraint needs at least 12 bytes: a bound that stops a huge count before it allocates
    if ((long) m * 12 > s.remaining()) {
      throw new FormatException(".r1cs: " + m + " constraints cannot fit in " + s.remaining() + " bytes");
    }
    List<Constraint> cs = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      cs.add(new Constraint(lc(s, i, "A", nWires), lc(s, i, "B", nWires), lc(s, i, "C", nWires)));
    }
    s.expectEnd();
    return new Contents(nWires, nOut, nPubIn, nPrv, nLabels, cs);
  }

  private static Lc lc(BinFile.Section s, int index, String side, int nWires) {
    String where = "constraint " + index + " " + side;
    int n = s.u32(where + " term count");
    if ((long) n * (4 + Fr.BYTES) > s.remaining()) {
      throw new FormatException(s.what + ": " + where + " claims " + n + " terms, only " + s.remaining()
          + " bytes left");
    }
    int[] wires = new int[n];
    Fr[] coeffs = new Fr[n];
    for (int j = 0; j < n; j++) {
      wires[j] = s.u32(where + " wire");
      if (wires[j] >= nWires) {
        throw new FormatException(s.what + ": " + where + " refers to wire " + wires[j] + " of " + nWires);
      }
      coeffs[j] = s.fr(where + " coefficient");
    }
    return new Lc(wires, coeffs);
  }

  /** Writes an R1CS; the labels section maps wire i to label i. */
  public static void write(Contents r1cs, OutputStream out) throws IOException {
    BinFile.Writer w = new BinFile.Writer("r1cs", 1);
    BinFile.Content h = new BinFile.Content()
        .u32(Fr.BYTES).integer(Fr.MODULUS, Fr.BYTES)
        .u32(r1cs.wires()).u32(r1cs.publicOutputs()).u32(r1cs.publicInputs()).u32(r1cs.privateInputs())
        .u64(r1cs.wires()).u32(r1cs.constraints().size());
    w.section(1, h.bytes());
    BinFile.Content c = new BinFile.Content();
    for (Constraint k : r1cs.constraints()) {
      for (Lc lc : new Lc[] {k.a(), k.b(), k.c()}) {
        c.u32(lc.size());
        for (int i = 0; i < lc.size(); i++) {
          c.u32(lc.wires()[i]).fr(lc.coeffs()[i]);
        }
      }
    }
    w.section(2, c.bytes());
    BinFile.Content labels = new BinFile.Content();
    for (int i = 0; i < r1cs.wires(); i++) {
      labels.u64(i);
    }
    w.section(3, labels.bytes());
    w.writeTo(out);
  }

  public static void write(Contents r1cs, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(r1cs, out);
    }
  }
}
