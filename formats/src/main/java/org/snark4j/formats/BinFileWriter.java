package org.snark4j.formats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A container file ({@link BinFile}'s layout) written section by section, streaming, into a temporary file
 * beside the target and renamed over it on {@link #commit}: the target is never left half-written, and a file
 * left unfinished is deleted on close. For files too large to build in memory (a .ptau of 2^20 points); small
 * ones are simpler with {@link BinFile.Writer}.
 */
public final class BinFileWriter implements AutoCloseable {
  private final Path target;
  private final Path tmp;
  private final FileChannel ch;
  private long sectionEnd = -1;
  private boolean committed;

  /** Starts the file: the magic (4 ASCII characters), the version and the number of sections to come. */
  public BinFileWriter(Path target, String magic, int version, int sections) throws IOException {
    if (magic.length() != 4) {
      throw new IllegalArgumentException("a magic is 4 characters, got \"" + magic + "\"");
    }
    this.target = target;
    this.tmp = AtomicFile.temporaryBeside(target);
    this.ch = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE);
    ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    h.put(magic.getBytes(StandardCharsets.US_ASCII)).putInt(version).putInt(sections).flip();
    writeFully(h);
  }

  /** Starts a section of the given size; returns where its data starts. */
  public long begin(int type, long size) throws IOException {
    endCheck();
    ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    h.putInt(type).putLong(size).flip();
    writeFully(h);
    long start = ch.position();
    sectionEnd = start + size;
    return start;
  }

  /** A whole section at once. */
  public void section(int type, byte[] data) throws IOException {
    begin(type, data.length);
    write(ByteBuffer.wrap(data));
  }

  /** Appends to the current section (an {@link IllegalStateException} past its declared size). */
  public void write(ByteBuffer b) throws IOException {
    ByteBuffer d = b.duplicate();
    if (ch.position() + d.remaining() > sectionEnd) {
      throw new IllegalStateException("a section overflows its declared size");
    }
    writeFully(d);
  }

  private void writeFully(ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }

  private void endCheck() {
    if (sectionEnd >= 0 && ch.isOpen()) {
      try {
        if (ch.position() != sectionEnd) {
          throw new IllegalStateException("a section was not filled: at " + ch.position() + ", expected "
              + sectionEnd);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Bytes already written. */
  public ByteBuffer read(long at, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        throw new IOException("unexpected end of " + tmp);
      }
    }
    return b.flip();
  }

  /** Checks the last section is full and renames the file over the target. */
  public void commit() throws IOException {
    endCheck();
    ch.force(true);
    ch.close();
    AtomicFile.replace(tmp, target);
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      ch.close();
      Files.deleteIfExists(tmp);
    }
  }
}
