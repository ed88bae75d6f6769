package org.snark4j.bridge.evm;

import java.util.HexFormat;

/** 0x-prefixed hexadecimal as JSON-RPC writes bytes. */
public final class Hex {
  private Hex() {}

  public static String encode(byte[] b) {
    return "0x" + HexFormat.of().formatHex(b);
  }

  /** Bytes from hex with or without 0x; an odd length or another character is an IllegalArgumentException. */
  public static byte[] decode(String s) {
    String h = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
    try {
      return HexFormat.of().parseHex(h);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected hexadecimal bytes, got \"" + (s.length() > 80 ? s.substring(0, 80)
          + "..." : s) + "\"");
    }
  }
}
