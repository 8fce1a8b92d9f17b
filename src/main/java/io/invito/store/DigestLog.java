package io.invito.store;

import io.invito.model.Week;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** When each week's digest was written, so the next one can mark what is new since. */
public final class DigestLog {
  private final Database database;

  DigestLog(Database database) {
    this.database = database;
  }

  public void record(Week week, Instant generatedAt) {
    database.transact(
        "record the digest of " + week,
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE digests SET generated_at = ? WHERE iso_week = ?")) {
            update.setObject(1, Database.column(generatedAt));
            update.setString(2, week.toString());
            if (update.executeUpdate() > 0) {
              return null;
            }
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO digests (iso_week, generated_at) VALUES (?, ?)")) {
            insert.setString(1, week.toString());
            insert.setObject(2, Database.column(generatedAt));
            insert.executeUpdate();
          }
          return null;
        });
  }

  /**
   * When the latest digest of an earlier week was written. Only earlier weeks count, so that
   * writing a week's digest again gives the same markers, not none.
   */
  public Optional<Instant> previousBefore(Week week) {
    return database.transact(
        "read the digest before " + week,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT MAX(generated_at) AS latest FROM digests WHERE iso_week < ?")) {
            select.setString(1, week.toString());
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Database.instant(row, "latest") : Optional.<Instant>empty();
            }
          }
        });
  }
}
