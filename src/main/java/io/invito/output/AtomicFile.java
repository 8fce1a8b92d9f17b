package io.invito.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that a reader (or a killed run) sees the old content or the new, never half: the
 * bytes go to a temp file in the same folder, are flushed to disk, then renamed over.
 *
 * <p>A temp file is named {@code .<target>.<pid>.<random>.tmp}: hidden, never taken for a draft,
 * and recognisable by the next write in that folder, which deletes those a dead process left.
 */
public final class AtomicFile {
  private static final String SUFFIX = ".tmp";

  /** {@code .name.pid.random.tmp}; the name may itself hold dots. */
  public static final Pattern TEMP = Pattern.compile("\\.(.+)\\.(\\d{1,18})\\.(\\d+)\\.tmp");

  /**
   * A temp file this old is left over whatever its process id says: the id may have been reused, or
   * the folder may be shared with another machine. No write takes anywhere near this long.
   */
  private static final Duration ABANDONED = Duration.ofHours(1);

  private static final long PID = ProcessHandle.current().pid();
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private AtomicFile() {}

  /** Writes the text as UTF-8; returns false, touching nothing, when the file already holds it. */
  public static boolean write(Path target, String content) {
    return write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the bytes; returns false, touching nothing, when the file already holds them. */
  public static boolean write(Path target, byte[] bytes) {
    try {
      Path folder = target.toAbsolutePath().getParent();
      if (Files.isDirectory(folder)) {
        removeLeftovers(folder); // also when nothing is written: a killed run's debris goes
      }
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
        return false;
      }
      Files.createDirectories(folder);
      Path temp =
          Files.createTempFile(
              folder, "." + target.getFileName() + "." + PID + ".", SUFFIX, permissions());
      try {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
          ByteBuffer buffer = ByteBuffer.wrap(bytes);
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
          channel.force(true);
        }
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp); // only still there when something above failed
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code rw-r--r--}, which the process umask narrows as for any new file, so a draft is as
   * readable as the user's other files. Without the attribute, {@code createTempFile} would make it
   * {@code rw-------}, and the rename would keep that.
   */
  private static FileAttribute<?>[] permissions() {
    return POSIX
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))
        }
        : new FileAttribute<?>[0];
  }

  /** Removes a killed run's temp files from the folder, if it exists; see below. */
  public static void tidy(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try {
      removeLeftovers(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Deletes the temp files of processes that died mid-write (killed, out of power). A live
   * process's temp file is left alone: deleting it would make that process's rename fail.
   */
  private static void removeLeftovers(Path folder) throws IOException {
    Instant abandoned = Instant.now().minus(ABANDONED);
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*" + SUFFIX)) {
      for (Path temp : temps) {
        Matcher matcher = TEMP.matcher(temp.getFileName().toString());
        if (!matcher.matches()) {
          continue;
        }
        long pid = Long.parseLong(matcher.group(2));
        boolean alive = pid == PID || ProcessHandle.of(pid).isPresent();
        if (!alive || modified(temp).isBefore(abandoned)) {
          Files.deleteIfExists(temp);
        }
      }
    }
  }

  private static Instant modified(Path file) throws IOException {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (NoSuchFileException e) {
      // Its own process renamed it a moment ago: it is not a leftover.
      return Instant.MAX;
    }
  }
}
