package io.invito.store;

import io.invito.config.ConfigException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

/**
 * invito's database, embedded H2 or shared PostgreSQL, brought up to date by the migrations in
 * {@code db/migration} when opened. Every operation takes its own connection and transaction, so
 * several runs or machines can share one store.
 */
public final class Store implements AutoCloseable {
  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

  private static final Pattern AUTO_SERVER = Pattern.compile("(?i);\\s*AUTO_SERVER\\s*=\\s*TRUE");

  private final Optional<Connection> keeper;
  private final Optional<StoreLock> lock;
  private final EventStore events;
  private final SourceStore sources;
  private final InvitationStore invitations;
  private final MatchStore matches;
  private final DigestLog digests;
  private final HostPauseStore hostPauses;
  private final CallStore calls;
  private final PostLog posts;
  private final MailboxStore mailbox;
  private final DeskStore desk;

  private Store(Optional<Connection> keeper, Optional<StoreLock> lock, Database database) {
    this.keeper = keeper;
    this.lock = lock;
    this.events = new EventStore(database);
    this.sources = new SourceStore(database);
    this.invitations = new InvitationStore(database);
    this.matches = new MatchStore(database);
    this.digests = new DigestLog(database);
    this.hostPauses = new HostPauseStore(database);
    this.calls = new CallStore(database);
    this.posts = new PostLog(database);
    this.mailbox = new MailboxStore(database);
    this.desk = new DeskStore(database);
  }

  /**
   * Opens the store and applies any migrations it lacks. An embedded H2 store is owned by one
   * process at a time (see {@link StoreLock}) and never served to the network.
   *
   * @param jdbcUrl {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
   * @throws ConfigException when the URL is neither, or asks H2 for AUTO_SERVER
   * @throws StoreInUse when another process has the embedded store open, naming it
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static Store open(String jdbcUrl) {
    return open(jdbcUrl, false);
  }

  /**
   * Opens the store as {@link #open(String)} does, for a command that only reads it ({@code events
   * list}, {@code status}): an embedded H2 store is then not compacted when it closes. H2 spends up
   * to 200 ms compacting the file at every close, rewriting it after a read that changed nothing
   * (half the CPU of {@code status} on a store of 10,000 events); the writing commands keep it.
   */
  public static Store openForReading(String jdbcUrl) {
    return open(jdbcUrl, true);
  }

  private static Store open(String jdbcUrl, boolean reading) {
    if (AUTO_SERVER.matcher(jdbcUrl).find()) {
      throw new ConfigException(
          "store URL '"
              + redacted(jdbcUrl)
              + "' asks for AUTO_SERVER, which opens the store to the network;"
              + " remove it (one invito process owns an embedded store at a time)");
    }
    DataSource dataSource = dataSource(reading ? uncompacted(jdbcUrl) : jdbcUrl);
    boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
    Optional<Path> file = h2 ? FreshH2Store.fileName(jdbcUrl) : Optional.empty();
    Optional<StoreLock> lock = file.map(StoreLock::acquire);
    Optional<Connection> keeper = Optional.empty();
    boolean opened = false;
    try {
      if (h2) {
        FreshH2Store.createIfMissing(jdbcUrl, "classpath:db/migration", "classpath:db/vendor/h2");
        // An embedded H2 database closes with its last connection; holding one open spares every
        // operation the cost of reopening the file.
        keeper = Optional.of(dataSource.getConnection());
      }
      if (file.isPresent()) {
        FreshH2Store.restrict(file.get());
      }
      // Shared SQL lives in db/migration; Quartz's job store tables come from Quartz's own script
      // for each database, so they live in db/vendor/<h2|postgresql>.
      // A store that already has every bundled migration skips Flyway's scan and validation.
      boolean current = SchemaVersion.current(dataSource);
      if (!current) {
        String vendor = h2 ? "h2" : "postgresql";
        String[] locations = {"classpath:db/migration", "classpath:db/vendor/" + vendor};
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(locations).load();
        if (keeper.isPresent()) {
          keeper =
              Optional.of(
                  FreshH2Store.backUpBeforeUpgrade(
                      jdbcUrl,
                      keeper.get(),
                      lock.map(StoreLock::sole).orElse(false),
                      flyway.info().pending(),
                      dataSource));
        }
        flyway.migrate();
      }
      Store store = new Store(keeper, lock, new Database(dataSource));
      if (!current) {
        // A migration may have made a table to fill from what is stored (V9_18's listing).
        store.events.catchUpListing();
      }
      opened = true;
      return store;
    } catch (SQLException | FlywayException e) {
      throw new StoreException("cannot open store " + redacted(jdbcUrl) + ": " + e.getMessage(), e);
    } finally {
      if (!opened) {
        keeper.ifPresent(Store::closeQuietly);
        lock.ifPresent(StoreLock::close);
      }
    }
  }

  public EventStore events() {
    return events;
  }

  public SourceStore sources() {
    return sources;
  }

  public InvitationStore invitations() {
    return invitations;
  }

  public MatchStore matches() {
    return matches;
  }

  public DigestLog digests() {
    return digests;
  }

  public HostPauseStore hostPauses() {
    return hostPauses;
  }

  /** The daily call lists and the calls made. */
  public CallStore calls() {
    return calls;
  }

  /** The events each week's public post shared. */
  public PostLog posts() {
    return posts;
  }

  public MailboxStore mailbox() {
    return mailbox;
  }

  /** The review desk's decisions on suggestions, and the drafts' revisions the owner wrote. */
  public DeskStore desk() {
    return desk;
  }

  @Override
  public void close() {
    try {
      keeper.ifPresent(
          connection -> {
            try {
              connection.close();
            } catch (SQLException e) {
              throw new StoreException("cannot close store: " + e.getMessage(), e);
            }
          });
    } finally {
      lock.ifPresent(StoreLock::close);
    }
  }

  private static DataSource dataSource(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(durable(jdbcUrl));
      return h2;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(jdbcUrl);
      return postgres;
    }
    throw new ConfigException(
        "store URL '"
            + redacted(jdbcUrl)
            + "' is neither an H2 (jdbc:h2:...) nor a PostgreSQL (jdbc:postgresql://...) URL");
  }

  /**
   * H2 writes a commit to its file up to half a second later by default, so a process killed right
   * after a commit lost it, and a rerun saw a store that was not the one the killed run had
   * committed (sources marked fetched whose events were gone). WRITE_DELAY=0 writes each commit
   * before returning; the store's writes are few (one transaction per stage), so the cost is small.
   */
  static String durable(String jdbcUrl) {
    return jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")
        ? jdbcUrl
        : jdbcUrl + ";WRITE_DELAY=0";
  }

  /**
   * H2's MAX_COMPACT_TIME=0: no compaction at close. H2 reads it when it opens the file, so it
   * holds for the whole process when this open is the first; a URL that sets it is left alone.
   */
  static String uncompacted(String jdbcUrl) {
    return !jdbcUrl.startsWith("jdbc:h2:")
            || jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";MAX_COMPACT_TIME=")
        ? jdbcUrl
        : jdbcUrl + ";MAX_COMPACT_TIME=0";
  }

  /** The URL fit for a message: a password in it is not. */
  private static String redacted(String jdbcUrl) {
    return PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Already failing to open; the first failure is the one worth reporting.
      LoggerFactory.getLogger(Store.class).debug("closing after failed open", e);
    }
  }
}
