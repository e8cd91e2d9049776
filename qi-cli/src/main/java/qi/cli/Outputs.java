package qi.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writing output files so that a failure never leaves a half-written or lost file. */
final class Outputs {
  private Outputs() {}

  /**
   * Writes {@code text} to a temporary file beside {@code target}, forces it to disk, then renames
   * it over the target: the target holds either its old content or the new, never a part.
   */
  static void writeAtomically(Path target, String text) throws IOException {
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
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
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
}
