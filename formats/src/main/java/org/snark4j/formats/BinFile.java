package org.snark4j.formats;

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
 * The iden3 binary container shared by .r1cs, .wtns, .zkey and .ptau: a 4-byte magic, u32 version, u32
 * section count, then sections {u32 type, u64 size, bytes} in any order; little-endian throughout. Reading
 * maps each section (files over 2 GiB are fine, a section over 2 GiB is refused) and checks every length
 * against what is there, so a truncated or corrupt file gives a
 * {@link FormatException} saying what was expected, never a wrong answer or an endless read.
 */
public final class BinFile {
  private final String what;
  private final int version;
  private final Map<Integer, ByteBuffer> sections = new HashMap<>(); // type -> its bytes (each section mapped alone)

  /** Where the bytes come from: positional reads for the table, a view (or mapping) per section. */
  private interface Source {
    long size();

    ByteBuffer read(long at, int n) throws IOException;

    ByteBuffer view(long at, long n) throws IOException;
  }

  private BinFile(String what, Source src, String magic) throws IOException {
    this.what = what;
    long size = src.size();
    if (size < 12) {
      throw new FormatException(what + ": " + size + " bytes is too short for a header");
    }
    ByteBuffer head = src.read(0, 12).order(ByteOrder.LITTLE_ENDIAN);
    byte[] m = new byte[4];
    head.get(m);
    String got = new String(m, StandardCharsets.ISO_8859_1);
    if (!got.equals(magic)) {
      throw new FormatException(what + ": expected magic \"" + magic + "\", got \"" + printable(got) + "\"");
    }
    version = head.getInt();
    int n = head.getInt();
    if (n < 0 || n > 1000) {
      throw new FormatException(what + ": implausible section count " + Integer.toUnsignedString(n));
    }
    long at = 12;
    for (int i = 0; i < n; i++) {
      if (size - at < 12) {
        throw new FormatException(what + ": truncated in the header of section " + (i + 1) + " of " + n);
      }
      ByteBuffer h = src.read(at, 12).order(ByteOrder.LITTLE_ENDIAN);
      int type = h.getInt();
      long length = h.getLong();
      at += 12;
      if (length < 0 || length > size - at) {
        throw new FormatException(what + ": section " + type + " claims " + Long.toUnsignedString(length)
            + " bytes, only " + (size - at) + " remain (truncated file?)");
      }
      if (length > Integer.MAX_VALUE) {
        throw new FormatException(what + ": section " + type + " is " + length + " bytes; sections over 2 GiB "
            + "are not supported");
      }
      if (sections.putIfAbsent(type, src.view(at, length)) != null) {
        throw new FormatException(what + ": section " + type + " appears twice");
      }
      at += length;
    }
  }

  private static String printable(String s) {
    return s.chars().allMatch(c -> c >= 32 && c < 127) ? s : "0x" + String.format("%08x", new BigInteger(1, s.getBytes(StandardCharsets.ISO_8859_1)));
  }

  /**
   * Reads a container file's section table and maps each section on its own (so a file may exceed 2 GiB; one
   * section may not); the magic must match.
   */
  public static BinFile read(Path file, String magic) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      return new BinFile(file.getFileName().toString(), new Source() {
        public long size() {
          return size;
        }

        public ByteBuffer read(long at, int n) throws IOException {
          ByteBuffer b = ByteBuffer.allocate(n);
          while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
              throw new FormatException(file.getFileName() + ": unexpected end of file");
            }
          }
          return b.flip();
        }

        public ByteBuffer view(long at, long n) throws IOException {
          return ch.map(FileChannel.MapMode.READ_ONLY, at, n);
        }
      }, magic);
    }
  }

  public static BinFile read(byte[] bytes, String what, String magic) {
    try {
      return new BinFile(what, new Source() {
        public long size() {
          return bytes.length;
        }

        public ByteBuffer read(long at, int n) {
          return ByteBuffer.wrap(bytes, (int) at, n).slice();
        }

        public ByteBuffer view(long at, long n) {
          return ByteBuffer.wrap(bytes, (int) at, (int) n).slice();
        }
      }, magic);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // not thrown for bytes in memory
    }
  }

  public int version() {
    return version;
  }

  public boolean has(int type) {
    return sections.containsKey(type);
  }

  /** A reader over one section, bounded to it. */
  public Section section(int type, String name) {
    ByteBuffer s = sections.get(type);
    if (s == null) {
      throw new FormatException(what + ": missing section " + type + " (" + name + ")");
    }
    return new Section(what + " section " + type + " (" + name + ")", s.duplicate().order(ByteOrder.LITTLE_ENDIAN));
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
        throw new FormatException(what + ": truncated reading " + field + " (needs " + n + " bytes, "
            + b.remaining() + " left)");
      }
    }

    public int u32(String field) {
      need(4, field);
      int v = b.getInt();
      if (v < 0) {
        throw new FormatException(what + ": " + field + " = " + Integer.toUnsignedString(v) + " is too large");
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

    /**
     * The field header of a .r1cs or .wtns (n8, then the prime in n8 bytes), checked to be BN254's r: the file
     * names its field, and only that one is read.
     */
    public void expectScalarField(String file) {
      int n8 = u32("field size");
      if (n8 != Fr.BYTES) {
        throw new FormatException(file + ": expected " + Fr.BYTES + "-byte field elements (BN254), got " + n8);
      }
      BigInteger prime = integer(n8, "prime");
      if (!prime.equals(Fr.MODULUS)) {
        throw new FormatException(file + ": the file is over the field of " + prime + ", not BN254's r = "
            + Fr.MODULUS);
      }
    }

    /** An element of Fr in standard form, {@link Fr#BYTES} little-endian bytes. */
    public Fr fr(String field) {
      BigInteger v = integer(Fr.BYTES, field);
      if (v.compareTo(Fr.MODULUS) >= 0) {
        throw new FormatException(what + ": " + field + " = " + v + " is not below r");
      }
      return Fr.of(v);
    }

    public int remaining() {
      return b.remaining();
    }

    public void expectEnd() {
      if (b.hasRemaining()) {
        throw new FormatException(what + ": " + b.remaining() + " unexpected bytes at the end");
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
      return integer(v.toBigInteger(), Fr.BYTES);
    }

    public byte[] bytes() {
      return out.toByteArray();
    }
  }
}
