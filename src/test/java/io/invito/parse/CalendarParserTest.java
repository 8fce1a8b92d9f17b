package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Attendance;
import io.invito.model.EventStatus;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalendarParserTest {
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  private final Extractor extractor = new Extractor(NOW);

  @Test
  void readsZonedFloatingAllDayAndCancelledEvents() {
    Extraction calendar =
        extractor.extract(
            Fixtures.input("ics/formazione.ics", "https://odcec.example/formazione.ics"));

    assertThat(calendar.format()).isEqualTo("ics");
    assertThat(calendar.error()).isEmpty();
    RawEvent webinar = byUid(calendar, "fc-2026-101@odcec.example");
    assertThat(iso(webinar.start())).isEqualTo("2026-12-10T17:30:00+01:00");
    assertThat(iso(webinar.end())).isEqualTo("2026-12-10T19:00:00+01:00");
    assertThat(webinar.start().flatMap(EventTime::findZone).map(Object::toString))
        .contains("Europe/Rome");
    assertThat(webinar.provenance())
        .containsEntry("start", "ics")
        .containsEntry("startZone", "stated");
    assertThat(webinar.description())
        .isEqualTo(
            "Diretta online con domande dal vivo. Iscrizioni sul sito dell'Ordine, posti illimitati.");
    assertThat(webinar.joinUrl()).contains(URI.create("https://zoom.us/j/9876543210"));
    assertThat(webinar.attendance()).isEqualTo(Attendance.ONLINE);
    assertThat(webinar.url()).contains(URI.create("https://odcec.example/formazione/irpef-2026"));
    assertThat(webinar.organizer()).contains("Ordine dei Commercialisti di Milano");
    assertThat(webinar.types()).containsExactly("Webinar", "Fisco");
    assertThat(webinar.language()).contains("it");

    RawEvent floating = byUid(calendar, "fc-2026-102@odcec.example");
    assertThat(iso(floating.start()))
        .as("floating: the calendar's X-WR-TIMEZONE")
        .isEqualTo("2026-12-15T10:00:00+01:00");
    assertThat(floating.provenance()).containsEntry("startZone", "source");
    assertThat(floating.location()).contains("Sala Conferenze, Via Pattari 6, Milano");

    RawEvent allDay = byUid(calendar, "fc-2026-103@odcec.example");
    assertThat(iso(allDay.start())).isEqualTo("2027-01-18");
    assertThat(iso(allDay.end()))
        .as("DTEND is exclusive: the last day is the 19th")
        .isEqualTo("2027-01-19");

    assertThat(byUid(calendar, "fc-2026-104@odcec.example").status())
        .isEqualTo(EventStatus.CANCELLED);
  }

  @Test
  void leavesFloatingTimesFloatingWhenTheSourceHasAZoneOfItsOwn() {
    Extraction calendar =
        extractor.extract(
            Fixtures.input(
                "ics/formazione.ics", "https://odcec.example/formazione.ics", "Europe/London"));

    // The source's zone wins over X-WR-TIMEZONE; the event stage applies it, so it stays unstated.
    RawEvent floating = byUid(calendar, "fc-2026-102@odcec.example");
    assertThat(iso(floating.start())).isEqualTo("2026-12-15T10:00:00");
    assertThat(floating.start().map(EventTime::zoneStated)).contains(false);
    assertThat(floating.provenance()).containsEntry("startZone", "floating");
  }

  @Test
  void expandsAWeeklyRuleWithinTheHorizonSkippingExcludedDates() {
    Extraction calendar =
        extractor.extract(
            Fixtures.input("ics/formazione.ics", "https://odcec.example/formazione.ics"));

    List<String> starts =
        calendar.events().stream()
            .filter(event -> event.uid().orElse("").startsWith("fc-2026-105@odcec.example/"))
            .map(event -> iso(event.start()))
            .toList();
    assertThat(starts)
        .containsExactly(
            "2026-12-03T18:00:00+01:00",
            "2026-12-10T18:00:00+01:00",
            "2026-12-17T18:00:00+01:00",
            "2027-01-07T18:00:00+01:00",
            "2027-01-14T18:00:00+01:00",
            "2027-01-21T18:00:00+01:00",
            "2027-01-28T18:00:00+01:00",
            "2027-02-04T18:00:00+01:00");
    RawEvent first =
        calendar.events().stream()
            .filter(event -> event.uid().orElse("").startsWith("fc-2026-105"))
            .findFirst()
            .get();
    assertThat(iso(first.end())).isEqualTo("2026-12-03T19:30:00+01:00");
    assertThat(first.joinUrl()).contains(URI.create("https://meet.google.com/xyz-abcd-efg"));
    assertThat(first.location()).as("a bare link is where to join, not a place").isEmpty();
  }

  @Test
  void keepsTheWallClockOfAWeeklyEventAcrossTheSpringDstChange() {
    Extraction calendar =
        calendar(
            "BEGIN:VEVENT",
            "UID:dst@example",
            "DTSTART;TZID=Europe/Rome:20270318T180000",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "SUMMARY:Meetup",
            "END:VEVENT");

    assertThat(calendar.events())
        .extracting(event -> iso(event.start()))
        .containsExactly(
            "2027-03-18T18:00:00+01:00", "2027-03-25T18:00:00+01:00", "2027-04-01T18:00:00+02:00");
  }

  @Test
  void readsAnUnknownTzidAsFloatingAndSaysSo() {
    Extraction calendar =
        calendar(
            "BEGIN:VEVENT",
            "UID:odd@example",
            "DTSTART;TZID=Foo/Bar:20261210T173000",
            "SUMMARY:Odd zone",
            "END:VEVENT");

    assertThat(calendar.events())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(iso(event.start())).isEqualTo("2026-12-10T17:30:00");
              assertThat(event.provenance()).containsEntry("startZone", "floating");
            });
    assertThat(calendar.warnings()).anyMatch(warning -> warning.contains("Foo/Bar"));
  }

  @Test
  void replacesTheOccurrenceARecurrenceIdNamesInAnotherZone() {
    // The series is on Rome time; the moved occurrence names its original slot in UTC (17:00Z
    // is 18:00 in Rome) and in New York time (12:00 EST is 18:00 in Rome).
    Extraction calendar =
        calendar(
            "BEGIN:VEVENT",
            "UID:series@example",
            "DTSTART;TZID=Europe/Rome:20261203T180000",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "SUMMARY:Weekly",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:series@example",
            "RECURRENCE-ID:20261210T170000Z",
            "DTSTART;TZID=Europe/Rome:20261211T180000",
            "SUMMARY:Weekly (moved)",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:series@example",
            "RECURRENCE-ID;TZID=America/New_York:20261217T120000",
            "DTSTART;TZID=Europe/Rome:20261218T090000",
            "SUMMARY:Weekly (moved again)",
            "END:VEVENT");

    assertThat(calendar.events())
        .extracting(event -> iso(event.start()))
        .containsExactly(
            "2026-12-03T18:00:00+01:00", "2026-12-11T18:00:00+01:00", "2026-12-18T09:00:00+01:00");
    assertThat(calendar.events())
        .extracting(event -> event.uid().orElse(null))
        .containsExactly(
            "series@example/2026-12-03T18:00",
            "series@example/2026-12-10T18:00",
            "series@example/2026-12-17T18:00");
  }

  /**
   * Reads a calendar made of the given content lines (its events), joined as iCalendar joins them.
   */
  private Extraction calendar(String... lines) {
    String ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
    return extractor.extract(
        ParseInput.of(
            "test", URI.create("https://x.example/"), ics.getBytes(StandardCharsets.UTF_8)));
  }

  private static RawEvent byUid(Extraction calendar, String uid) {
    return calendar.events().stream()
        .filter(event -> event.uid().equals(Optional.of(uid)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + uid));
  }

  private static String iso(Optional<EventTime> time) {
    return time.map(EventTime::iso).orElse(null);
  }
}
