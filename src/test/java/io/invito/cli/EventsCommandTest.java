package io.invito.cli;

import static io.invito.cli.CliResult.invito;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.ConfigLoader;
import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.Rejection;
import io.invito.store.Store;
import io.invito.testing.EventBuilder;
import io.invito.testing.TestFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
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
    Files.writeString(
        dir.resolve("invito.yaml"),
        """
        owner:
          name: Giulia Bianchi
          email: giulia@example.it
          signature: Giulia
          language: it
          timeZone: Europe/Rome
        store:
          path: data/invito
        """);
    Files.writeString(dir.resolve("sources.yaml"), "sources: []\n");
    Files.writeString(
        dir.resolve("contacts.csv"),
        "id,first_name,last_name,email,interests,languages,time_zone,formality,channel\n");
    TestFiles.copyTree(Path.of("config/templates"), dir.resolve("templates"));
  }

  @Test
  void showsARescheduledEventWithItsOldTimeAndACancelledOneInCapitals() {
    try (Store store = Store.open(ConfigLoader.load(dir).storeUrl())) {
      store
          .events()
          .upsert(
              List.of(
                  event("excel", "Corso Excel avanzato", THURSDAY, EventStatus.SCHEDULED),
                  event(
                      "brexit", "Webinar: export dopo la Brexit", THURSDAY, EventStatus.SCHEDULED),
                  event("ai", "Webinar: AI per le PMI", THURSDAY, EventStatus.SCHEDULED)),
              MONDAY);
      store
          .events()
          .upsert(
              List.of(
                  event(
                      "excel", "Corso Excel avanzato", THURSDAY.plusDays(1), EventStatus.SCHEDULED),
                  event(
                      "brexit", "Webinar: export dopo la Brexit", THURSDAY, EventStatus.CANCELLED)),
              TUESDAY);
    }

    CliResult result = invito("events", "list", "--config", dir.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(line(result, "Corso Excel avanzato"))
        .startsWith("2026-12-04 18:00 Europe/Rome")
        .contains("rescheduled (was 2026-12-03 18:00)");
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

    CliResult result = invito("events", "list", "--rejected", "--config", dir.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out().strip().lines())
        .singleElement()
        .asString()
        .startsWith("blog ")
        .contains("Come organizzare un webinar B2B")
        .contains("looks like an article, not an event (\"in questo articolo\")")
        .contains("https://blog.example.it/webinar-b2b");
  }

  @Test
  void saysSoWhenNothingIsStoredYet() {
    CliResult result = invito("events", "list", "--config", dir.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("No events stored yet");
  }

  private static String line(CliResult result, String title) {
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
