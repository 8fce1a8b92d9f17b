package io.invito.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import io.invito.testing.EventBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The week's .ics reads back with ical4j and carries the right events, safely. */
class CalendarRendererTest {
  @TempDir Path out;

  private Calendar written(Digest digest) throws IOException, ParserException {
    Path file = new DigestWriter(out).write(digest).get(2);
    return new CalendarBuilder()
        .build(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElse(null);
  }

  @Test
  void parsesWithIcal4jAndCarriesEveryEventOfTheWeekInOrder() throws Exception {
    Calendar calendar = written(DigestFixtures.digest(Language.EN));
    List<VEvent> events = calendar.getComponents("VEVENT");

    assertThat(calendar.getProperty("METHOD").map(Property::getValue)).hasValue("PUBLISH");
    assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue))
        .hasValue("invito — week 2026-W49");
    assertThat(events)
        .extracting(event -> value(event, "UID"))
        .containsExactly(
            "ev-rag-workshop@invito",
            "ev-product-demo@invito",
            "ev-cloud-security@invito",
            "ev-meetup@invito");
    VEvent cloud = events.get(2);
    assertThat(value(cloud, "SUMMARY")).isEqualTo(DigestFixtures.CLOUD.event().title());
    assertThat(value(cloud, "DTSTART")).isEqualTo("20261203T170000Z");
    assertThat(value(cloud, "DTEND")).isEqualTo("20261203T183000Z");
    assertThat(value(cloud, "DTSTAMP")).isEqualTo("20261128T080000Z");
    assertThat(value(cloud, "URL")).isEqualTo("https://example.org/eventi/cloud-security");
    assertThat(value(cloud, "LOCATION")).isEqualTo("Zoom");
    assertThat(value(cloud, "DESCRIPTION"))
        .contains("Kind: webinar\n")
        .contains("Where: online: Zoom\n")
        .contains("Suggested contacts: Marco Rossi, Anna Taylor")
        .doesNotContain("NEW");
    assertThat(value(events.get(0), "DESCRIPTION")).startsWith("RESCHEDULED: ");
    VEvent meetup = events.get(3);
    assertThat(value(meetup, "STATUS")).isEqualTo("CANCELLED");
    assertThat(value(meetup, "URL")).as("ftp: is not a link to give").isNull();
    assertThat(value(cloud, "STATUS")).isNull();
  }

  @Test
  void namesTheCalendarInTheOwnersLanguage() throws Exception {
    Calendar calendar = written(DigestFixtures.digest(Language.IT));

    assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue))
        .hasValue("invito — settimana 2026-W49");
    assertThat(value(calendar.<VEvent>getComponents("VEVENT").get(2), "DESCRIPTION"))
        .contains("Tipo: webinar\n")
        .contains("Da invitare: Marco Rossi, Anna Taylor");
  }

  /**
   * ical4j's full check applies iTIP, whose PUBLISH wants an ORGANIZER address feeds never give;
   * every event is valid by RFC 5545 itself, and that rule is the only complaint.
   */
  @Test
  void validatesEveryEventAndMissesOnlyTheOrganizerAddress() throws Exception {
    Calendar calendar = written(DigestFixtures.digest(Language.IT));

    for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
      assertThat(event.validate(false).getEntries()).as(value(event, "UID")).isEmpty();
    }
    assertThat(calendar.validate().getEntries())
        .extracting(ValidationEntry::getMessage)
        .allSatisfy(message -> assertThat(message).contains("ORGANIZER"));
  }

  @Test
  void writesAnEmptyWeekAsAFullyValidCalendarWithNoEvents() throws Exception {
    for (Language language : Language.values()) {
      Calendar calendar = written(DigestFixtures.empty(language));

      assertThat(calendar.getComponents("VEVENT")).isEmpty();
      assertThat(calendar.validate().getEntries()).isEmpty();
    }
  }

  @Test
  void writesAnAllDayEventAsDatesWithAnExclusiveEnd() throws Exception {
    Event conference =
        event("ev-conf", "Conferenza nazionale", "https://example.org/c", EventStatus.POSTPONED);
    Event allDay =
        EventBuilder.from(conference)
            .start(LocalDate.of(2026, 12, 4).atStartOfDay(DigestFixtures.ROME))
            .end(LocalDate.of(2026, 12, 6).atStartOfDay(DigestFixtures.ROME))
            .allDay(true)
            .build();

    VEvent written = written(digestOf(allDay)).<VEvent>getComponents("VEVENT").get(0);

    assertThat(written.getProperty("DTSTART").orElseThrow().toString())
        .isEqualTo("DTSTART;VALUE=DATE:20261204\r\n");
    assertThat(value(written, "DTEND")).isEqualTo("20261206");
    assertThat(value(written, "STATUS")).isEqualTo("TENTATIVE");
  }

  @Test
  void listsARecordingUnderWatchAnyTimeAndLeavesItOutOfTheCalendar() throws Exception {
    Event recording =
        EventBuilder.from(
                event(
                    "ev-replay",
                    "Corso on demand: contabilità",
                    "https://example.org/replay",
                    EventStatus.SCHEDULED))
            .onDemand()
            .build();
    Event dated =
        event("ev-live", "Webinar dal vivo", "https://example.org/live", EventStatus.SCHEDULED);
    Digest digest =
        new Digest(
            DigestFixtures.WEEK,
            DigestFixtures.owner(Language.IT),
            DigestFixtures.GENERATED,
            List.of(entry(recording), entry(dated)),
            DigestFixtures.sources(),
            DigestFixtures.PREVIOUS);

    List<VEvent> events = written(digest).getComponents("VEVENT");
    String markdown = Files.readString(new DigestWriter(out).write(digest).get(0));

    assertThat(events).extracting(event -> value(event, "UID")).containsExactly("ev-live@invito");
    assertThat(markdown)
        .contains("### Da guardare quando vuoi")
        .contains("nessuna data da segnare");
    assertThat(markdown.indexOf("Webinar dal vivo"))
        .as("dated events first, the recordings after them")
        .isLessThan(markdown.indexOf("Corso on demand"));
  }

  private static Digest.Entry entry(Event event) {
    return new Digest.Entry(
        EventBuilder.from(event)
            .known(Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:00Z")),
        List.of());
  }

  @Test
  void keepsFeedTextLiteralAndGivesOnlyWebLinks() throws Exception {
    String title = "Ç'è; a,b \\ <script>alert(1)</script>\nBEGIN:VEVENT\r\nUID:evil 😀";
    Event evil = event("ev-evil", title, "javascript:alert(1)", EventStatus.SCHEDULED);

    Path file = new DigestWriter(out).write(digestOf(evil)).get(2);
    VEvent written = written(digestOf(evil)).<VEvent>getComponents("VEVENT").get(0);

    assertThat(value(written, "SUMMARY"))
        .isEqualTo("Ç'è; a,b \\ <script>alert(1)</script> BEGIN:VEVENT UID:evil 😀");
    assertThat(value(written, "UID")).isEqualTo("ev-evil@invito");
    assertThat(value(written, "URL")).isNull();
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .filteredOn(line -> line.startsWith("BEGIN:VEVENT"))
        .hasSize(1);
  }

  @Test
  void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacter() throws Exception {
    String title = "Perché è così: 😀 ".repeat(12).strip();
    Path file =
        new DigestWriter(out)
            .write(digestOf(event("ev-long", title, null, EventStatus.SCHEDULED)))
            .get(2);
    byte[] bytes = Files.readAllBytes(file);

    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
    assertThat(
            value(
                written(digestOf(event("ev-long", title, null, EventStatus.SCHEDULED)))
                    .<VEvent>getComponents("VEVENT")
                    .get(0),
                "SUMMARY"))
        .isEqualTo(title);
  }

  @Test
  void foldsByOctetsAndKeepsLinesThatFit() {
    String line = "X:" + "é".repeat(40);

    String folded = io.invito.output.IcsLines.refold("A:short\r\n" + line + "\r\n");

    assertThat(folded)
        .startsWith("A:short\r\nX:" + "é".repeat(36) + "\r\n " + "é".repeat(4))
        .endsWith("\r\n");
  }

  private static Event event(String id, String title, String url, EventStatus status) {
    return DigestFixtures.event(
            id, LocalDateTime.of(2026, 12, 3, 18, 0).atZone(DigestFixtures.ROME))
        .title(title)
        .url(url)
        .platform("Zoom")
        .free(true)
        .organizer("Org")
        .status(status)
        .sources("src")
        .build();
  }

  private static Digest digestOf(Event event) {
    KnownEvent known =
        EventBuilder.from(event)
            .known(Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:00Z"));
    return new Digest(
        DigestFixtures.WEEK,
        DigestFixtures.owner(Language.IT),
        DigestFixtures.GENERATED,
        List.of(new Digest.Entry(known, List.of())),
        DigestFixtures.sources(),
        DigestFixtures.PREVIOUS);
  }
}
