package org.snark4j.circuits.gadgets.hash;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.snark4j.core.bn254.Fr;

/** circomlib's MiMC round constants, read once from mimc-constants.bin (see ORIGIN.md beside it). */
final class MimcConstants {
  private MimcConstants() {}

  static final Fr[] MIMC7;
  static final Fr[] SPONGE;

  static {
    String name = "mimc-constants.bin";
    try (InputStream raw = MimcConstants.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      DataInputStream in = new DataInputStream(raw);
      if (!"P4JM".equals(new String(in.readNBytes(4), StandardCharsets.US_ASCII)) || in.readInt() != 1) {
        throw new IllegalStateException(name + " is not a version-1 MiMC constant file");
      }
      MIMC7 = read(in);
      SPONGE = read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static Fr[] read(DataInputStream in) throws IOException {
    Fr[] out = new Fr[in.readInt()];
    byte[] word = new byte[32];
    for (int i = 0; i < out.length; i++) {
      in.readFully(word);
      out[i] = Fr.fromBytesBE(word);
    }
    return out;
  }
}
