package io.invito.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The hosts that asked invito to wait (a {@code Retry-After}), and until when: kept in the store so
 * that every process sharing it honours the pause, after a restart and on every cluster node.
 */
public final class HostPauseStore {
  private final Database database;

  HostPauseStore(Database database) {
    this.database = database;
  }

  /** Until when the host is paused, when that is after {@code now}. */
  public Optional<Instant> find(String host, Instant now) {
    return database.transact(
        "read the pause of host " + host,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT paused_until FROM host_pauses WHERE host = ? AND paused_until > ?")) {
            select.setString(1, host);
            select.setObject(2, Database.column(now));
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Database.instant(row, "paused_until") : Optional.empty();
            }
          }
        });
  }

  /** Pauses the host until then; a pause already stored that ends later stays. */
  public void pause(String host, Instant until) {
    database.transact(
        "store the pause of host " + host,
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE host_pauses SET paused_until = ? WHERE host = ? AND paused_until < ?")) {
            update.setObject(1, Database.column(until));
            update.setString(2, host);
            update.setObject(3, Database.column(until));
            update.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO host_pauses (host, paused_until)"
                      + " SELECT ?, ? WHERE NOT EXISTS"
                      + " (SELECT 1 FROM host_pauses WHERE host = ?)")) {
            insert.setString(1, host);
            insert.setObject(2, Database.column(until));
            insert.setString(3, host);
            insert.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Counts one more 5xx in a row from the host and returns the streak; a streak whose last error is
   * older than a day starts again at one.
   */
  public int countServerError(String host, Instant now) {
    return database.transact(
        "count a server error of host " + host,
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE host_server_errors SET in_a_row = CASE WHEN last_error_at < ? THEN 1"
                      + " ELSE in_a_row + 1 END, last_error_at = ? WHERE host = ?")) {
            update.setObject(1, Database.column(now.minus(Duration.ofDays(1))));
            update.setObject(2, Database.column(now));
            update.setString(3, host);
            if (update.executeUpdate() == 0) {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO host_server_errors (host, in_a_row, last_error_at)"
                          + " VALUES (?, 1, ?)")) {
                insert.setString(1, host);
                insert.setObject(2, Database.column(now));
                insert.executeUpdate();
              }
              return 1;
            }
          }
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT in_a_row FROM host_server_errors WHERE host = ?")) {
            select.setString(1, host);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? row.getInt(1) : 1;
            }
          }
        });
  }

  /** The host answered without a server error: its streak is over. */
  public void clearServerErrors(String host) {
    database.transact(
        "clear the server errors of host " + host,
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM host_server_errors WHERE host = ?")) {
            delete.setString(1, host);
            return delete.executeUpdate();
          }
        });
  }

  /** Forgets pauses that ended before then, so the table holds only hosts still paused. */
  public int forgetEndedBefore(Instant now) {
    return database.transact(
        "forget ended host pauses",
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM host_pauses WHERE paused_until <= ?")) {
            delete.setObject(1, Database.column(now));
            return delete.executeUpdate();
          }
        });
  }
}
