package org.snark4j.circuits.circom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.snark4j.core.bn254.Fr;

/**
 * The iden3 binary container shared by .r1cs, .wtns, .zkey and .ptau (public for the prover's readers): a 4-byte magic, u32 version, u32
 * section count, then sections {u32 type, u64 size, bytes} in any order; little-endian throughout. Reading
 * maps the file and checks every length against what is there, so a truncated or corrupt file gives a
 * {@link CircomFormatException} saying what was expected, never a wrong answer or an endless read.
 */
public final class BinFile {
  private final String what;
  private final ByteBuffer buf;
  private final int version;
  private final Map<Integer, long[]> sections = new HashMap<>(); // type -> {offset, size}

  private BinFile(String what, ByteBuffer buf, String magic) {
    this.what = what;
    this.buf = buf.order(ByteOrder.LITTLE_ENDIAN);
    if (buf.remaining() < 12) {
      throw new CircomFormatException(what + ": " + buf.remaining() + " bytes is too short for a header");
    }
    byte[] m = new byte[4];
    buf.get(m);
    String got = new String(m, StandardCharsets.ISO_8859_1);
    if (!got.equals(magic)) {
      throw new CircomFormatException(what + ": expected magic \"" + magic + "\", got \"" + printable(got) + "\"");
    }
    version = buf.getInt();
    int n = buf.getInt();
    if (n < 0 || n > 1000) {
      throw new CircomFormatException(what + ": implausible section count " + Integer.toUnsignedString(n));
    }
    for (int i = 0; i < n; i++) {
      if (buf.remaining() < 12) {
        throw new CircomFormatException(what + ": truncated in the header of section " + (i + 1) + " of " + n);
      }
      int type = buf.getInt();
      long size = buf.getLong();
      if (size < 0 || size > buf.remaining()) {
        throw new CircomFormatException(what + ": section " + type + " claims " + Long.toUnsignedString(size)
            + " bytes, only " + buf.remaining() + " remain (truncated file?)");
      }
      if (sections.putIfAbsent(type, new long[] {buf.position(), size}) != null) {
        throw new CircomFormatException(what + ": section " + type + " appears twice");
      }
      buf.position(buf.position() + (int) size);
    }
  }

  private static String printable(String s) {
    return s.chars().allMatch(c -> c >= 32 && c < 127) ? s : "0x" + String.format("%08x", new BigInteger(1, s.getBytes(StandardCharsets.ISO_8859_1)));
  }

  /** Maps a container file and reads its section table; the magic must match. */
  public static BinFile read(Path file, String magic) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      if (ch.size() > Integer.MAX_VALUE) {
        throw new CircomFormatException(file + ": files over 2 GiB are not supported yet");
      }
      return new BinFile(file.getFileName().toString(), ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()), magic);
    }
  }

  public static BinFile read(byte[] bytes, String what, String magic) {
    return new BinFile(what, ByteBuffer.wrap(bytes), magic);
  }

  public int version() {
    return version;
  }

  public boolean has(int type) {
    return sections.containsKey(type);
  }

  /** A reader over one section, bounded to it. */
  public Section section(int type, String name) {
    long[] s = sections.get(type);
    if (s == null) {
      throw new CircomFormatException(what + ": missing section " + type + " (" + name + ")");
    }
    ByteBuffer b = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    b.position((int) s[0]);
    b.limit((int) (s[0] + s[1]));
    return new Section(what + " section " + type + " (" + name + ")", b.slice().order(ByteOrder.LITTLE_ENDIAN));
  }

  /** Bounded little-endian reads within a section. */
  public static final class Section {
    final String what;
    final ByteBuffer b;

    /** What this section is, for error messages. */
    public String what() {
      return what;
    }

    Section(String what, ByteBuffer b) {
      this.what = what;
      this.b = b;
    }

    private void need(long n, String field) {
      if (n > b.remaining()) {
        throw new CircomFormatException(what + ": truncated reading " + field + " (needs " + n + " bytes, "
            + b.remaining() + " left)");
      }
    }

    public int u32(String field) {
      need(4, field);
      int v = b.getInt();
      if (v < 0) {
        throw new CircomFormatException(what + ": " + field + " = " + Integer.toUnsignedString(v) + " is too large");
      }
      return v;
    }

    public long u64(String field) {
      need(8, field);
      return b.getLong();
    }

    public byte[] bytes(int n, String field) {
      need(n, field);
      byte[] out = new byte[n];
      b.get(out);
      return out;
    }

    /**
     * The next n bytes as a little-endian read-only view (no copy), for bulk decoding; the section advances
     * past them.
     */
    public ByteBuffer take(int n, String field) {
      need(n, field);
      ByteBuffer view = b.slice(b.position(), n).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
      b.position(b.position() + n);
      return view;
    }

    /** An n8-byte little-endian integer. */
    public BigInteger integer(int n8, String field) {
      byte[] le = bytes(n8, field);
      byte[] be = new byte[n8 + 1];
      for (int i = 0; i < n8; i++) {
        be[n8 - i] = le[i];
      }
      return new BigInteger(be);
    }

    /** An element of Fr in standard form, n8 = 32. */
    public Fr fr(String field) {
      BigInteger v = integer(32, field);
      if (v.compareTo(Fr.MODULUS) >= 0) {
        throw new CircomFormatException(what + ": " + field + " = " + v + " is not below r");
      }
      return Fr.of(v);
    }

    public int remaining() {
      return b.remaining();
    }

    public void expectEnd() {
      if (b.hasRemaining()) {
        throw new CircomFormatException(what + ": " + b.remaining() + " unexpected bytes at the end");
      }
    }
  }

  /** Writes a container: {@link #section} per section, then {@link #writeTo}. */
  public static final class Writer {
    private final String magic;
    private final int version;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int count;

    public Writer(String magic, int version) {
      this.magic = magic;
      this.version = version;
    }

    public void section(int type, byte[] content) {
      ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
      h.putInt(type).putLong(content.length);
      body.writeBytes(h.array());
      body.writeBytes(content);
      count++;
    }

    public void writeTo(OutputStream out) throws IOException {
      ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
      h.put(magic.getBytes(StandardCharsets.ISO_8859_1)).putInt(version).putInt(count);
      out.write(h.array());
      body.writeTo(out);
    }
  }

  /** Little-endian section content. */
  public static final class Content {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

    public Content u32(int v) {
      scratch.clear();
      out.write(scratch.putInt(v).array(), 0, 4);
      return this;
    }

    public Content u64(long v) {
      scratch.clear();
      out.write(scratch.putLong(v).array(), 0, 8);
      return this;
    }

    /** v as n8 little-endian bytes. */
    public Content integer(BigInteger v, int n8) {
      byte[] be = v.toByteArray();
      byte[] le = new byte[n8];
      for (int i = 0; i < n8 && i < be.length; i++) {
        le[i] = be[be.length - 1 - i];
      }
      out.writeBytes(le);
      return this;
    }

    public Content put(byte[] raw) {
      out.writeBytes(raw);
      return this;
    }

    public Content fr(Fr v) {
      return integer(v.toBigInteger(), 32);
    }

    public byte[] bytes() {
      return out.toByteArray();
    }
  }
}
