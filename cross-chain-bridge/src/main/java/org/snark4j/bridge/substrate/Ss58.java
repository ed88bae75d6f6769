package org.snark4j.bridge.substrate;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * SS58 addresses: base58 of (prefix ‖ 32-byte account id ‖ the first two bytes of blake2b-512("SS58PRE" ‖ prefix ‖
 * id)), with one-byte prefixes below 64 and two-byte ones below 16384.
 */
public final class Ss58 {
  private Ss58() {}

  private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final byte[] PRE = "SS58PRE".getBytes(StandardCharsets.US_ASCII);

  /** The generic Substrate prefix. */
  public static final int SUBSTRATE = 42;

  public static String encode(byte[] accountId, int prefix) {
    if (accountId.length != 32) {
      throw new IllegalArgumentException("an account id is 32 bytes, got " + accountId.length);
    }
    byte[] p = prefixBytes(prefix);
    byte[] body = concat(p, accountId);
    byte[] sum = Hashers.blake2(512, concat(PRE, body));
    return base58(concat(body, Arrays.copyOf(sum, 2)));
  }

  /**
   * The account id of an address, its checksum and (when expected ≥ 0) its prefix checked.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static byte[] decode(String address, int expectedPrefix) {
    byte[] raw = unbase58(address);
    int prefixLength = raw.length > 0 && (raw[0] & 0x40) != 0 ? 2 : 1;
    if (raw.length != prefixLength + 32 + 2) {
      throw new IllegalArgumentException("an SS58 address of a 32-byte account decodes to " + (prefixLength + 34)
          + " bytes, \"" + address + "\" to " + raw.length);
    }
    byte[] body = Arrays.copyOf(raw, prefixLength + 32);
    byte[] sum = Hashers.blake2(512, concat(PRE, body));
    if (sum[0] != raw[prefixLength + 32] || sum[1] != raw[prefixLength + 33]) {
      throw new IllegalArgumentException("the SS58 checksum of \"" + address + "\" does not match");
    }
    int prefix = prefixLength == 1 ? raw[0] & 0xFF
        : ((raw[0] & 0x3F) << 2) | ((raw[1] & 0xFF) >> 6) | ((raw[1] & 0x3F) << 8);
    if (expectedPrefix >= 0 && prefix != expectedPrefix) {
      throw new IllegalArgumentException("\"" + address + "\" has SS58 prefix " + prefix + ", expected "
          + expectedPrefix);
    }
    return Arrays.copyOfRange(raw, prefixLength, prefixLength + 32);
  }

  private static byte[] prefixBytes(int prefix) {
    if (prefix < 0 || prefix >= 16384 || prefix == 46 || prefix == 47) {
      throw new IllegalArgumentException("an SS58 prefix is 0..16383 (not 46, 47), got " + prefix);
    }
    if (prefix < 64) {
      return new byte[] {(byte) prefix};
    }
    return new byte[] {(byte) (((prefix & 0xFC) >> 2) | 0x40), (byte) ((prefix >> 8) | ((prefix & 0x03) << 6))};
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static String base58(byte[] b) {
    BigInteger v = new BigInteger(1, b);
    StringBuilder s = new StringBuilder();
    BigInteger base = BigInteger.valueOf(58);
    while (v.signum() > 0) {
      BigInteger[] qr = v.divideAndRemainder(base);
      s.append(ALPHABET.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (int i = 0; i < b.length && b[i] == 0; i++) {
      s.append('1');
    }
    return s.reverse().toString();
  }

  static byte[] unbase58(String s) {
    if (s.length() > 100) {
      throw new IllegalArgumentException("an SS58 address is at most 100 characters, got " + s.length());
    }
    BigInteger v = BigInteger.ZERO;
    int zeros = 0;
    boolean leading = true;
    for (char c : s.toCharArray()) {
      int d = ALPHABET.indexOf(c);
      if (d < 0) {
        throw new IllegalArgumentException("\"" + s + "\" is not base58 (character '" + c + "')");
      }
      if (leading && d == 0) {
        zeros++;
      } else {
        leading = false;
      }
      v = v.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(d));
    }
    byte[] body = v.signum() == 0 ? new byte[0] : v.toByteArray();
    if (body.length > 0 && body[0] == 0) {
      body = Arrays.copyOfRange(body, 1, body.length);
    }
    return concat(new byte[zeros], body);
  }
}
