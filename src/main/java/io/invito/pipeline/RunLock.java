package io.invito.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Keeps two passes of invito from writing the same output folder at once: {@code invito run} holds
 * it for its pass, a non-clustered {@code invito serve} for its life. It is an operating system
 * lock on {@code .invito.lock} in the output folder, so it is the same for an H2 and a PostgreSQL
 * store, and a process killed with SIGKILL releases it with its last breath: a stale lock never
 * blocks the next run.
 */
public final class RunLock implements AutoCloseable {
  static final String FILE = ".invito.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of the folder, or refuses at once.
   *
   * @param what what is taking it, for the message another process will see (e.g. "invito run")
   * @throws Busy when another invito holds it, naming that process and since when
   */
  public static RunLock acquire(Path outputDir, String what) {
    WritableFolder.require(outputDir, "output");
    Path file = outputDir.resolve(FILE);
    FileChannel channel = null;
    try {
      Files.createDirectories(outputDir);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
        throw new Busy(
            "another invito is already working on "
                + outputDir
                + (holder.isEmpty() ? "" : " (" + holder + ")")
                + "; try again when it has finished");
      }
      String holder = what + ", pid " + ProcessHandle.current().pid() + ", since " + Instant.now();
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
      return new RunLock(channel, lock);
    } catch (IOException e) {
      closeAfterFailure(channel, e);
      throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
    } catch (Busy e) {
      closeAfterFailure(channel, e);
      throw e;
    }
  }

  /** Null when held elsewhere: by another process, or by another lock of this same JVM. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      return null;
    }
  }

  @Override
  public void close() {
    try {
      // The holder's note is left in the file: harmless, and the next holder overwrites it.
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the run lock: " + e.getMessage(), e);
    }
  }

  private static void closeAfterFailure(FileChannel channel, Exception cause) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
  }

  /** Another invito holds the lock; the message says which and what to do. */
  public static final class Busy extends RuntimeException {
    Busy(String message) {
      super(message);
    }
  }
}
