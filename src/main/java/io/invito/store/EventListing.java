package io.invito.store;

import io.invito.model.Attendance;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import io.invito.model.ListedEvent;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The table {@code event_listing} (migration V9_18): per stored event, what a list of events shows
 * and the keep rules look at besides the text, written from the event in the transaction that
 * writes it. {@code events list} reads these narrow rows instead of reading and decoding every
 * event's JSON document. The row carries the event's {@code last_changed}, so a table an older
 * invito wrote events beside without it is seen as behind ({@link #current}) and written again from
 * the documents ({@link #catchUp}); until then lists read the documents.
 */
final class EventListing {
  private static final String COLUMNS =
      "id, start_at, start_instant, status, title, url, kinds, attendance, sources,"
          + " previous_start, last_changed";

  private EventListing() {}

  /** Writes (or writes again) the row of an event as it is now stored. */
  static void write(
      Connection connection,
      Event event,
      Instant lastChanged,
      Optional<ZonedDateTime> previousStart)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM event_listing WHERE id = ?")) {
      delete.setString(1, event.id());
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO event_listing ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Optional<Instant> start = event.start().map(ZonedDateTime::toInstant);
      insert.setString(1, event.id());
      // As events.start_at is written, so both tables sort alike.
      insert.setObject(2, start.map(Database::column).orElse(null));
      Database.setText(insert, 3, start.map(Instant::toString));
      insert.setString(4, event.status().name());
      insert.setString(5, event.title());
      Database.setText(insert, 6, event.url().map(URI::toString));
      // In EnumSet order, so the same kinds always write the same text.
      Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
      kinds.addAll(event.kinds());
      insert.setString(7, join(kinds.stream().map(Enum::name).toList()));
      insert.setString(8, event.attendance().name());
      insert.setString(9, join(event.sources()));
      Database.setText(insert, 10, previousStart.map(ZonedDateTime::toString));
      insert.setObject(11, Database.column(lastChanged));
      insert.executeUpdate();
    }
  }

  /**
   * Whether the table holds a row for every event, none behind its event: as many rows as events
   * and the same latest change. Both are answered by indexes (counts and maxima), not by reading
   * rows. An event an older invito inserted or changed makes them differ.
   */
  static boolean current(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT (SELECT COUNT(*) FROM events), (SELECT MAX(last_changed) FROM events),"
                    + " (SELECT COUNT(*) FROM event_listing),"
                    + " (SELECT MAX(last_changed) FROM event_listing)")) {
      row.next();
      return row.getLong(1) == row.getLong(3)
          && Objects.equals(Database.instant(row, 2), Database.instant(row, 4));
    }
  }

  /**
   * Writes the rows of the events that have none, or whose row is older than the event, from their
   * stored documents.
   *
   * @return how many rows were written
   */
  static int catchUp(Connection connection, EventCodec codec) throws SQLException {
    List<KnownEvent> behind = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT e.document, e.last_changed, e.previous_start FROM events e"
                    + " LEFT JOIN event_listing l ON l.id = e.id"
                    + " WHERE l.id IS NULL OR l.last_changed <> e.last_changed");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        Instant lastChanged = Database.requireInstant(row, "last_changed");
        behind.add(
            new KnownEvent(
                codec.read(row.getString("document")),
                lastChanged,
                lastChanged,
                Database.text(row, "previous_start").map(ZonedDateTime::parse),
                Optional.empty()));
      }
    }
    for (KnownEvent known : behind) {
      write(connection, known.event(), known.lastChanged(), known.previousStart());
    }
    return behind.size();
  }

  /** Every listed event, in the order of {@link EventStore#all()}. */
  static List<ListedEvent> read(Connection connection) throws SQLException {
    List<ListedEvent> events = new ArrayList<>();
    Map<String, Set<EventKind>> kinds = new HashMap<>();
    Map<String, List<String>> sources = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM event_listing ORDER BY start_at NULLS LAST, id");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        events.add(listed(row, kinds, sources));
      }
    }
    return events;
  }

  /**
   * One row, by column number ({@link #COLUMNS}); a store holds few distinct kinds and sources
   * texts, each decoded once.
   */
  private static ListedEvent listed(
      ResultSet row, Map<String, Set<EventKind>> kinds, Map<String, List<String>> sources)
      throws SQLException {
    String url = row.getString(6);
    String start = row.getString(3);
    String previousStart = row.getString(10);
    return new ListedEvent(
        row.getString(1),
        row.getString(5),
        Optional.ofNullable(url),
        start == null ? Optional.empty() : Optional.of(EventCodec.instant(start)),
        kinds.computeIfAbsent(row.getString(7), EventListing::kinds),
        Attendance.valueOf(row.getString(8)),
        EventStatus.valueOf(row.getString(4)),
        sources.computeIfAbsent(row.getString(9), text -> List.copyOf(split(text))),
        previousStart == null ? Optional.empty() : Optional.of(ZonedDateTime.parse(previousStart)));
  }

  private static Set<EventKind> kinds(String text) {
    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    for (String kind : split(text)) {
      kinds.add(EventKind.valueOf(kind));
    }
    return Set.copyOf(kinds);
  }

  /**
   * Values as one text, each followed by a line feed; a backslash or line feed inside a value is
   * escaped ({@code \\}, {@code \n}), so any list comes back as it was, an empty value included.
   */
  static String join(List<String> values) {
    StringBuilder text = new StringBuilder();
    for (String value : values) {
      for (int index = 0; index < value.length(); index++) {
        char c = value.charAt(index);
        if (c == '\\') {
          text.append("\\\\");
        } else if (c == '\n') {
          text.append("\\n");
        } else {
          text.append(c);
        }
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** The values {@link #join} wrote. */
  static List<String> split(String text) {
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    for (int index = 0; index < text.length(); index++) {
      char c = text.charAt(index);
      if (c == '\n') {
        values.add(value.toString());
        value.setLength(0);
      } else if (c == '\\' && index + 1 < text.length()) {
        value.append(text.charAt(++index) == 'n' ? '\n' : text.charAt(index));
      } else {
        value.append(c);
      }
    }
    return values;
  }
}
