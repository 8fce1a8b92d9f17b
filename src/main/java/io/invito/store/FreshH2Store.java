package io.invito.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.LoggerFactory;

/**
 * Creates a new H2 file store whole or not at all. H2 commits every DDL statement on its own, so a
 * process killed during the first migration would leave some tables and no migration history, and
 * every later start would fail on "table already exists". The schema is built in a file beside the
 * store's and moved into place only once every migration has run; a file left by a killed creation
 * held nothing but schema and is built again. An existing store is copied before an upgrade.
 */
final class FreshH2Store {
  private static final String SUFFIX = ".mv.db";

  private FreshH2Store() {}

  /** Builds the store's schema, when the URL names an H2 file that does not exist yet. */
  static void createIfMissing(String jdbcUrl, String... locations) {
    Optional<Path> name = fileName(jdbcUrl);
    if (name.isEmpty() || Files.exists(file(name.get()))) {
      return;
    }
    Path staging = Path.of(name.get() + ".creating");
    try {
      OwnerOnly.createFolder(file(staging).toAbsolutePath().getParent());
      Files.deleteIfExists(file(staging));
      // Made owner-only before H2 writes a byte into it.
      Files.newByteChannel(
              file(staging),
              Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              OwnerOnly.attribute())
          .close();
      JdbcDataSource source = new JdbcDataSource();
      source.setURL("jdbc:h2:file:" + staging.toAbsolutePath());
      Flyway.configure().dataSource(source).locations(locations).load().migrate();
      try (Connection connection = source.getConnection();
          Statement statement = connection.createStatement()) {
        // Closed and written out before it moves; the next open must find it whole.
        statement.execute("SHUTDOWN");
      }
      try {
        Files.move(file(staging), file(name.get()), StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException createdMeanwhile) {
        // Another process created the store first: its store, perhaps with data, is the one.
        Files.deleteIfExists(file(staging));
      }
    } catch (IOException | SQLException e) {
      throw new StoreException(
          "cannot create the store " + file(name.get()) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Before migrations change an existing H2 store, a copy of it as it was: H2 commits each DDL
   * statement, so an upgrade killed half-way cannot roll back, and the copy is what to restore. It
   * is written beside the store as {@code NAME.before-V<first pending>.zip}.
   *
   * <p>The store is shut down and its closed file copied, not copied online with {@code BACKUP}:
   * the online copy ran beside H2's background writer while the store was upgrading, and under load
   * H2 2.x then failed now and then with {@code MVStoreException: NullPointerException: Cannot read
   * field "time"} (its FileStore looked up the last chunk in a chunk map that no longer held it).
   * The process holds the store's {@link StoreLock}, so no other process can open it meanwhile.
   *
   * @param sole whether no other store of this file is open in this JVM; only then may the database
   *     be shut down, otherwise H2's online copy is the way
   * @return the connection to keep the store open with: the given one, or a new one after the copy
   */
  static Connection backUpBeforeUpgrade(
      String jdbcUrl,
      Connection open,
      boolean sole,
      MigrationInfo[] pending,
      javax.sql.DataSource dataSource)
      throws SQLException {
    Optional<Path> name = fileName(jdbcUrl);
    if (name.isEmpty() || pending.length == 0) {
      return open;
    }
    Path backup =
        Path.of(name.get() + ".before-V" + pending[0].getVersion() + ".zip").toAbsolutePath();
    if (!sole) {
      try (Statement statement = open.createStatement()) {
        statement.execute("BACKUP TO '" + backup.toString().replace("'", "''") + "'");
      }
      return open;
    }
    try (Statement statement = open.createStatement()) {
      statement.execute("SHUTDOWN");
    }
    open.close();
    try {
      zip(file(name.get()), backup);
    } catch (IOException e) {
      throw new StoreException(
          "cannot copy the store to " + backup + " before upgrading it: " + e.getMessage(), e);
    }
    LoggerFactory.getLogger(FreshH2Store.class)
        .info("store {}: copied to {} before {} migration(s)", name.get(), backup, pending.length);
    return dataSource.getConnection();
  }

  /** The closed database file into a zip of its own name, as H2's BACKUP would write it. */
  private static void zip(Path database, Path backup) throws IOException {
    Path temp = Path.of(backup + ".tmp");
    try (OutputStream out =
            Files.newOutputStream(
                temp,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      OwnerOnly.restrict(temp);
      zip.putNextEntry(new ZipEntry(database.getFileName().toString()));
      Files.copy(database, zip);
      zip.closeEntry();
    }
    Files.move(temp, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The store's files set to owner-only: the database, and H2's trace and lock if any. */
  static void restrict(Path name) {
    try {
      for (String suffix : new String[] {SUFFIX, ".trace.db", ".lock.db"}) {
        OwnerOnly.restrict(Path.of(name + suffix));
      }
    } catch (IOException e) {
      throw new StoreException(
          "cannot make the store " + name + " owner-only: " + e.getMessage(), e);
    }
  }

  /**
   * The database's path without H2's file suffix, for a file URL ({@code jdbc:h2:file:PATH} or
   * {@code jdbc:h2:PATH}); empty for in-memory and server URLs.
   */
  static Optional<Path> fileName(String jdbcUrl) {
    String rest = jdbcUrl.substring("jdbc:h2:".length());
    int settings = rest.indexOf(';');
    rest = settings < 0 ? rest : rest.substring(0, settings);
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    } else if (rest.matches("(?i)(mem|tcp|ssl|zip|split|nio\\w*|async|retry):.*")) {
      return Optional.empty();
    }
    if (rest.startsWith("~")) {
      rest = System.getProperty("user.home") + rest.substring(1);
    }
    return rest.isBlank() ? Optional.empty() : Optional.of(Path.of(rest));
  }

  private static Path file(Path name) {
    return Path.of(name + SUFFIX);
  }
}
