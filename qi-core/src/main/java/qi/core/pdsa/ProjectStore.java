package qi.core.pdsa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import qi.core.internal.Checks;

/**
 * One project in one JSON file ({@link ProjectJson}), safe against crashes and concurrent writers.
 *
 * <h2>Atomic writes</h2>
 *
 * A write goes to a temporary file in the project file's folder ({@code .NAME.*.tmp}), is forced to
 * disk, then renamed over the project file, and the folder is forced so the rename is durable. A
 * crash or a kill at any point leaves either the old file or the new one, never a mix; a temporary
 * file left behind by a killed writer is removed by the next write.
 *
 * <h2>Concurrent writers</h2>
 *
 * {@link #create} and {@link #update} hold an exclusive {@link FileLock} on a sibling lock file
 * ({@code .NAME.lock}, kept between runs) while they read, change and write the project, so two
 * {@code qi} processes updating one project take turns and neither loses the other's change. Within
 * one JVM, a lock per file serialises threads as well (file locks are held per process). Reading
 * ({@link #read}) takes no lock: a rename is atomic, so a reader sees a whole file.
 *
 * <h2>Bad files</h2>
 *
 * Invalid JSON, an unknown schema version or an invalid project throws {@link ProjectFileException}
 * with a one-line message naming the file, and the file is left untouched.
 */
public final class ProjectStore {
  /** Threads of this JVM that update one file take turns here before taking the file lock. */
  private static final ConcurrentMap<Path, ReentrantLock> THREAD_LOCKS = new ConcurrentHashMap<>();

  private final Path file;

  private ProjectStore(Path file) {
    this.file = file;
  }

  /** The store of the project in {@code file} (which need not exist yet). */
  public static ProjectStore at(Path file) {
    return new ProjectStore(Checks.notNull("project file", file));
  }

  /** The project file. */
  public Path file() {
    return file;
  }

  /** The folder measure files are relative to: the project file's folder. */
  public Path folder() {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("") : parent;
  }

  /** Whether the project file exists. */
  public boolean exists() {
    return Files.exists(file);
  }

  /**
   * Reads the project (migrating an older schema version in memory; the file is not rewritten).
   *
   * @throws ProjectFileException when the file is missing, not valid JSON, of an unknown schema
   *     version or not a valid project
   */
  public Project read() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ProjectFileException(
          ProjectFileException.Kind.NOT_FOUND, file + ": project file not found", e);
    } catch (IOException e) {
      throw new ProjectFileException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return ProjectJson.read(text, file.toString());
  }

  /**
   * Writes a new project file.
   *
   * @throws ProjectFileException when the file exists already
   */
  public void create(Project project) {
    Checks.notNull("project", project);
    locked(
        () -> {
          if (Files.exists(file)) {
            throw new ProjectFileException(
                ProjectFileException.Kind.EXISTS, file + ": already exists", null);
          }
          write(ProjectJson.write(project));
          return project;
        });
  }

  /**
   * Reads the project, applies {@code change} and writes the result, all under the lock: the
   * read-modify-write of one process never interleaves with another's. When {@code change} throws,
   * nothing is written.
   *
   * @return the project as written
   */
  public Project update(UnaryOperator<Project> change) {
    Checks.notNull("change", change);
    return locked(
        () -> {
          Project changed = Checks.notNull("changed project", change.apply(read()));
          write(ProjectJson.write(changed));
          return changed;
        });
  }

  private interface Locked<T> {
    T run() throws IOException;
  }

  private <T> T locked(Locked<T> action) {
    Path absolute = file.toAbsolutePath().normalize();
    Path lockFile = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    ReentrantLock threadLock = THREAD_LOCKS.computeIfAbsent(absolute, p -> new ReentrantLock());
    threadLock.lock();
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      return action.run();
    } catch (NoSuchFileException e) {
      throw new ProjectFileException(file + ": folder " + absolute.getParent() + " does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written (" + e.getMessage() + ")", e);
    } finally {
      threadLock.unlock();
    }
  }

  /** Temp file in the same folder, fsync, rename over the file, fsync the folder. */
  private void write(String text) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    String prefix = "." + absolute.getFileName() + ".";
    removeLeftovers(folder, prefix);
    Path temporary = Files.createTempFile(folder, prefix, ".tmp");
    try {
      keepPermissions(absolute, temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
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
      forceFolder(folder);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Gives the temporary file the project file's permissions (a new file: rw-r--r--), since a
   * temporary file is created readable by its owner only. A no-op where POSIX permissions do not
   * exist.
   */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    try {
      Files.setPosixFilePermissions(
          temporary,
          Files.exists(target)
              ? Files.getPosixFilePermissions(target)
              : PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the platform's defaults apply
    }
  }

  /** Removes temporary files of writers that were killed; only called under the lock. */
  private static void removeLeftovers(Path folder, String prefix) throws IOException {
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, prefix + "*.tmp")) {
      for (Path leftover : stream) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  /** Makes a rename durable where the platform allows opening a folder (POSIX); else a no-op. */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a folder as a channel; there the rename is as durable as NTFS makes it.
    }
  }

  @Override
  public String toString() {
    return "ProjectStore[" + file + "]";
  }
}
