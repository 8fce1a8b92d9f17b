package io.invito.store;

import io.invito.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The embedded store's database file, for {@code invito backup} and {@code invito restore}: copied
 * out and put back whole while this process holds the store's {@link StoreLock}, so no process has
 * the database open and the copy is one consistent state, never a file caught mid-write.
 */
public final class StoreFile {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path name;

  private StoreFile(Path name) {
    this.name = name;
  }

  /**
   * The file of an embedded store.
   *
   * @throws ConfigException for a PostgreSQL or in-memory store, which have no file to copy
   */
  public static StoreFile of(String jdbcUrl) {
    Optional<Path> name =
        jdbcUrl.startsWith("jdbc:h2:") ? FreshH2Store.fileName(jdbcUrl) : Optional.empty();
    return new StoreFile(
        name.orElseThrow(
            () ->
                new ConfigException(
                    "store.url names no embedded H2 file; back a PostgreSQL store up with"
                        + " pg_dump, which takes a consistent copy while invito runs")));
  }

  /** The database file's name, e.g. {@code invito.mv.db}. */
  public String fileName() {
    return database().getFileName().toString();
  }

  public boolean exists() {
    return Files.isRegularFile(database());
  }

  /**
   * Checks that no process has the store open now, so that a restore can fail before it changes
   * anything.
   *
   * @throws StoreInUse when another process has it open, naming it
   */
  public void requireFree() {
    try (StoreLock lock = StoreLock.acquire(name)) {
      requireSole(lock);
    }
  }

  /**
   * Writes the database's bytes to the stream.
   *
   * @throws StoreInUse when another process has the store open
   */
  public void copyTo(OutputStream out) {
    try (StoreLock lock = StoreLock.acquire(name)) {
      requireSole(lock);
      Files.copy(database(), out);
    } catch (IOException e) {
      throw new StoreException("cannot copy the store " + database() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Replaces the database by the stream's bytes. The database it replaces is kept beside it as
   * {@code NAME.before-restore-<time>.mv.db}: nothing stored is lost by a restore either.
   *
   * @return where the replaced database was kept; empty when there was none
   * @throws StoreInUse when another process has the store open
   */
  public Optional<Path> restoreFrom(InputStream in, Instant now) {
    try (StoreLock lock = StoreLock.acquire(name)) {
      requireSole(lock);
      Path database = database();
      Path temp = Path.of(name + ".restoring.mv.db");
      Files.newByteChannel(
              temp,
              java.util.Set.of(
                  java.nio.file.StandardOpenOption.CREATE,
                  java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                  java.nio.file.StandardOpenOption.WRITE),
              OwnerOnly.attribute())
          .close();
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      OwnerOnly.restrict(temp);
      Optional<Path> kept = Optional.empty();
      if (Files.exists(database)) {
        Path before = Path.of(name + ".before-restore-" + STAMP.format(now) + ".mv.db");
        Files.move(database, before, StandardCopyOption.ATOMIC_MOVE);
        kept = Optional.of(before);
      }
      Files.move(temp, database, StandardCopyOption.ATOMIC_MOVE);
      return kept;
    } catch (IOException e) {
      throw new StoreException("cannot restore the store " + database() + ": " + e.getMessage(), e);
    }
  }

  /** A store this JVM has open cannot be copied or replaced as a closed file. */
  private void requireSole(StoreLock lock) {
    if (!lock.sole()) {
      throw new StoreInUse("the store " + name + " is open in this process; close it first");
    }
  }

  /** The database file, {@code NAME.mv.db}; its copies and H2's files beside it share NAME. */
  public Path database() {
    return Path.of(name + ".mv.db");
  }
}
