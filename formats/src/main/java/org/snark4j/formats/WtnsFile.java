package org.snark4j.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snark4j.core.bn254.Fr;

/**
 * snarkjs's binary .wtns format (version 2): section 1 {n8, prime, count}, section 2 the values, each n8
 * bytes little-endian in standard form. Only BN254's Fr is accepted.
 */
public final class WtnsFile {
  private WtnsFile() {}

  public static Fr[] read(Path file) throws IOException {
    return parse(BinFile.read(file, "wtns"));
  }

  public static Fr[] read(byte[] bytes) {
    return parse(BinFile.read(bytes, ".wtns", "wtns"));
  }

  private static Fr[] parse(BinFile f) {
    if (f.version() != 2) {
      throw new FormatException(".wtns: expected version 2, got " + f.version());
    }
    BinFile.Section h = f.section(1, "header");
    h.expectScalarField(".wtns");
    int n = h.u32("witness count");
    BinFile.Section s = f.section(2, "values");
    if ((long) n * Fr.BYTES != s.remaining()) {
      throw new FormatException(".wtns: " + n + " values need " + (long) n * Fr.BYTES + " bytes, section 2 has "
          + s.remaining());
    }
    Fr[] out = new Fr[n];
    for (int i = 0; i < n; i++) {
      out[i] = s.fr("value " + i);
    }
    return out;
  }

  public static void write(Fr[] values, OutputStream out) throws IOException {
    BinFile.Writer w = new BinFile.Writer("wtns", 2);
    w.section(1, new BinFile.Content().u32(Fr.BYTES).integer(Fr.MODULUS, Fr.BYTES).u32(values.length).bytes());
    BinFile.Content c = new BinFile.Content();
    for (Fr v : values) {
      c.fr(v);
    }
    w.section(2, c.bytes());
    w.writeTo(out);
  }

  public static void write(Fr[] values, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(values, out);
    }
  }
}
