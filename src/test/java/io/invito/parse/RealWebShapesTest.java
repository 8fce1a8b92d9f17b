package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes found on real pages, feeds and calendars that a stricter reader refuses: iCalendar's basic
 * ISO form in hCalendar, unpadded dates, JSON-LD keys without their {@code @}, types given only as
 * {@code additionalType}, several calendars in one file, and feeds that declare the {@code xml:}
 * prefix.
 */
class RealWebShapesTest {
  private final Extractor extractor =
      new Extractor(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "19970903T163000Z, 1997-09-03T16:30:00Z",
    "20090225T1305-0500, 2009-02-25T13:05:00-05:00",
    "20080818, 2008-08-18",
    "2018-7-19, 2018-07-19",
    "2018-07-19T18:00:00+02:00, 2018-07-19T18:00:00+02:00",
  })
  void readsTheDateFormsHCalendarPagesWrite(String written, String expected) {
    Extraction page =
        read(
            "<html><body><div class=\"vevent h-event\"><span class=\"summary p-name\">Incontro"
                + "</span> <abbr class=\"dtstart dt-start\" title=\""
                + written
                + "\">il giorno</abbr></div></body></html>");

    assertThat(page.events()).singleElement().extracting(this::start).isEqualTo(expected);
  }

  @Test
  void readsJsonLdWhoseKeysLackTheirAtSign() {
    Extraction page =
        read(
            "<html><head><script type=\"application/ld+json\">{\"context\":\"https://schema.org\","
                + "\"type\":\"Event\",\"id\":\"https://x.test/e\",\"name\":\"Senza chiocciola\","
                + "\"startDate\":\"2027-01-14T15:00:00+01:00\"}</script></head><body></body></html>");

    assertThat(page.events())
        .singleElement()
        .extracting(RawEvent::title)
        .isEqualTo("Senza chiocciola");
  }

  @Test
  void readsAnEventTypedOnlyByAdditionalType() {
    Extraction page =
        read(
            "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Thing\",\"additionalType\":\"https://schema.org/EducationEvent\","
                + "\"name\":\"Corso base\",\"startDate\":\"2027-02-01T09:00:00+01:00\"}</script>"
                + "</head><body></body></html>");

    assertThat(page.events()).singleElement().extracting(RawEvent::title).isEqualTo("Corso base");
  }

  @Test
  void readsEveryCalendarOfAFileThatHoldsSeveral() {
    String calendar =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//IT\r\nBEGIN:VEVENT\r\nUID:%s\r\n"
            + "DTSTAMP:20261101T000000Z\r\nDTSTART:%s\r\nSUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    Extraction file =
        extractor.extract(
            ParseInput.of(
                "two.ics",
                URI.create("https://x.test/two.ics"),
                (String.format(calendar, "a@x", "20270114T140000Z", "Primo")
                        + String.format(calendar, "b@x", "20270115T140000Z", "Secondo"))
                    .getBytes(StandardCharsets.UTF_8)));

    assertThat(file.events()).extracting(RawEvent::title).containsExactly("Primo", "Secondo");
  }

  @Test
  void readsAFeedThatDeclaresTheXmlPrefix() {
    Extraction feed =
        extractor.extract(
            ParseInput.of(
                "xml-prefix",
                URI.create("https://x.test/feed"),
                ("<?xml version=\"1.0\"?><rss version=\"2.0\" "
                        + "xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"><channel>"
                        + "<title>T</title><item xml:lang=\"it\"><title>Webinar</title>"
                        + "<description>Giovedì 14 gennaio 2027 ore 15:00</description></item>"
                        + "</channel></rss>")
                    .getBytes(StandardCharsets.UTF_8)));

    assertThat(feed.failed()).isFalse();
    assertThat(feed.events()).singleElement().extracting(RawEvent::title).isEqualTo("Webinar");
  }

  @Test
  void takesTheDateTheTextWritesNextToTheHeadingOverMarkupCopiedFromAnotherEvent() {
    Extraction page =
        read(
            "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Event\",\"name\":\"Webinar fatturazione\","
                + "\"startDate\":\"2025-03-24T13:00:00+01:00\"}</script></head><body>"
                + "<h1>Webinar fatturazione</h1><p>Giovedì 14 gennaio 2027, ore 15.00 – 17.00,"
                + " webinar su piattaforma Zoom</p></body></html>");

    RawEvent event = page.events().get(0);
    assertThat(start(event)).isEqualTo("2027-01-14T15:00:00");
    assertThat(event.end().map(EventTime::iso)).contains("2027-01-14T17:00:00");
    assertThat(event.provenance().get("start"))
        .contains("the markup said 2025-03-24T13:00:00+01:00");
    assertThat(page.warnings()).anyMatch(warning -> warning.contains("the text is taken"));
  }

  @Test
  void keepsMarkupThatAgreesWithTheText() {
    Extraction page =
        read(
            "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Event\",\"name\":\"Webinar\","
                + "\"startDate\":\"2027-01-14T15:00:00+01:00\"}</script></head><body>"
                + "<h1>Webinar</h1><p>Giovedì 14 gennaio 2027, ore 15.00</p></body></html>");

    assertThat(start(page.events().get(0))).isEqualTo("2027-01-14T15:00:00+01:00");
    assertThat(page.events().get(0).provenance().get("start")).isEqualTo("json-ld");
  }

  @Test
  void dropsAnHEventEndTypedAYearBeforeItsStart() {
    Extraction page =
        read(
            "<html><body><div class=\"h-event\"><h1 class=\"p-name\">Corso base</h1>"
                + "<p><time class=\"dt-start\" datetime=\"2027-02-01\">1 febbraio 2027</time> –"
                + " <time class=\"dt-end\" datetime=\"2026-02-03\">3 febbraio</time></p></div>"
                + "</body></html>");

    RawEvent event = page.events().get(0);
    assertThat(start(event)).isEqualTo("2027-02-01");
    assertThat(event.end().map(EventTime::iso).orElse("none")).isNotEqualTo("2026-02-03");
  }

  private String start(RawEvent event) {
    return event.start().map(EventTime::iso).orElse("no start");
  }

  private Extraction read(String html) {
    return extractor.extract(
        ParseInput.of(
            "shapes", URI.create("https://x.test/page"), html.getBytes(StandardCharsets.UTF_8)));
  }
}
