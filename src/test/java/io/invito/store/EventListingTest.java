package io.invito.store;

import static io.invito.store.Events.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Attendance;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.model.ListedEvent;
import io.invito.testing.EventBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events' listing table (V9_18): what {@code events list} reads instead of every document must
 * list exactly what the documents give, after the migration fills it, after writes, and when an
 * older invito wrote events without it.
 */
class EventListingTest {
  private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, ROME);
  private static final Instant MONDAY = Instant.parse("2026-11-30T07:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-12-01T07:00:00Z");
  private static final Instant WEDNESDAY = Instant.parse("2026-12-02T07:00:00Z");

  @TempDir Path dir;

  @Test
  void joinsAndSplitsAnyListOfValues() {
    for (List<String> values :
        List.of(
            List.<String>of(),
            List.of(""),
            List.of("", ""),
            List.of("rss"),
            List.of("rss", "ics", "page-1"),
            List.of("a\nb", "back\\slash", "\\n", "end\\", "\n"))) {
      assertThat(EventListing.split(EventListing.join(values))).as("%s", values).isEqualTo(values);
    }
    assertThat(EventListing.join(List.of("rss", "ics"))).isEqualTo("rss\nics\n");
  }

  @Test
  void listsWhatTheDocumentsSayAfterEveryKindOfWrite() {
    try (Store store = Store.open(url())) {
      EventStore events = store.events();
      events.upsert(variety(), MONDAY);
      assertListsAsTheDocuments(events);

      // Tuesday: one rescheduled, one cancelled, one with a source more, one moved online.
      events.upsert(
          List.of(
              Events.withStart(Events.event("a", START), START.plusDays(2)),
              Events.withStatus(Events.event("b", START.plusHours(3)), EventStatus.CANCELLED),
              Events.withSources(Events.event("c", START.minusDays(1)), List.of("rss", "ics")),
              EventBuilder.from(Events.inPerson(Events.event("d", START), "Milano"))
                  .attendance(Attendance.ONLINE)
                  .location(null)
                  .build()),
          TUESDAY);
      assertListsAsTheDocuments(events);
      assertThat(events.listed())
          .filteredOn(event -> event.id().equals("a"))
          .singleElement()
          .satisfies(event -> assertThat(event.rescheduled()).isTrue());
      assertThat(events.listed())
          .filteredOn(event -> event.id().equals("d"))
          .singleElement()
          .satisfies(event -> assertThat(event.status()).isEqualTo(EventStatus.MOVED_ONLINE));
    }
  }

  @Test
  void theMigrationFillsTheTableFromTheStoredDocumentsAndKeepsEveryEvent() throws Exception {
    try (Store store = Store.open(url())) {
      store.events().upsert(variety(), MONDAY);
    }
    Map<String, String> documents = documents();
    // As a store of the previous release: V9_18 not applied.
    try (Connection connection = source().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE event_listing");
      statement.execute("DROP INDEX events_last_changed");
      statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9.18'");
    }

    try (Store store = Store.open(url())) {
      assertThat(documents()).as("the events, untouched").isEqualTo(documents);
      assertThat(count("event_listing")).isEqualTo(documents.size());
      assertListsAsTheDocuments(store.events());
    }
  }

  @Test
  void readsTheDocumentsWhileAnOlderInvitoHasWrittenEventsWithoutTheirRowsThenCatchesUp()
      throws Exception {
    try (Store store = Store.open(url())) {
      EventStore events = store.events();
      events.upsert(variety(), MONDAY);
      Event changed = Events.withStatus(Events.event("a", START), EventStatus.POSTPONED);
      Event added = Events.event("z", START.plusDays(9));
      // An older invito, which knows no event_listing: one event changed, one added.
      try (Connection connection = source().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(
            "UPDATE events SET status = 'POSTPONED', document = '"
                + new EventCodec().write(changed).replace("'", "''")
                + "', last_changed = TIMESTAMP WITH TIME ZONE '2026-12-01 07:00:00+00'"
                + " WHERE id = 'a'");
        statement.execute(
            "INSERT INTO events (id, start_at, status, title, url, document, first_seen,"
                + " last_changed) SELECT 'z', start_at, status, title, url, '"
                + new EventCodec().write(added).replace("'", "''")
                + "', first_seen, last_changed FROM events WHERE id = 'b'");
      }

      assertListsAsTheDocuments(events);
      assertThat(events.listed())
          .filteredOn(event -> event.id().equals("a"))
          .singleElement()
          .satisfies(event -> assertThat(event.status()).isEqualTo(EventStatus.POSTPONED));

      // The next write brings the table up to date: the rows are read again from it.
      events.upsert(List.of(Events.event("y", START.plusDays(20))), WEDNESDAY);
      try (Connection connection = source().getConnection()) {
        assertThat(EventListing.current(connection)).isTrue();
        assertThat(EventListing.read(connection)).isEqualTo(fromDocuments(events));
      }
    }
  }

  /** Events that differ in what a list shows: starts, none, kinds, sources, url, attendance. */
  private static List<Event> variety() {
    List<Event> events = new ArrayList<>();
    events.add(Events.event("a", START));
    events.add(Events.event("b", START.plusHours(3)));
    events.add(Events.event("c", START.minusDays(1)));
    events.add(Events.inPerson(Events.event("d", START), "Milano"));
    // Same start as "a": ordered by id, as the documents are.
    events.add(
        EventBuilder.from(Events.event("0-same", START)).kinds().sources().url(null).build());
    events.add(
        EventBuilder.from(Events.event("nanos", START.withNano(123_456_789)))
            .kinds(EventKind.COURSE, EventKind.MEETUP, EventKind.LIVE_STREAM)
            .sources("feed.one", "feed-two", "x_3")
            .build());
    events.add(
        EventBuilder.from(Events.event("utc", START.withZoneSameInstant(ZoneOffset.UTC)))
            .attendance(Attendance.MIXED)
            .build());
    events.add(EventBuilder.from(Events.event("rec-1", START)).onDemand().build());
    events.add(EventBuilder.from(Events.event("rec-2", START)).onDemand().build());
    return events;
  }

  private static void assertListsAsTheDocuments(EventStore events) {
    List<ListedEvent> expected = fromDocuments(events);
    assertThat(expected).hasSizeGreaterThan(5);
    assertThat(events.listed()).isEqualTo(expected);
  }

  private static List<ListedEvent> fromDocuments(EventStore events) {
    return events.all().stream().map(ListedEvent::of).toList();
  }

  private Map<String, String> documents() throws Exception {
    Map<String, String> documents = new TreeMap<>();
    try (Connection connection = source().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id, document, first_seen, last_changed, previous_start FROM events")) {
      while (rows.next()) {
        documents.put(
            rows.getString(1),
            rows.getString(2) + rows.getString(3) + rows.getString(4) + rows.getString(5));
      }
    }
    return documents;
  }

  private int count(String table) throws Exception {
    try (Connection connection = source().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("invito");
  }

  private JdbcDataSource source() {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url());
    return source;
  }
}
