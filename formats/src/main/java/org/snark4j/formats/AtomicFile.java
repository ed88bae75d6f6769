package org.snark4j.formats;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing a file whole or not at all: the data goes to a temporary file beside the target (created with the
 * default permissions, so the result has the ones any new file gets), renamed over the target when complete.
 * The target, possibly the very file being read, is never left half-written.
 */
final class AtomicFile {
  private AtomicFile() {}

  /** A new, empty temporary file in the target's folder. */
  static Path temporaryBeside(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    java.security.SecureRandom random = new java.security.SecureRandom();
    for (int attempt = 0; ; attempt++) {
      Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toUnsignedString(random.nextLong(), 36)
          + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** Renames the finished temporary file over the target. */
  static void replace(Path tmp, Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    try {
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
