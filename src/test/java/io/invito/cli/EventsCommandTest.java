package io.invito.cli;

import static io.invito.cli.CliRun.invito;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invito.config.ConfigLoader;
import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.Rejection;
import io.invito.store.Store;
import io.invito.testing.ConfigFolder;
import io.invito.testing.EventBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invito events list} as a user reads it: what changed on each event is on its line. */
class EventsCommandTest {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final ZonedDateTime THURSDAY = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, ROME);
  private static final Instant MONDAY = Instant.parse("2026-11-30T07:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-12-01T07:00:00Z");

  @TempDir Path dir;

  @BeforeEach
  void writeConfig() throws IOException {
    ConfigFolder.at(dir).write();
  }

  @Test
  void showsARescheduledEventWithItsOldTimeAndACancelledOneInCapitals() {
    storeOnMondayAndTuesday(
        List.of(
            event("excel", "Corso Excel avanzato", THURSDAY, EventStatus.SCHEDULED),
            event("brexit", "Webinar: export dopo la Brexit", THURSDAY, EventStatus.SCHEDULED),
            event("ai", "Webinar: AI per le PMI", THURSDAY, EventStatus.SCHEDULED)),
        List.of(
            event("excel", "Corso Excel avanzato", THURSDAY.plusDays(1), EventStatus.SCHEDULED),
            event("brexit", "Webinar: export dopo la Brexit", THURSDAY, EventStatus.CANCELLED)));

    CliRun result = invito("events", "list", "--config", dir.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("START ");
    assertThat(line(result, "Corso Excel avanzato"))
        .startsWith("2026-12-04 18:00 +01:00")
        .contains("rescheduled (was 2026-12-03 18:00 +01:00)");
    assertThat(line(result, "export dopo la Brexit"))
        .contains("CANCELLED")
        .doesNotContain("rescheduled");
    assertThat(line(result, "AI per le PMI"))
        .contains("scheduled")
        .doesNotContain("CANCELLED")
        .contains("webinar")
        .contains("rss")
        .contains("https://example.it/eventi/ai");
  }

  @Test
  void listsRejectedItemsWithTheirReasonOneLineEach() {
    try (Store store = Store.open(ConfigLoader.load(dir).storeUrl())) {
      store
          .events()
          .saveRejections(
              List.of(
                  new Rejection(
                      "blog",
                      "Come organizzare un webinar B2B che porta contatti qualificati\ne clienti nuovi",
                      Optional.of(URI.create("https://blog.example.it/webinar-b2b")),
                      "looks like an article, not an event (\"in questo articolo\")")),
              MONDAY);
    }

    CliRun result = invito("events", "list", "--rejected", "--config", dir.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out().strip().lines())
        .hasSize(2)
        .first()
        .asString()
        .matches("SOURCE +TITLE +REASON +URL");
    assertThat(result.out().strip().lines())
        .last()
        .asString()
        .startsWith("blog ")
        .contains("Come organizzare un webinar B2B")
        .contains("looks like an article, not an event (\"in questo articolo\")")
        .contains("https://blog.example.it/webinar-b2b");
  }

  @Test
  void showsTimesInTheOwnersZoneWithTheOffsetAndGivesJsonOnAsking() throws Exception {
    ZonedDateTime inNewYork =
        ZonedDateTime.of(2026, 12, 3, 12, 0, 0, 0, ZoneId.of("America/New_York"));
    try (Store store = Store.open(ConfigLoader.load(dir).storeUrl())) {
      store
          .events()
          .upsert(
              List.of(event("nyc", "Webinar from New York", inNewYork, EventStatus.SCHEDULED)),
              MONDAY);
    }

    CliRun text = invito("events", "list", "--config", dir.toString());
    CliRun json = invito("events", "list", "--json", "--config", dir.toString());

    // Noon in New York is six in the evening in Rome, the owner's zone, and the offset says so.
    assertThat(line(text, "Webinar from New York")).startsWith("2026-12-03 18:00 +01:00");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode events = new ObjectMapper().readTree(json.out());
    assertThat(events).hasSize(1);
    assertThat(events.get(0).get("start").asText()).isEqualTo("2026-12-03T18:00:00+01:00");
    assertThat(events.get(0).get("title").asText()).isEqualTo("Webinar from New York");
    assertThat(events.get(0).get("kinds").get(0).asText()).isEqualTo("webinar");
    assertThat(events.get(0).get("url").asText()).isEqualTo("https://example.it/eventi/nyc");
  }

  @Test
  void listsFromTheListingTableWhatTheDocumentsListWhenARuleReadsTheText() throws IOException {
    storeOnMondayAndTuesday(
        List.of(
            event("excel", "Corso Excel avanzato", THURSDAY, EventStatus.SCHEDULED),
            event("ai", "Webinar: AI per le PMI", THURSDAY, EventStatus.SCHEDULED),
            EventBuilder.from(
                    event("rec", "Registrazione: bilanci", THURSDAY, EventStatus.SCHEDULED))
                .onDemand()
                .kinds()
                .url(null)
                .sources("rss", "ics")
                .build()),
        List.of(
            event("excel", "Corso Excel avanzato", THURSDAY.plusDays(1), EventStatus.SCHEDULED),
            event("ai", "Webinar: AI per le PMI", THURSDAY, EventStatus.POSTPONED)));
    String onlyWebinars = "keep:\n  kinds: [webinar]\n";
    ConfigFolder.at(dir).section(onlyWebinars).write();
    CliRun text = invito("events", "list", "--config", dir.toString());
    CliRun json = invito("events", "list", "--json", "--config", dir.toString());

    // A word no event names: each event's description is read, from its document.
    ConfigFolder.at(dir).section(onlyWebinars + "  block: [zzzz]\n").write();
    CliRun textFromDocuments = invito("events", "list", "--config", dir.toString());
    CliRun jsonFromDocuments = invito("events", "list", "--json", "--config", dir.toString());

    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("left out by keep.kinds [webinar]: it is no kind");
    assertThat(text.out().lines()).hasSize(5);
    assertThat(textFromDocuments.out()).isEqualTo(text.out());
    assertThat(jsonFromDocuments.out()).isEqualTo(json.out());
  }

  @Test
  void saysSoWhenNothingIsStoredYet() {
    CliRun result = invito("events", "list", "--config", dir.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("No events stored yet");
  }

  private void storeOnMondayAndTuesday(List<Event> monday, List<Event> tuesday) {
    try (Store store = Store.open(ConfigLoader.load(dir).storeUrl())) {
      store.events().upsert(monday, MONDAY);
      store.events().upsert(tuesday, TUESDAY);
    }
  }

  private static String line(CliRun result, String title) {
    return Arrays.stream(result.out().split("\n"))
        .filter(line -> line.contains(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + title + " in:\n" + result.out()));
  }

  private static Event event(String id, String title, ZonedDateTime start, EventStatus status) {
    return EventBuilder.webinar()
        .id(id)
        .title(title)
        .url("https://example.it/eventi/" + id)
        .start(start)
        .status(status)
        .sources("rss")
        .build();
  }
}
