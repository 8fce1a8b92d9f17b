package io.invito.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Connections to the store's database for Quartz and the job-run log. Quartz's own data source
 * properties would need a pool (c3p0 or Hikari) that invito does not ship; a transaction every few
 * seconds does not need one, so each call opens a plain connection from the store's JDBC URL.
 */
final class StoreConnections implements ConnectionProvider {
  private final DataSource dataSource;
  private final boolean postgres;

  private StoreConnections(DataSource dataSource, boolean postgres) {
    this.dataSource = dataSource;
    this.postgres = postgres;
  }

  /** The URL was checked by the config loader and opened by the store already. */
  static StoreConnections forUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(jdbcUrl);
      return new StoreConnections(h2, false);
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(jdbcUrl);
      return new StoreConnections(postgres, true);
    }
    throw new IllegalArgumentException("not an H2 or PostgreSQL JDBC URL: " + jdbcUrl);
  }

  boolean postgres() {
    return postgres;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void shutdown() {
    // Nothing is pooled, so nothing stays open between calls.
  }

  @Override
  public void initialize() {
    // The data source is ready when built.
  }
}
