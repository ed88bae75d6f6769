package org.snark4j.bridge.substrate;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * SCALE encoding (Parity's Simple Concatenated Aggregate Little-Endian codec, as Substrate uses it): fixed-width
 * little-endian integers, compact integers in their four modes, bool, Option, Result, Vec (compact length then
 * the items), tuples and fixed arrays (the items alone), enums (a variant index byte then its fields), strings
 * (a Vec of UTF-8 bytes) and bit sequences ({@code BitVec<u8, Lsb0>}: compact bit count, then the bits eight to
 * a byte, least significant first).
 */
public final class ScaleWriter {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
  private static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);

  public byte[] toByteArray() {
    return out.toByteArray();
  }

  public int size() {
    return out.size();
  }

  public ScaleWriter raw(byte[] b) {
    out.writeBytes(b);
    return this;
  }

  public ScaleWriter u8(int v) {
    range(v, 0xFF, "u8");
    out.write(v);
    return this;
  }

  public ScaleWriter u16(int v) {
    range(v, 0xFFFF, "u16");
    out.write(v);
    out.write(v >>> 8);
    return this;
  }

  public ScaleWriter u32(long v) {
    range(v, 0xFFFF_FFFFL, "u32");
    for (int i = 0; i < 4; i++) {
      out.write((int) (v >>> (8 * i)));
    }
    return this;
  }

  /** v as an unsigned 64-bit value (negative longs are the upper half). */
  public ScaleWriter u64(long v) {
    for (int i = 0; i < 8; i++) {
      out.write((int) (v >>> (8 * i)));
    }
    return this;
  }

  public ScaleWriter u128(BigInteger v) {
    return unsigned(v, 16, "u128");
  }

  public ScaleWriter u256(BigInteger v) {
    return unsigned(v, 32, "u256");
  }

  /** Two's complement signed integer of the given byte width (1, 2, 4, 8 or 16). */
  public ScaleWriter signed(BigInteger v, int bytes) {
    BigInteger limit = BigInteger.ONE.shiftLeft(8 * bytes - 1);
    if (v.compareTo(limit.negate()) < 0 || v.compareTo(limit) >= 0) {
      throw new ScaleException("i" + 8 * bytes + " cannot hold " + v);
    }
    return unsigned(v.signum() < 0 ? v.add(limit.shiftLeft(1)) : v, bytes, "i" + 8 * bytes);
  }

  private ScaleWriter unsigned(BigInteger v, int bytes, String what) {
    if (v.signum() < 0 || v.bitLength() > 8 * bytes) {
      throw new ScaleException(what + " cannot hold " + v);
    }
    for (int i = 0; i < bytes; i++) {
      out.write(v.shiftRight(8 * i).intValue());
    }
    return this;
  }

  public ScaleWriter bool(boolean v) {
    out.write(v ? 1 : 0);
    return this;
  }

  public ScaleWriter compact(long v) {
    if (v < 0) {
      return compact(new BigInteger(Long.toUnsignedString(v)));
    }
    return compact(BigInteger.valueOf(v));
  }

  /** Compact: 0b00 one byte below 2^6, 0b01 two bytes below 2^14, 0b10 four bytes below 2^30, else 0b11 big. */
  public ScaleWriter compact(BigInteger v) {
    if (v.signum() < 0 || v.bitLength() > 536) {
      throw new ScaleException("a compact integer is in [0, 2^536), got " + v);
    }
    long small = v.bitLength() <= 62 ? v.longValue() : -1;
    if (small >= 0 && small < 1L << 6) {
      out.write((int) (small << 2));
    } else if (small >= 0 && small < 1L << 14) {
      long x = small << 2 | 1;
      out.write((int) x);
      out.write((int) (x >>> 8));
    } else if (small >= 0 && small < 1L << 30) {
      long x = small << 2 | 2;
      for (int i = 0; i < 4; i++) {
        out.write((int) (x >>> (8 * i)));
      }
    } else {
      int bytes = Math.max(4, (v.bitLength() + 7) / 8);
      out.write((bytes - 4) << 2 | 3);
      for (int i = 0; i < bytes; i++) {
        out.write(v.shiftRight(8 * i).intValue());
      }
    }
    return this;
  }

  /** A byte vector: compact length, then the bytes. */
  public ScaleWriter bytes(byte[] b) {
    compact(b.length);
    out.writeBytes(b);
    return this;
  }

  public ScaleWriter string(String s) {
    return bytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Option: 0 for none, 1 then the value. */
  public <T> ScaleWriter option(T value, BiConsumer<ScaleWriter, T> item) {
    if (value == null) {
      out.write(0);
    } else {
      out.write(1);
      item.accept(this, value);
    }
    return this;
  }

  /** Option&lt;bool&gt;, which SCALE packs into one byte: 0 none, 1 Some(true), 2 Some(false). */
  public ScaleWriter optionBool(Boolean v) {
    out.write(v == null ? 0 : v ? 1 : 2);
    return this;
  }

  /** Result: 0 then the Ok value, or 1 then the Err value. */
  public <T, E> ScaleWriter result(boolean ok, T okValue, BiConsumer<ScaleWriter, T> okItem, E errValue,
      BiConsumer<ScaleWriter, E> errItem) {
    if (ok) {
      out.write(0);
      okItem.accept(this, okValue);
    } else {
      out.write(1);
      errItem.accept(this, errValue);
    }
    return this;
  }

  public <T> ScaleWriter vec(List<T> items, BiConsumer<ScaleWriter, T> item) {
    compact(items.size());
    return array(items, item);
  }

  /** A fixed array or tuple of one type: the items alone. */
  public <T> ScaleWriter array(List<T> items, BiConsumer<ScaleWriter, T> item) {
    for (T t : items) {
      item.accept(this, t);
    }
    return this;
  }

  /** An enum variant's index; its fields follow. */
  public ScaleWriter variant(int index) {
    return u8(index);
  }

  /** BitVec&lt;u8, Lsb0&gt;. */
  public ScaleWriter bits(boolean[] bits) {
    compact(bits.length);
    byte[] b = new byte[(bits.length + 7) / 8];
    for (int i = 0; i < bits.length; i++) {
      if (bits[i]) {
        b[i >> 3] |= (byte) (1 << (i & 7));
      }
    }
    out.writeBytes(b);
    return this;
  }

  private static void range(long v, long max, String what) {
    if (v < 0 || v > max) {
      throw new ScaleException(what + " cannot hold " + v);
    }
  }
}
