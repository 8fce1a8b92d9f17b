package io.invito.store;

import io.invito.config.ConfigException;
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

  private final Optional<Connection> keeper;
  private final EventStore events;
  private final SourceStore sources;
  private final InvitationStore invitations;
  private final MatchStore matches;
  private final DigestLog digests;

  private Store(Optional<Connection> keeper, Database database) {
    this.keeper = keeper;
    this.events = new EventStore(database);
    this.sources = new SourceStore(database);
    this.invitations = new InvitationStore(database);
    this.matches = new MatchStore(database);
    this.digests = new DigestLog(database);
  }

  /**
   * Opens the store and applies any migrations it lacks.
   *
   * @param jdbcUrl {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
   * @throws ConfigException when the URL is neither
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static Store open(String jdbcUrl) {
    DataSource dataSource = dataSource(jdbcUrl);
    Optional<Connection> keeper = Optional.empty();
    try {
      if (jdbcUrl.startsWith("jdbc:h2:")) {
        FreshH2Store.createIfMissing(jdbcUrl, "classpath:db/migration", "classpath:db/vendor/h2");
        // An embedded H2 database closes with its last connection; holding one open spares every
        // operation the cost of reopening the file.
        keeper = Optional.of(dataSource.getConnection());
      }
      // Shared SQL lives in db/migration; Quartz's job store tables come from Quartz's own script
      // for each database, so they live in db/vendor/<h2|postgresql>.
      String vendor = jdbcUrl.startsWith("jdbc:h2:") ? "h2" : "postgresql";
      String[] locations = {"classpath:db/migration", "classpath:db/vendor/" + vendor};
      Flyway flyway = Flyway.configure().dataSource(dataSource).locations(locations).load();
      if (keeper.isPresent()) {
        FreshH2Store.backUpBeforeUpgrade(jdbcUrl, keeper.get(), flyway.info().pending());
      }
      flyway.migrate();
      return new Store(keeper, new Database(dataSource));
    } catch (SQLException | FlywayException e) {
      keeper.ifPresent(Store::closeQuietly);
      throw new StoreException("cannot open store " + redacted(jdbcUrl) + ": " + e.getMessage(), e);
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

  @Override
  public void close() {
    keeper.ifPresent(
        connection -> {
          try {
            connection.close();
          } catch (SQLException e) {
            throw new StoreException("cannot close store: " + e.getMessage(), e);
          }
        });
  }

  private static DataSource dataSource(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(jdbcUrl);
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
