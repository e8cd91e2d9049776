package qi.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writing output files so that a failure never leaves a half-written or lost file, nor litter that
 * lasts.
 *
 * <p>A write goes to {@code .NAME.qi-tmp} beside the target {@code NAME} (one fixed name per
 * target), locked while it is written, forced to disk and renamed over the target: the target holds
 * either its old content or the new, never a part. Whatever interrupts the write, the temporary
 * file does not last: an exception or SIGTERM/SIGINT (a shutdown hook) removes it at once; after a
 * SIGKILL or a power cut, the next write to that folder removes every {@code .*.qi-tmp} whose lock
 * is free (its writer is gone; the operating system releases a dead process's locks).
 */
final class Outputs {
  /** The suffix of qi's temporary files; nothing else in a folder is ever removed. */
  static final String TEMP_SUFFIX = ".qi-tmp";

  /** Temporary files being written now, removed by the shutdown hook on SIGTERM or SIGINT. */
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> IN_PROGRESS.forEach(Outputs::deleteQuietly), "qi-remove-temporary-files"));
  }

  private Outputs() {}

  /** What goes into the file: writes it to {@code out} (buffered; closed by the caller). */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** As {@link #write(Path, Body)}, for UTF-8 text. */
  static void writeAtomically(Path target, String text) throws IOException {
    writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** As {@link #write(Path, Body)}, for bytes (images, PDF). */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Refuses, before anything is read or written, an {@code --output} that is one of the inputs:
   * compared as files (same file key), so {@code ./a.csv}, {@code dir/../a.csv}, a symbolic or a
   * hard link to the input are all caught.
   *
   * @param inputs each input's option name (or "the input") and path; null paths and standard input
   *     ("-") are skipped
   * @throws IllegalArgumentException naming the output and the input it would overwrite
   */
  static void refuseInputAsOutput(Path output, Map<String, String> inputs) {
    if (output == null || !Files.exists(output)) {
      return; // a file that does not exist yet is no input
    }
    for (Map.Entry<String, String> input : inputs.entrySet()) {
      String file = input.getValue();
      if (file == null || file.equals("-")) {
        continue;
      }
      try {
        if (Files.isSameFile(output, Path.of(file))) {
          throw new IllegalArgumentException(
              "--output ("
                  + output
                  + ") is the same file as "
                  + input.getKey()
                  + " ("
                  + file
                  + "): qi never overwrites its input; choose another --output");
        }
      } catch (IOException | java.nio.file.InvalidPathException e) {
        // an input that cannot be opened is reported by its reader
      }
    }
  }

  /**
   * Writes what {@code body} produces to {@code .NAME.qi-tmp} beside {@code target}, forces it to
   * disk, then renames it over the target, keeping the target's permissions (rw-r--r-- for a new
   * file). Removes stale temporary files of killed writers in the folder first.
   *
   * @throws IllegalArgumentException when the target is a folder or its folder does not exist, or
   *     another qi is writing the same target right now
   */
  static void write(Path target, Body body) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (target.toString().isBlank() || Files.isDirectory(absolute)) {
      throw new IllegalArgumentException(
          "--output (" + target + ") must be a file name, not a folder");
    }
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IllegalArgumentException(
          "--output (" + target + "): folder " + directory + " does not exist");
    }
    removeStale(directory);
    Path temporary = temporaryOf(absolute);
    FileChannel channel;
    try {
      channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException(
          "--output (" + target + ") is being written by another qi right now; try again later");
    }
    IN_PROGRESS.add(temporary);
    try (channel;
        FileLock lock = channel.lock()) {
      keepPermissions(temporary, absolute);
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      body.writeTo(out);
      out.flush();
      channel.force(true);
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
      deleteQuietly(temporary);
      IN_PROGRESS.remove(temporary);
    }
  }

  /** The fixed temporary file of a target: {@code .NAME.qi-tmp} in the target's folder. */
  static Path temporaryOf(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    return absolute.resolveSibling("." + absolute.getFileName() + TEMP_SUFFIX);
  }

  /**
   * Removes the {@code .*.qi-tmp} files of {@code folder} whose lock is free: their writer was
   * killed. A file locked by a live writer (another qi, or this one) is left alone.
   */
  private static void removeStale(Path folder) throws IOException {
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
      for (Path leftover : stream) {
        if (!Files.isRegularFile(leftover, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        try (FileChannel channel = FileChannel.open(leftover, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock()) {
          if (lock != null) {
            Files.deleteIfExists(leftover);
          }
        } catch (OverlappingFileLockException | NoSuchFileException e) {
          // being written by this process, or removed meanwhile
        } catch (IOException e) {
          // not ours to judge (e.g. no permission): leave it
        }
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // nothing more can be done; the next write to the folder removes it
    }
  }

  /**
   * Gives the temporary file (created with the umask's permissions) the permissions of the file it
   * replaces, or rw-r--r-- for a new file, as a plain write would under the usual umask. No-op off
   * POSIX.
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
