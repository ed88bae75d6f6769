package org.snark4j.bridge.substrate;

import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Streaming SCALE decoding (see {@link ScaleWriter}) over a byte array. Every read checks what is left: truncated
 * input, a bool or Option byte other than 0/1, a Result byte other than 0/1, a compact integer in a longer mode
 * than its value needs, invalid UTF-8, and a length prefix larger than the bytes that remain (each item takes
 * at least one byte, so a huge prefix fails at once instead of allocating or looping) are {@link ScaleException}s
 * naming the offset.
 */
public final class ScaleReader {
  private final byte[] b;
  private int at;

  public ScaleReader(byte[] data) {
    this.b = data;
  }

  public int position() {
    return at;
  }

  public int remaining() {
    return b.length - at;
  }

  /** Fails unless every byte was read. */
  public void expectEnd() {
    if (at != b.length) {
      throw new ScaleException(remaining() + " bytes left over after the value at offset " + at);
    }
  }

  private void need(int n, String what) {
    if (n < 0 || n > b.length - at) {
      throw new ScaleException("truncated reading " + what + " at offset " + at + ": needs " + n + " bytes, "
          + remaining() + " left");
    }
  }

  public byte[] raw(int n) {
    need(n, n + " bytes");
    byte[] r = Arrays.copyOfRange(b, at, at + n);
    at += n;
    return r;
  }

  public int u8() {
    need(1, "u8");
    return b[at++] & 0xFF;
  }

  public int u16() {
    need(2, "u16");
    int v = (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    at += 2;
    return v;
  }

  public long u32() {
    need(4, "u32");
    long v = 0;
    for (int i = 3; i >= 0; i--) {
      v = v << 8 | (b[at + i] & 0xFF);
    }
    at += 4;
    return v;
  }

  /** As an unsigned 64-bit value in a long (the upper half negative). */
  public long u64() {
    need(8, "u64");
    long v = 0;
    for (int i = 7; i >= 0; i--) {
      v = v << 8 | (b[at + i] & 0xFF);
    }
    at += 8;
    return v;
  }

  public BigInteger u128() {
    return unsigned(16, "u128");
  }

  public BigInteger u256() {
    return unsigned(32, "u256");
  }

  public BigInteger signed(int bytes) {
    BigInteger u = unsigned(bytes, "i" + 8 * bytes);
    return u.testBit(8 * bytes - 1) ? u.subtract(BigInteger.ONE.shiftLeft(8 * bytes)) : u;
  }

  private BigInteger unsigned(int bytes, String what) {
    need(bytes, what);
    byte[] be = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      be[bytes - 1 - i] = b[at + i];
    }
    at += bytes;
    return new BigInteger(1, be);
  }

  public boolean bool() {
    int v = u8();
    if (v > 1) {
      throw new ScaleException("a bool is 0 or 1, got " + v + " at offset " + (at - 1));
    }
    return v == 1;
  }

  public BigInteger compactBig() {
    int start = at;
    int first = u8();
    BigInteger v;
    switch (first & 3) {
      case 0 -> v = BigInteger.valueOf(first >>> 2);
      case 1 -> {
        need(1, "compact (two-byte mode)");
        long x = first | (b[at++] & 0xFF) << 8;
        v = BigInteger.valueOf(x >>> 2);
        if (x >>> 2 < 1 << 6) {
          throw new ScaleException("compact at offset " + start + ": " + v + " must use the one-byte mode");
        }
      }
      case 2 -> {
        need(3, "compact (four-byte mode)");
        long x = first | (b[at] & 0xFFL) << 8 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 24;
        at += 3;
        v = BigInteger.valueOf(x >>> 2);
        if (x >>> 2 < 1 << 14) {
          throw new ScaleException("compact at offset " + start + ": " + v + " must use a shorter mode");
        }
      }
      default -> {
        int bytes = (first >>> 2) + 4;
        v = unsigned(bytes, "compact (big-integer mode)");
        if (v.bitLength() <= 30 || v.bitLength() <= 8 * (bytes - 1)) {
          throw new ScaleException("compact at offset " + start + ": " + v + " is not in its shortest form");
        }
      }
    }
    return v;
  }

  /** A compact integer that must fit a long. */
  public long compact() {
    int start = at;
    BigInteger v = compactBig();
    if (v.bitLength() > 63) {
      throw new ScaleException("compact at offset " + start + ": " + v + " is too large here");
    }
    return v.longValue();
  }

  /** A compact length for items of at least minItemBytes each: never more than what remains. */
  public int length(int minItemBytes, String what) {
    int start = at;
    long n = compact();
    if (n > (long) remaining() / Math.max(1, minItemBytes)) {
      throw new ScaleException(what + " at offset " + start + " claims " + n + " items, only " + remaining()
          + " bytes remain");
    }
    return (int) n;
  }

  public byte[] bytes() {
    return raw(length(1, "Vec<u8>"));
  }

  public String string() {
    int start = at;
    byte[] raw = bytes();
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(raw)).toString();
    } catch (CharacterCodingException e) {
      throw new ScaleException("the string at offset " + start + " is not UTF-8");
    }
  }

  public <T> T option(Function<ScaleReader, T> item) {
    int flag = u8();
    return switch (flag) {
      case 0 -> null;
      case 1 -> item.apply(this);
      default -> throw new ScaleException("an Option is 0 or 1 then the value, got " + flag + " at offset " + (at - 1));
    };
  }

  /** Option&lt;bool&gt; in its one byte: null, true or false. */
  public Boolean optionBool() {
    int v = u8();
    return switch (v) {
      case 0 -> null;
      case 1 -> true;
      case 2 -> false;
      default -> throw new ScaleException("an Option<bool> is 0, 1 or 2, got " + v + " at offset " + (at - 1));
    };
  }

  /** A Result: the Ok value, or the Err value wrapped as {@link Err}. */
  public Object result(Function<ScaleReader, ?> ok, Function<ScaleReader, ?> err) {
    int flag = u8();
    return switch (flag) {
      case 0 -> ok.apply(this);
      case 1 -> new Err(err.apply(this));
      default -> throw new ScaleException("a Result is 0 (Ok) or 1 (Err), got " + flag + " at offset " + (at - 1));
    };
  }

  /** The error side of a decoded Result. */
  public record Err(Object value) {}

  /** A Vec whose items take at least minItemBytes each (1 if unsure). */
  public <T> List<T> vec(int minItemBytes, Function<ScaleReader, T> item) {
    return array(length(minItemBytes, "Vec"), item);
  }

  public <T> List<T> array(int n, Function<ScaleReader, T> item) {
    List<T> out = new ArrayList<>(Math.min(n, 1024));
    for (int i = 0; i < n; i++) {
      out.add(item.apply(this));
    }
    return out;
  }

  public boolean[] bits() {
    int start = at;
    long n = compact();
    if ((n + 7) / 8 > remaining()) {
      throw new ScaleException("a bit sequence at offset " + start + " claims " + n + " bits, only " + remaining()
          + " bytes remain");
    }
    byte[] raw = raw((int) ((n + 7) / 8));
    boolean[] bits = new boolean[(int) n];
    for (int i = 0; i < n; i++) {
      bits[i] = (raw[i >> 3] >> (i & 7) & 1) == 1;
    }
    return bits;
  }
}
