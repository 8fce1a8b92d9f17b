package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Config;
import io.invito.model.KnownEvent;
import io.invito.testing.ConfigFolder;
import io.invito.testing.HostileDocuments;
import io.invito.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs a fault trial used to stop or corrupt whole runs, served together with good sources
 * over loopback into a real H2 store: a calendar of 5,000 nested VALARMs, a 15 MiB page of 45,000
 * JSON-LD events, a feed with one bad byte, a contacts row whose id has "..", a contact whose draft
 * folder cannot be written, and a source that disappears between runs. Each gives its stated
 * outcome, and the good sources' events, the other contacts' drafts and the digest are complete.
 */
class HostileInputIT {
  private static final Instant SUNDAY_EVENING = Instant.parse("2026-11-29T17:00:00Z");
  private static final Instant MONDAY_EVENING = Instant.parse("2026-11-30T17:00:00Z");
  private static final Path SITE = Path.of("src/test/resources/site");
  private static final String WELFARE = "Seminario welfare aziendale per le PMI del territorio";

  @TempDir Path dir;
  private TestServer site;
  private volatile boolean welfarePageGone;
  private byte[] badByteFeed;
  private int badByteAt;

  @BeforeEach
  void startSite() throws IOException {
    byte[] agenda = HostileDocuments.jsonLdPage(45_000, LocalDate.of(2027, 6, 1), 330);
    assertThat(agenda.length).isBetween(14_000_000, 15 * 1024 * 1024);
    badByteFeed();
    site =
        new TestServer()
            .file("/corsi.rss", SITE.resolve("corsi.rss"), "application/rss+xml")
            .file("/launch.html", SITE.resolve("launch.html"), "text/html; charset=utf-8")
            .route(
                "/alarms.ics",
                exchange ->
                    TestServer.send(
                        exchange,
                        200,
                        HostileDocuments.nestedAlarms(5_000, LocalDate.of(2026, 12, 3)),
                        "Content-Type",
                        "text/calendar"))
            .route(
                "/agenda.html",
                exchange -> TestServer.send(exchange, 200, agenda, "Content-Type", "text/html"))
            .route(
                "/bad-byte.rss",
                exchange ->
                    TestServer.send(
                        exchange, 200, badByteFeed, "Content-Type", "application/rss+xml"))
            .route(
                "/welfare.html",
                exchange -> {
                  if (welfarePageGone) {
                    TestServer.send(exchange, 404, "gone", "Content-Type", "text/plain");
                  } else {
                    TestServer.send(exchange, 200, welfarePage(), "Content-Type", "text/html");
                  }
                })
            .route(
                "/welfare.ics",
                exchange ->
                    TestServer.send(
                        exchange, 200, welfareCalendar(), "Content-Type", "text/calendar"));
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  /** A feed of two webinars whose UTF-8 has one Latin-1 byte in the second item's description. */
  private void badByteFeed() {
    String before =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            + "<title>Eventi</title><link>https://eventi.example/</link>"
            + "<item><title>Webinar: la sicurezza informatica in città, perché conviene</title>"
            + "<link>https://eventi.example/citta</link>"
            + "<description>Webinar gratuito giovedì 3 dicembre 2026 ore 17:00 su Zoom.</description>"
            + "</item><item><title>Webinar: cloud e perché migrare</title>"
            + "<link>https://eventi.example/cloud</link><description>Webinar l";
    String after =
        "unedì 30 novembre? No: venerdì 4 dicembre 2026 ore 11:00 su Teams.</description>"
            + "</item></channel></rss>";
    ByteArrayOutputStream feed = new ByteArrayOutputStream();
    feed.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    badByteAt = feed.size();
    feed.write(0xB4);
    feed.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    badByteFeed = feed.toByteArray();
  }

  private String welfarePage() {
    return "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"Event\",\"name\":\""
        + WELFARE
        + "\",\"startDate\":\"2026-12-04T16:00:00Z\",\"url\":\""
        + site.origin()
        + "/welfare.html\",\"eventAttendanceMode\":\"https://schema.org/OnlineEventAttendanceMode\","
        + "\"location\":{\"@type\":\"VirtualLocation\",\"url\":\"https://zoom.us/j/1\"},"
        + "\"description\":\"Webinar online sul welfare aziendale, con domande in chat.\"}"
        + "</script></head><body></body></html>";
  }

  private static String welfareCalendar() {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//welfare//IT\r\nBEGIN:VEVENT\r\n"
        + "UID:welfare-2026@calendar.example\r\nDTSTAMP:20261101T000000Z\r\n"
        + "DTSTART:20261204T160000Z\r\nDURATION:PT1H\r\nSUMMARY:"
        + WELFARE
        + "\r\nDESCRIPTION:Webinar online su Zoom sul welfare aziendale.\r\n"
        + "END:VEVENT\r\nEND:VCALENDAR\r\n";
  }

  private Config config() throws IOException {
    return ConfigFolder.at(dir)
        .fetchFromLoopback("requestTimeout: 20s", "hostSpacing: 0s")
        .sources(
            """
              - id: corsi
                url: %1$s/corsi.rss
                language: it
              - id: ledgerly
                url: %1$s/launch.html
                type: page
              - id: alarms
                url: %1$s/alarms.ics
                type: ics
              - id: agenda
                url: %1$s/agenda.html
                type: page
              - id: badbyte
                url: %1$s/bad-byte.rss
              - id: welfare-page
                url: %1$s/welfare.html
                type: page
              - id: welfare-calendar
                url: %1$s/welfare.ics
                type: ics
            """
                .formatted(site.origin()))
        .contacts(
            ConfigFolder.MARCO,
            ConfigFolder.ANNA,
            "a..b,Evil,Dots,evil@example.it,sicurezza informatica,it,Europe/Rome,tu,email",
            "giada-verdi,Giada,Verdi,giada@example.it,welfare aziendale,it,Europe/Rome,tu,email")
        .load();
  }

  @Test
  void everyHostileInputGivesItsOutcomeAndTheRestOfTheRunIsComplete() throws IOException {
    Config config = config();
    // Anna's drafts cannot be written: a file stands where her folder goes.
    Path annasFolder = dir.resolve("out/invites/2026-W49/anna-smith");
    Files.createDirectories(annasFolder.getParent());
    Files.writeString(annasFolder, "not a folder\n");

    RunSummary summary;
    List<KnownEvent> stored;
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      summary = pipeline.runOnce(SUNDAY_EVENING);
      stored = pipeline.store().events().all();
    }

    assertThat(summary.sources()).noneMatch(SourceReport::failed);
    assertThat(report(summary, "corsi").events()).isEqualTo(1);
    assertThat(report(summary, "ledgerly").events()).isEqualTo(1);
    // The calendar: the events around the trap are read, the nesting is named.
    assertThat(report(summary, "alarms").events()).isGreaterThanOrEqualTo(2);
    assertThat(titles(stored))
        .contains(
            "Webinar: cybersecurity before the trap", "Webinar: cloud security after the trap");
    assertThat(summary.warnings())
        .anyMatch(w -> w.startsWith("source alarms: the calendar nests components 5002 deep"));
    // The 15 MiB page: read up to the limit per document, said so.
    SourceReport agenda = report(summary, "agenda");
    assertThat(agenda.events() + agenda.rejected()).isEqualTo(5_000);
    assertThat(summary.warnings())
        .contains(
            "source agenda: the document has 45000 items; kept the first 5000 (the limit per"
                + " document)");
    // One bad byte: that byte repaired, every other accent intact, the offset named.
    assertThat(titles(stored))
        .contains("Webinar: la sicurezza informatica in città, perché conviene")
        .contains("Webinar: cloud e perché migrare");
    assertThat(summary.warnings())
        .contains(
            "source badbyte: the body is not valid UTF-8 at byte "
                + badByteAt
                + "; read those bytes as windows-1252 and the rest as UTF-8");
    // The contact id with "..": refused where contacts.csv is read, with its line and value.
    assertThat(summary.warnings())
        .contains(
            "contacts.csv: line 4: id 'a..b' has '..', which cannot be part of a folder name;"
                + " row skipped");
    // Anna's folder: her drafts fail alone, with a warning; the others are written.
    assertThat(summary.warnings()).anyMatch(w -> w.startsWith("drafts for anna-smith to event "));
    assertThat(files(dir.resolve("out/invites/2026-W49/marco-rossi"))).isNotEmpty();
    assertThat(files(dir.resolve("out/invites/2026-W49/giada-verdi"))).isNotEmpty();
    assertThat(dir.resolve("out/invites/2026-W49/index.md")).exists();
    String digest = Files.readString(dir.resolve("out/digest/2026-W49.md"));
    assertThat(digest)
        .contains("sicurezza informatica per studi professionali")
        .contains("Ledgerly")
        .contains("before the trap")
        .contains("in città, perché conviene")
        .contains(WELFARE);
  }

  @Test
  void anEventWhosePageDisappearsIsNotStoredOrInvitedTwice() throws IOException {
    Config config = config();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.runOnce(SUNDAY_EVENING);
    }
    welfarePageGone = true;
    RunSummary second;
    List<KnownEvent> stored;
    long giadasDrafts;
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      second = pipeline.runOnce(MONDAY_EVENING);
      stored = pipeline.store().events().all();
      giadasDrafts =
          pipeline.store().invitations().all().stream()
              .filter(invitation -> invitation.contactId().equals("giada-verdi"))
              .count();
    }

    assertThat(report(second, "welfare-page").error())
        .hasValueSatisfying(error -> assertThat(error).contains("404"));
    assertThat(titles(stored)).filteredOn(WELFARE::equals).hasSize(1);
    assertThat(giadasDrafts).isEqualTo(1);
  }

  private static List<String> titles(List<KnownEvent> stored) {
    return stored.stream().map(known -> known.event().title()).toList();
  }

  private static SourceReport report(RunSummary summary, String id) {
    return summary.sources().stream()
        .filter(report -> report.sourceId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.list(folder)) {
      return walk.toList();
    }
  }
}
