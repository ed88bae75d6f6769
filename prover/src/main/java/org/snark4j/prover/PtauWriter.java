package org.snark4j.prover;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A .ptau file written section by section into a temporary file beside the target, renamed over the target on
 * {@link #commit} (a file left unfinished is deleted on close).
 */
final class PtauWriter implements AutoCloseable {
  private final Path target;
  private final Path tmp;
  private final FileChannel ch;
  private long sectionEnd = -1;
  private boolean committed;

  PtauWriter(Path target, int sections) throws IOException {
    this.target = target;
    this.tmp = AtomicFile.temporaryBeside(target);
    this.ch = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE);
    ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    h.put("ptau".getBytes(StandardCharsets.US_ASCII)).putInt(1).putInt(sections).flip();
    writeFully(h);
  }

  /** Starts a section of the given size; returns where its data starts. */
  long begin(int type, long size) throws IOException {
    endCheck();
    ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    h.putInt(type).putLong(size).flip();
    writeFully(h);
    long start = ch.position();
    sectionEnd = start + size;
    return start;
  }

  void section(int type, byte[] data) throws IOException {
    begin(type, data.length);
    write(ByteBuffer.wrap(data));
  }

  void write(ByteBuffer b) throws IOException {
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
  ByteBuffer read(long at, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        throw new IOException("unexpected end of " + tmp);
      }
    }
    return b.flip();
  }

  void commit() throws IOException {
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
