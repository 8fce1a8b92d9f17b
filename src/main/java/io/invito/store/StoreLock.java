package io.invito.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One process owns an embedded store at a time: an operating system lock on {@code NAME.owner}
 * beside the database file, taken before H2 opens it and held until the store is closed. The file
 * says which process holds it, so a second process is told "in use by pid N" instead of H2's trace,
 * and invito needs no H2 server (AUTO_SERVER listened on every interface with an empty password).
 * The lock dies with its process, even on SIGKILL. Within one JVM, stores of the same file share
 * the lock (H2 shares the database there too).
 */
final class StoreLock implements AutoCloseable {
  private static final Map<Path, StoreLock> HELD = new HashMap<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private int users;

  private StoreLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the store's lock or refuses at once.
   *
   * @param name the database's path without H2's {@code .mv.db}
   * @throws StoreInUse when another process holds it, naming that process
   */
  static StoreLock acquire(Path name) {
    Path file = Path.of(name + ".owner").toAbsolutePath().normalize();
    synchronized (HELD) {
      StoreLock held = HELD.get(file);
      if (held != null) {
        held.users++;
        return held;
      }
      FileChannel channel = null;
      try {
        OwnerOnly.createFolder(file.getParent());
        channel =
            FileChannel.open(
                file,
                java.util.Set.of(
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                OwnerOnly.attribute());
        FileLock lock = channel.tryLock();
        if (lock == null) {
          String holder = holder(file);
          throw new StoreInUse(
              "the store "
                  + name
                  + " is in use by "
                  + (holder.isEmpty() ? "another process" : holder)
                  + "; invito opens its embedded store in one process at a time:"
                  + " try again when that one has finished");
        }
        OwnerOnly.restrict(file);
        String holder = "pid " + ProcessHandle.current().pid() + " (since " + Instant.now() + ")";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        StoreLock taken = new StoreLock(file, channel, lock);
        taken.users = 1;
        HELD.put(file, taken);
        return taken;
      } catch (IOException e) {
        closeQuietly(channel, e);
        throw new StoreException("cannot lock the store " + file + ": " + e.getMessage(), e);
      } catch (StoreInUse e) {
        closeQuietly(channel, e);
        throw e;
      }
    }
  }

  /** Whether this is the only store of the file open in this JVM. */
  boolean sole() {
    synchronized (HELD) {
      return users == 1;
    }
  }

  @Override
  public void close() {
    synchronized (HELD) {
      if (--users > 0) {
        return;
      }
      HELD.remove(file);
      try {
        // The note goes first: one left behind would name this process to the next one refused.
        channel.truncate(0);
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new StoreException(
            "cannot release the store lock " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * The note of the process that holds the lock. It writes the note just after taking the lock, so
   * a reader may come in between and find the file empty; it waits a moment for it then.
   */
  private static String holder(Path file) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (!holder.isEmpty()) {
        return holder;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return "";
  }

  private static void closeQuietly(FileChannel channel, Exception cause) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
