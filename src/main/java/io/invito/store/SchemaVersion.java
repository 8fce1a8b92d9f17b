package io.invito.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Whether a store already has every migration this build carries, read from Flyway's history table
 * with one query. Flyway itself scans the class path for migrations, checksums each and validates
 * them against the history on every open: about half a second of start-up for a listing command
 * that then reads a table. When the history holds exactly the bundled versions, all successful,
 * there is nothing for Flyway to do; anything else (an older or newer store, a failed migration, no
 * history yet) goes to Flyway as before.
 */
final class SchemaVersion {
  /**
   * The versions of {@code db/migration} and {@code db/vendor/<database>}, as Flyway writes them in
   * its history ({@code V6_20__x.sql} is {@code 6.20}). A migration added without its version here
   * only costs the fast path: the history then differs and Flyway runs; {@code SchemaVersionTest}
   * fails until the list matches the files.
   */
  static final List<String> BUNDLED =
      List.of(
          "1", "2", "3", "3.1", "4", "5", "6", "6.20", "7", "8.13", "8.16", "8.19", "8.20", "9.17",
          "9.18");

  private SchemaVersion() {}

  /** Whether the store's history holds exactly {@link #BUNDLED}, every one successful. */
  static boolean current(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL")) {
      Set<String> applied = new HashSet<>();
      while (rows.next()) {
        if (!rows.getBoolean(2) || !applied.add(rows.getString(1))) {
          return false;
        }
      }
      return applied.equals(Set.copyOf(BUNDLED));
    } catch (SQLException noHistoryYet) {
      // No history table (a new database) or one this query cannot read: Flyway decides.
      return false;
    }
  }
}
