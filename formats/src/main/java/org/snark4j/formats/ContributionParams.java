package org.snark4j.formats;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The optional parameters snarkjs records with a contribution, in .zkey and .ptau alike: {1: name (length byte,
 * UTF-8)}, {2: numIterationsExp (one byte)}, {3: beacon hash (length byte, bytes)}, each at most once, in
 * increasing order.
 */
public record ContributionParams(String name, int numIterationsExp, byte[] beaconHash) {
  /** Parses the parameter bytes; {@code where} names them in a {@link FormatException}. */
  public static ContributionParams parse(byte[] params, String where) {
    String name = null;
    int iterations = 0;
    byte[] beacon = null;
    int last = 0;
    for (int p = 0; p < params.length; ) {
      int kind = params[p++] & 0xff;
      if (kind <= last || kind > 3 || p >= params.length) {
        throw new FormatException(where + " has malformed parameters");
      }
      last = kind;
      if (kind == 2) {
        iterations = params[p++] & 0xff;
        continue;
      }
      int len = params[p++] & 0xff;
      if (p + len > params.length) {
        throw new FormatException(where + " has malformed parameters");
      }
      byte[] value = Arrays.copyOfRange(params, p, p + len);
      p += len;
      if (kind == 1) {
        name = new String(value, StandardCharsets.UTF_8);
      } else {
        beacon = value;
      }
    }
    return new ContributionParams(name, iterations, beacon);
  }

  /** The bytes for a contribution of this type (1: a beacon, whose parameters are written too). */
  public static byte[] encode(String name, int type, int numIterationsExp, byte[] beaconHash) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (name != null && !name.isEmpty()) {
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      out.write(1);
      out.write(n.length);
      out.writeBytes(n);
    }
    if (type == 1) {
      out.write(2);
      out.write(numIterationsExp);
      out.write(3);
      out.write(beaconHash.length);
      out.writeBytes(beaconHash);
    }
    return out.toByteArray();
  }
}
