package io.invito.store;

import io.invito.model.SourceHealth;
import io.invito.model.Validators;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How each source has been doing, and the HTTP validators of each URL fetched. */
public final class SourceStore {
  private static final String COLUMNS =
      "source_id, url, state, last_attempt, last_success,"
          + " last_error, consecutive_failures, next_attempt, events_last_time, suddenly_empty";

  private final Database database;

  SourceStore(Database database) {
    this.database = database;
  }

  public Optional<SourceHealth> find(String sourceId) {
    return database.transact(
        "read health of source " + sourceId,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + COLUMNS + " FROM source_health WHERE source_id = ?")) {
            select.setString(1, sourceId);
            return read(select).stream().findFirst();
          }
        });
  }

  /**
   * Stores the health, replacing what was known of the source but keeping the URL it moved from.
   */
  public void save(SourceHealth health) {
    save(health, Optional.empty(), false);
  }

  /**
   * Stores the health, replacing what was known of the source.
   *
   * @param movedFrom the configured URL a 301 or 308 moved the source from to {@code health.url()};
   *     empty when the source is at its configured URL
   */
  public void save(SourceHealth health, Optional<String> movedFrom) {
    save(health, movedFrom, true);
  }

  private void save(SourceHealth health, Optional<String> movedFrom, boolean setMovedFrom) {
    database.transact(
        "store health of source " + health.sourceId(),
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE source_health SET"
                      + " url = ?, state = ?, last_attempt = ?, last_success = ?, last_error = ?,"
                      + " consecutive_failures = ?, next_attempt = ?, events_last_time = ?,"
                      + " suddenly_empty = ?"
                      + (setMovedFrom ? ", moved_from = ?" : "")
                      + " WHERE source_id = ?")) {
            bind(update, health);
            int next = 10;
            if (setMovedFrom) {
              Database.setText(update, next++, movedFrom);
            }
            update.setString(next, health.sourceId());
            if (update.executeUpdate() > 0) {
              return null;
            }
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO source_health ("
                      + "url, state, last_attempt, last_success, last_error, consecutive_failures,"
                      + " next_attempt, events_last_time, suddenly_empty, moved_from, source_id)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(insert, health);
            Database.setText(insert, 10, movedFrom);
            insert.setString(11, health.sourceId());
            insert.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Records why the source's content, just read, gave no event; empty when it gave some. Stored
   * after its health, whose row it completes.
   */
  public void saveWhyNoEvent(String sourceId, Optional<String> why) {
    database.transact(
        "store why source " + sourceId + " gave no event",
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE source_health SET why_no_event = ? WHERE source_id = ?")) {
            Database.setText(update, 1, why.map(text -> clip(text, WHY_CHARS)));
            update.setString(2, sourceId);
            update.executeUpdate();
          }
          return null;
        });
  }

  /** Why the source's content gave no event when it was last read, if it gave none. */
  public Optional<String> whyNoEvent(String sourceId) {
    return database.transact(
        "read why source " + sourceId + " gave no event",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT why_no_event FROM source_health WHERE source_id = ?")) {
            select.setString(1, sourceId);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Database.text(row, "why_no_event") : Optional.empty();
            }
          }
        });
  }

  private static final int WHY_CHARS = 1_000;

  private static String clip(String text, int chars) {
    return text.length() <= chars ? text : text.substring(0, chars - 1) + "…";
  }

  /**
   * The configured URL a 301 or 308 moved the source from, to the URL its health names; empty when
   * it was never moved.
   */
  public Optional<String> movedFrom(String sourceId) {
    return database.transact(
        "read where source " + sourceId + " moved from",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT moved_from FROM source_health WHERE source_id = ?")) {
            select.setString(1, sourceId);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Database.text(row, "moved_from") : Optional.empty();
            }
          }
        });
  }

  /** Every source's health, by source id. */
  public List<SourceHealth> all() {
    return database.transact(
        "read health of all sources",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + COLUMNS + " FROM source_health ORDER BY source_id")) {
            return read(select);
          }
        });
  }

  /** The validators last sent for the URL; {@link Validators#NONE} when none are known. */
  public Validators validators(String url) {
    return database.transact(
        "read HTTP validators of " + url,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT etag, last_modified FROM http_validators WHERE url_key = ?")) {
            select.setString(1, EventStore.key(url));
            try (ResultSet row = select.executeQuery()) {
              return row.next()
                  ? new Validators(Database.text(row, "etag"), Database.text(row, "last_modified"))
                  : Validators.NONE;
            }
          }
        });
  }

  /** Saves the validators to send next time, keeping when the last unconditional GET was. */
  public void saveValidators(String url, Validators validators) {
    saveValidators(url, validators, Optional.empty());
  }

  /**
   * Saves the validators to send next time.
   *
   * @param unconditionalAt when the GET that gave them was sent without validators; empty keeps the
   *     time already stored
   */
  public void saveValidators(String url, Validators validators, Optional<Instant> unconditionalAt) {
    database.transact(
        "store HTTP validators of " + url,
        connection -> {
          String key = EventStore.key(url);
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE http_validators SET etag = ?, last_modified = ?,"
                      + " last_unconditional = COALESCE(CAST(? AS TIMESTAMP WITH TIME ZONE),"
                      + " last_unconditional) WHERE url_key = ?")) {
            Database.setText(update, 1, validators.etag());
            Database.setText(update, 2, validators.lastModified());
            Database.setInstant(update, 3, unconditionalAt);
            update.setString(4, key);
            if (update.executeUpdate() > 0) {
              return null;
            }
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO http_validators (url_key, url, etag, last_modified,"
                      + " last_unconditional) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, url);
            Database.setText(insert, 3, validators.etag());
            Database.setText(insert, 4, validators.lastModified());
            Database.setInstant(insert, 5, unconditionalAt);
            insert.executeUpdate();
          }
          return null;
        });
  }

  /** When a GET of the URL without validators last got an answer; empty when never known. */
  public Optional<Instant> lastUnconditional(String url) {
    return database.transact(
        "read last unconditional GET of " + url,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT last_unconditional FROM http_validators WHERE url_key = ?")) {
            select.setString(1, EventStore.key(url));
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Database.instant(row, "last_unconditional") : Optional.empty();
            }
          }
        });
  }

  /** Binds the columns of the health record but its source id, as the first nine parameters. */
  private static void bind(PreparedStatement statement, SourceHealth health) throws SQLException {
    statement.setString(1, health.url());
    statement.setString(2, health.state().name());
    Database.setInstant(statement, 3, health.lastAttempt());
    Database.setInstant(statement, 4, health.lastSuccess());
    Database.setText(statement, 5, health.lastError());
    statement.setInt(6, health.consecutiveFailures());
    Database.setInstant(statement, 7, health.nextAttempt());
    statement.setInt(8, health.eventsLastTime());
    statement.setBoolean(9, health.suddenlyEmpty());
  }

  private static List<SourceHealth> read(PreparedStatement select) throws SQLException {
    List<SourceHealth> sources = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        sources.add(
            new SourceHealth(
                row.getString("source_id"),
                row.getString("url"),
                SourceHealth.State.valueOf(row.getString("state")),
                Database.instant(row, "last_attempt"),
                Database.instant(row, "last_success"),
                Database.text(row, "last_error"),
                row.getInt("consecutive_failures"),
                Database.instant(row, "next_attempt"),
                row.getInt("events_last_time"),
                row.getBoolean("suddenly_empty")));
      }
    }
    return sources;
  }
}
