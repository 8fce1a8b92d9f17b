package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import io.invito.config.Config;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import io.invito.testing.ConfigFolder;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One seminar published three ways (a feed item, its page with JSON-LD, a calendar entry) and a
 * course with two sessions, read through the whole pipeline over loopback HTTP into a real H2
 * store: the seminar is stored once with three sources, the sessions stay two, a second pass
 * changes nothing, and a pass after the calendar moved a session and cancelled the seminar
 * remembers both changes.
 */
class DedupIT {
  private static final Path SITE = Path.of("src/test/resources/events/dedup");
  private static final Instant SUNDAY_EVENING = Instant.parse("2026-11-29T17:00:00Z");
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @TempDir Path dir;
  private TestServer site;

  /** What each path serves now; a test swaps a file to change the site between passes. */
  private final Map<String, String> files =
      new ConcurrentHashMap<>(
          Map.of(
              "/feed.rss",
              "feed.rss",
              "/eventi/seminario-welfare",
              "seminario-welfare.html",
              "/calendar.ics",
              "calendar.ics"));

  @BeforeEach
  void startSite() throws IOException {
    site = new TestServer();
    files.keySet().forEach(path -> site.route(path, this::serve));
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  private void serve(HttpExchange exchange) throws IOException {
    String file = files.get(exchange.getRequestURI().getPath());
    // The calendar answers conditional requests, as calendar servers do: a second pass then
    // reads the seminar from the feed and the page only, and must not lose what the calendar said.
    String etag = "\"" + file + "\"";
    if (file.endsWith(".ics")) {
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        TestServer.send(exchange, 304, "");
        return;
      }
    }
    String type =
        file.endsWith(".rss")
            ? "application/rss+xml"
            : file.endsWith(".ics") ? "text/calendar" : "text/html; charset=utf-8";
    TestServer.send(exchange, 200, Files.readAllBytes(SITE.resolve(file)), "Content-Type", type);
  }

  @Test
  void storesTheSeminarOnceWithThreeSourcesAndKeepsTheTwoCourseSessionsApart() throws IOException {
    Pipeline.FetchPass pass = fetch(config());

    assertThat(pass.reports()).allSatisfy(report -> assertThat(report.error()).isEmpty());
    List<KnownEvent> stored = stored();
    assertThat(stored).hasSize(3);
    Event seminar = only(stored, "welfare");
    assertThat(seminar.sources()).containsExactlyInAnyOrder("hr-feed", "hr-page", "hr-calendar");
    // The page's JSON-LD and the calendar say when and where better than the feed's prose.
    assertThat(seminar.start()).contains(ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, ROME));
    assertThat(seminar.end()).isPresent();
    assertThat(seminar.uid()).isPresent();
    assertThat(seminar.location())
        .hasValueSatisfying(where -> assertThat(where).contains("Stelline"));
    // A hybrid seminar with networking at the end, not a course, a meetup or a live stream.
    assertThat(seminar.kinds())
        .contains(EventKind.SEMINAR)
        .doesNotContain(EventKind.COURSE, EventKind.MEETUP, EventKind.LIVE_STREAM);
    List<Event> sessions =
        stored.stream()
            .map(KnownEvent::event)
            .filter(event -> event.title().contains("Excel"))
            .toList();
    assertThat(sessions)
        .extracting(event -> event.requireStart().toLocalDate().toString())
        .containsExactly("2026-12-02", "2026-12-09");
    assertThat(sessions).extracting(Event::id).doesNotHaveDuplicates();
  }

  @Test
  void aSecondPassChangesNothingEvenWhenTheCalendarAnswersNotModified() throws IOException {
    Config config = config();
    fetch(config);
    List<KnownEvent> before = stored();

    Pipeline.FetchPass again = fetch(config);

    assertThat(again.reports())
        .filteredOn(report -> report.sourceId().equals("hr-calendar"))
        .singleElement()
        .satisfies(report -> assertThat(report.outcome()).isEqualTo("not modified"));
    assertThat(again.upsert().created()).isZero();
    assertThat(again.upsert().updated()).isZero();
    assertThat(again.upsert().unchanged()).isEqualTo(1);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void remembersAMovedSessionAndACancelledSeminarWhenTheCalendarChanges() throws IOException {
    Config config = config();
    fetch(config);
    String movedSessionId =
        stored().stream()
            .map(KnownEvent::event)
            .filter(event -> event.requireStart().getDayOfMonth() == 9)
            .findFirst()
            .orElseThrow()
            .id();
    files.put("/calendar.ics", "calendar-changed.ics");

    Pipeline.FetchPass changed = fetch(config);

    assertThat(changed.upsert().created()).isZero();
    List<KnownEvent> stored = stored();
    assertThat(stored).hasSize(3);
    KnownEvent seminar =
        stored.stream()
            .filter(known -> known.event().title().contains("welfare"))
            .findFirst()
            .orElseThrow();
    assertThat(seminar.event().status()).isEqualTo(EventStatus.CANCELLED);
    assertThat(seminar.previousStatus()).contains(EventStatus.SCHEDULED);
    KnownEvent moved =
        stored.stream()
            .filter(known -> known.event().id().equals(movedSessionId))
            .findFirst()
            .orElseThrow();
    assertThat(moved.rescheduled()).isTrue();
    assertThat(moved.event().requireStart().getDayOfMonth()).isEqualTo(10);
    assertThat(moved.previousStart())
        .hasValueSatisfying(previous -> assertThat(previous.getDayOfMonth()).isEqualTo(9));
  }

  private Pipeline.FetchPass fetch(Config config) {
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      return pipeline.fetchSources(config.sources(), SUNDAY_EVENING);
    }
  }

  private List<KnownEvent> stored() throws IOException {
    try (Pipeline pipeline = Pipeline.open(config(), Clock.systemUTC())) {
      return pipeline.store().events().all();
    }
  }

  private static Event only(List<KnownEvent> stored, String titleWord) {
    List<Event> found =
        stored.stream()
            .map(KnownEvent::event)
            .filter(event -> event.title().toLowerCase(java.util.Locale.ROOT).contains(titleWord))
            .toList();
    assertThat(found).as("events titled with '%s'", titleWord).hasSize(1);
    return found.get(0);
  }

  private Config config() throws IOException {
    return ConfigFolder.at(dir)
        .fetchFromLoopback("requestTimeout: 2s")
        .sources(
            """
              - id: hr-feed
                url: %1$s/feed.rss
                language: it
              - id: hr-page
                url: %1$s/eventi/seminario-welfare
                type: page
              - id: hr-calendar
                url: %1$s/calendar.ics
                type: ics
            """
                .formatted(site.origin()))
        .load();
  }
}
