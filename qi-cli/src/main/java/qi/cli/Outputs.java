package qi.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writing output files so that a failure never leaves a half-written or lost file. */
final class Outputs {
  private Outputs() {}

  /**
   * Writes {@code text} to a temporary file beside {@code target}, forces it to disk, then renames
   * it over the target: the target holds either its old content or the new, never a part.
   */
  static void writeAtomically(Path target, String text) throws IOException {
    writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** As {@link #writeAtomically(Path, String)}, for bytes (images, PDF). */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    writeAtomically(target, out -> out.write(bytes));
  }

  /** Writes the content of a file to a stream it is given. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * As {@link #writeAtomically(Path, String)}, for content written as it is produced (a million
   * points of JSON are hundreds of MB): {@code content} writes to a buffered stream into the
   * temporary file, which then replaces the target.
   */
  static void writeAtomically(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (target.toString().isBlank() || Files.isDirectory(absolute)) {
      throw new IllegalArgumentException(
          "--output (" + target + ") must be a file name, not a folder");
    }
    Path directory = absolute.getParent();
    if (directory != null && !Files.isDirectory(directory)) {
      throw new IllegalArgumentException(
          "--output (" + target + "): folder " + directory + " does not exist");
    }
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
        content.writeTo(out);
      }
      keepPermissions(temporary, absolute);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Gives the temporary file (created owner-only) the permissions of the file it replaces, or
   * rw-r--r-- for a new file, as a plain write would under the usual umask. No-op off POSIX.
   */
  private static void keepPermissions(Path temporary, Path target) throws IOException {
    try {
      Set<PosixFilePermission> permissions =
          Files.exists(target)
              ? Files.getPosixFilePermissions(target)
              : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temporary, permissions);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep the defaults
    }
  }
}
