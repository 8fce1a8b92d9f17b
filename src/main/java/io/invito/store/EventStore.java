package io.invito.store;

import io.invito.model.Attendance;
import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import io.invito.model.ListedEvent;
import io.invito.model.Rejection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The events invito knows, keyed by event id, with when each was first seen and what changed last
 * (a new start, a new status), and the items that were judged not to be events.
 */
public final class EventStore {
  private static final String COLUMNS =
      "id, start_at, status, title, url, document, first_seen,"
          + " last_changed, previous_start, previous_status";

  private final Database database;
  private final EventCodec codec = new EventCodec();

  EventStore(Database database) {
    this.database = database;
  }

  /**
   * Stores the events in one transaction: a new id is inserted; a known one is updated with the
   * sources of both, remembering the old start when the start moved and the old status when the
   * status changed; an event that is stored exactly so is left alone, its last change untouched.
   */
  public UpsertReport upsert(List<Event> events, Instant now) {
    return upsert(events, Map.of(), now);
  }

  /**
   * As {@link #upsert(List, Instant)}, with the ids each event's copies had: an event whose copies
   * include one stored before, under its own id or as another event's copy, is stored under that
   * first id, so it keeps its id when the copy that gave the id is missing next time.
   *
   * @param copyIds by event id, the ids of the copies it was merged from
   */
  public UpsertReport upsert(List<Event> events, Map<String, Set<String>> copyIds, Instant now) {
    return database.transact(
        "store " + events.size() + " events",
        connection -> {
          // An older invito may have written events without their listing rows: first those.
          if (!EventListing.current(connection)) {
            EventListing.catchUp(connection, codec);
          }
          int created = 0;
          int updated = 0;
          int unchanged = 0;
          for (Event sighted : events) {
            Set<String> names = new LinkedHashSet<>();
            names.add(sighted.id());
            names.addAll(new TreeSet<>(copyIds.getOrDefault(sighted.id(), Set.of())));
            Event event = sighted.withId(storedId(connection, names).orElse(sighted.id()));
            recordAliases(connection, names, event.id());
            Optional<KnownEvent> known = find(connection, event.id(), true);
            if (known.isEmpty()) {
              insert(connection, event, now);
              created++;
              continue;
            }
            Event old = known.get().event();
            Event merged = reconcile(old, event.withSources(union(old.sources(), event.sources())));
            if (merged.equals(old)) {
              unchanged++;
              continue;
            }
            Optional<ZonedDateTime> previousStart =
                sameStart(merged.start(), old.start()) ? known.get().previousStart() : old.start();
            Optional<EventStatus> previousStatus =
                merged.status() == old.status()
                    ? known.get().previousStatus()
                    : Optional.of(old.status());
            update(connection, merged, now, previousStart, previousStatus);
            updated++;
          }
          return new UpsertReport(created, updated, unchanged);
        });
  }

  /**
   * The id under which one of these names was first stored: the event's own id when an event has
   * it, else the event a copy's id was recorded for.
   */
  private static Optional<String> storedId(Connection connection, Set<String> names)
      throws SQLException {
    for (String name : names) {
      try (PreparedStatement select =
          connection.prepareStatement("SELECT id FROM events WHERE id = ?")) {
        select.setString(1, name);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            return Optional.of(name);
          }
        }
      }
    }
    for (String name : names) {
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT a.event_id FROM event_aliases a JOIN events e ON e.id = a.event_id"
                  + " WHERE a.alias = ?")) {
        select.setString(1, name);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            return Optional.of(row.getString(1));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Each name not yet known leads to the stored id from now on; a known one keeps its event. */
  private static void recordAliases(Connection connection, Set<String> names, String storedId)
      throws SQLException {
    for (String name : names) {
      if (name.equals(storedId)) {
        continue;
      }
      boolean known;
      try (PreparedStatement select =
          connection.prepareStatement("SELECT 1 FROM event_aliases WHERE alias = ?")) {
        select.setString(1, name);
        try (ResultSet row = select.executeQuery()) {
          known = row.next();
        }
      }
      if (!known) {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO event_aliases (alias, event_id) VALUES (?, ?)")) {
          insert.setString(1, name);
          insert.setString(2, storedId);
          insert.executeUpdate();
        }
      }
    }
  }

  /** The events starting at or after {@code from} and before {@code to}, earliest first. */
  public List<KnownEvent> between(Instant from, Instant to) {
    return database.transact(
        "read events between " + from + " and " + to,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM events WHERE start_at >= ? AND start_at < ? ORDER BY start_at, id")) {
            select.setObject(1, Database.column(from));
            select.setObject(2, Database.column(to));
            return read(select);
          }
        });
  }

  /** The on-demand events (recordings, video courses): those with no start, newest first. */
  public List<KnownEvent> onDemand() {
    return select("read on-demand events", "WHERE start_at IS NULL ORDER BY first_seen DESC, id");
  }

  public Optional<KnownEvent> find(String id) {
    return database.transact("read event " + id, connection -> find(connection, id, false));
  }

  /** Every stored event, earliest first, the on-demand ones last. */
  public List<KnownEvent> all() {
    return select("read all events", "ORDER BY start_at NULLS LAST, id");
  }

  /**
   * Every stored event as a list shows it, in the order of {@link #all()}: from the listing table,
   * without reading the events' documents; from the documents when the table is behind (an older
   * invito wrote events since), until the next write brings it up to date.
   */
  public List<ListedEvent> listed() {
    return database.transact(
        "list all events",
        connection -> {
          if (EventListing.current(connection)) {
            return EventListing.read(connection);
          }
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + COLUMNS + " FROM events ORDER BY start_at NULLS LAST, id")) {
            return read(select).stream().map(ListedEvent::of).toList();
          }
        });
  }

  /**
   * Writes the listing rows the events lack, from their documents: after the migration that made
   * the table (V9_18), and when an older invito wrote events without them.
   *
   * @return how many rows were written
   */
  int catchUpListing() {
    return database.transact(
        "write the events' listing",
        connection ->
            EventListing.current(connection) ? 0 : EventListing.catchUp(connection, codec));
  }

  /** The events a fixed clause picks; the clause is ours, never the user's text. */
  private List<KnownEvent> select(String what, String clause) {
    return database.transact(
        what,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT " + COLUMNS + " FROM events " + clause)) {
            return read(select);
          }
        });
  }

  /** Records why items were not events, keeping only the latest verdict per source and item. */
  public void saveRejections(List<Rejection> rejections, Instant now) {
    database.transact(
        "store " + rejections.size() + " rejected items",
        connection -> {
          for (Rejection rejection : rejections) {
            String key =
                key(rejection.url().map(URI::toString).orElse("title:" + rejection.title()));
            try (PreparedStatement update =
                connection.prepareStatement(
                    "UPDATE rejections SET title = ?, url = ?, reason = ?, seen_at = ?"
                        + " WHERE source_id = ? AND item_key = ?")) {
              update.setString(1, rejection.title());
              Database.setText(update, 2, rejection.url().map(URI::toString));
              update.setString(3, rejection.reason());
              update.setObject(4, Database.column(now));
              update.setString(5, rejection.sourceId());
              update.setString(6, key);
              if (update.executeUpdate() > 0) {
                continue;
              }
            }
            try (PreparedStatement insert =
                connection.prepareStatement(
                    "INSERT INTO rejections"
                        + " (source_id, item_key, title, url, reason, seen_at) VALUES (?, ?, ?, ?, ?, ?)")) {
              insert.setString(1, rejection.sourceId());
              insert.setString(2, key);
              insert.setString(3, rejection.title());
              Database.setText(insert, 4, rejection.url().map(URI::toString));
              insert.setString(5, rejection.reason());
              insert.setObject(6, Database.column(now));
              insert.executeUpdate();
            }
          }
          return null;
        });
  }

  /** The rejected items, most recently seen first. */
  public List<Rejection> rejections() {
    return database.transact(
        "read rejected items",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT source_id, title, url,"
                      + " reason FROM rejections ORDER BY seen_at DESC, source_id, title")) {
            List<Rejection> rejections = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                rejections.add(
                    new Rejection(
                        row.getString("source_id"),
                        row.getString("title"),
                        Database.text(row, "url").map(URI::create),
                        row.getString("reason")));
              }
            }
            return rejections;
          }
        });
  }

  private Optional<KnownEvent> find(Connection connection, String id, boolean forUpdate)
      throws SQLException {
    // FOR UPDATE keeps two machines sharing PostgreSQL from updating one event at once.
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM events WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
      select.setString(1, id);
      return read(select).stream().findFirst();
    }
  }

  private List<KnownEvent> read(PreparedStatement select) throws SQLException {
    List<KnownEvent> events = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        events.add(
            new KnownEvent(
                codec.read(row.getString("document")),
                Database.requireInstant(row, "first_seen"),
                Database.requireInstant(row, "last_changed"),
                Database.text(row, "previous_start").map(ZonedDateTime::parse),
                Database.text(row, "previous_status").map(EventStatus::valueOf)));
      }
    }
    return events;
  }

  private void insert(Connection connection, Event event, Instant now) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, event.id());
      bind(insert, 2, event);
      insert.setObject(7, Database.column(now));
      insert.setObject(8, Database.column(now));
      Database.setText(insert, 9, Optional.empty());
      Database.setText(insert, 10, Optional.empty());
      insert.executeUpdate();
    }
    EventListing.write(connection, event, now, Optional.empty());
  }

  private void update(
      Connection connection,
      Event event,
      Instant now,
      Optional<ZonedDateTime> previousStart,
      Optional<EventStatus> previousStatus)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE events SET start_at = ?,"
                + " status = ?, title = ?, url = ?, document = ?, last_changed = ?, previous_start = ?,"
                + " previous_status = ? WHERE id = ?")) {
      bind(update, 1, event);
      update.setObject(6, Database.column(now));
      Database.setText(update, 7, previousStart.map(ZonedDateTime::toString));
      Database.setText(update, 8, previousStatus.map(EventStatus::name));
      update.setString(9, event.id());
      update.executeUpdate();
    }
    EventListing.write(connection, event, now, previousStart);
  }

  /** Binds start, status, title, url and document from {@code first} on. */
  private void bind(PreparedStatement statement, int first, Event event) throws SQLException {
    // An on-demand event has no start: NULL, which no week's query selects.
    statement.setObject(
        first, event.start().map(start -> Database.column(start.toInstant())).orElse(null));
    statement.setString(first + 1, event.status().name());
    statement.setString(first + 2, event.title());
    Database.setText(statement, first + 3, event.url().map(URI::toString));
    statement.setString(first + 4, codec.write(event));
  }

  /**
   * The incoming copy of a known event, completed from the stored one: a field no source gave this
   * time (its source answered "not modified", or was down) keeps the value it had, and an event
   * whose sources stopped saying where it happens but now say online has moved online.
   */
  static Event reconcile(Event old, Event incoming) {
    boolean movedOnline =
        incoming.attendance() == Attendance.ONLINE
            && (old.attendance() == Attendance.OFFLINE || old.attendance() == Attendance.MIXED);
    EventStatus status = incoming.status();
    if (status == EventStatus.SCHEDULED
        && (movedOnline
            || old.status() == EventStatus.MOVED_ONLINE
                && incoming.attendance() == Attendance.ONLINE)) {
      // schema.org's EventMovedOnline, said by invito when the source only changed the place.
      status = EventStatus.MOVED_ONLINE;
    }
    return new Event(
        incoming.id(),
        incoming.title(),
        incoming.description(),
        incoming.url().or(old::url),
        incoming.start(),
        incoming.end().or(old::end),
        incoming.allDay(),
        incoming.zoneStated(),
        incoming.kinds(),
        incoming.attendance(),
        incoming.platform().or(old::platform),
        incoming.delivery(),
        incoming.interactive(),
        incoming.language().or(old::language),
        incoming.free().or(old::free),
        incoming.price().or(old::price),
        incoming.organizer().or(old::organizer),
        movedOnline ? incoming.location() : incoming.location().or(old::location),
        status,
        incoming.topics(),
        incoming.sources(),
        incoming.uid().or(old::uid));
  }

  private static boolean sameStart(Optional<ZonedDateTime> one, Optional<ZonedDateTime> other) {
    return one.isPresent() == other.isPresent()
        && one.map(start -> start.isEqual(other.get())).orElse(true);
  }

  private static List<String> union(List<String> known, List<String> more) {
    Set<String> all = new LinkedHashSet<>(known);
    all.addAll(more);
    return List.copyOf(all);
  }

  /** A fixed-length key for a value of any length (a URL, a title) that must be indexed. */
  static String key(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException("SHA-256 is not available", impossible);
    }
  }
}
