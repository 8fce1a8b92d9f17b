package io.invito.store;

import io.invito.model.Week;
import io.invito.model.WeekPost;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which events each week's post shared, so that no event is shared twice across weeks. A week's
 * post written again (the digest rerun) replaces that week's rows: it is the same post,
 * reconsidered.
 */
public final class PostLog {
  private final Database database;

  /** One event a week's post shared, at its place in the post (1 first). */
  public record Entry(String week, String eventId, int place, Path path, Instant writtenAt) {}

  PostLog(Database database) {
    this.database = database;
  }

  public void record(WeekPost post, Instant writtenAt) {
    database.transact(
        "record the post of " + post.week(),
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM posts WHERE iso_week = ?")) {
            delete.setString(1, post.week().toString());
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO posts (iso_week, event_id, place, path, written_at)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            int place = 1;
            for (String eventId : post.eventIds()) {
              insert.setString(1, post.week().toString());
              insert.setString(2, eventId);
              insert.setInt(3, place++);
              insert.setString(4, post.markdown().toString());
              insert.setObject(5, Database.column(writtenAt));
              insert.executeUpdate();
            }
          }
          return null;
        });
  }

  /** The events the posts of every other week shared. */
  public Set<String> sharedOutside(Week week) {
    Set<String> shared = new LinkedHashSet<>();
    for (Entry entry : all()) {
      if (!entry.week().equals(week.toString())) {
        shared.add(entry.eventId());
      }
    }
    return shared;
  }

  /** Every event every post shared, by week and place. */
  public List<Entry> all() {
    return database.transact(
        "read the posts",
        connection -> {
          List<Entry> entries = new ArrayList<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT iso_week, event_id, place, path, written_at FROM posts"
                          + " ORDER BY iso_week, place");
              ResultSet row = select.executeQuery()) {
            while (row.next()) {
              entries.add(
                  new Entry(
                      row.getString("iso_week"),
                      row.getString("event_id"),
                      row.getInt("place"),
                      Path.of(row.getString("path")),
                      Database.requireInstant(row, "written_at")));
            }
          }
          return entries;
        });
  }
}
