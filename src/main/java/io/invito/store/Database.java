package io.invito.store;

import io.invito.output.KillPoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs units of work on their own connection, each in one transaction: committed when the work
 * returns, rolled back when it throws. Also the one place that converts times to and from columns.
 */
final class Database {
  /** Work on a connection; JDBC's checked exception stays inside the store. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  Database(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs the work in a transaction.
   *
   * @param what the operation in words, for the message when it fails
   */
  <T> T transact(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        // A crash here must leave nothing of the work behind: the rerun redoes all of it.
        KillPoint.reach("store.uncommitted");
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException failure) {
        rollback(connection, failure);
        throw failure;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      // The first failure is the one to report; a failed rollback only adds to it.
      failure.addSuppressed(rollbackFailure);
    }
  }

  /**
   * An instant as a column value: UTC, to the microsecond, which is what both H2 and PostgreSQL
   * keep; truncating here makes a value read back equal to the value written.
   */
  static OffsetDateTime column(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static void setInstant(PreparedStatement statement, int index, Optional<Instant> instant)
      throws SQLException {
    if (instant.isPresent()) {
      statement.setObject(index, column(instant.get()));
    } else {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    }
  }

  static void setText(PreparedStatement statement, int index, Optional<String> text)
      throws SQLException {
    if (text.isPresent()) {
      statement.setString(index, text.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  static Instant requireInstant(ResultSet row, String column) throws SQLException {
    return instant(row, column)
        .orElseThrow(() -> new IllegalStateException("column " + column + " is null"));
  }

  static Optional<String> text(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }
}
