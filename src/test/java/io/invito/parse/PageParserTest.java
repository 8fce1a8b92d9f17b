package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Attendance;
import io.invito.model.EventStatus;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PageParserTest {
  private final Extractor extractor = new Extractor();

  @Test
  void readsAnOnlineAndACancelledEventFromAJsonLdGraph() {
    Extraction page =
        extractor.extract(
            Fixtures.input("pages/eventi-graph.html", "https://academy.example.it/eventi/"));

    assertThat(page.format()).isEqualTo("html");
    assertThat(page.events()).hasSize(2);

    RawEvent webinar = page.events().get(0);
    assertThat(webinar.title()).isEqualTo("Webinar: l'intelligenza artificiale per le PMI");
    assertThat(webinar.description())
        .isEqualTo("Come usare l'AI generativa in azienda: casi reali e domande dal vivo.");
    assertThat(webinar.start().map(EventTime::iso)).contains("2026-12-10T17:30:00+01:00");
    assertThat(webinar.end().map(EventTime::iso)).contains("2026-12-10T19:00:00+01:00");
    assertThat(webinar.attendance()).isEqualTo(Attendance.ONLINE);
    assertThat(webinar.joinUrl())
        .contains(URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"));
    assertThat(webinar.url())
        .contains(URI.create("https://academy.example.it/eventi/webinar-ai-pmi"));
    assertThat(webinar.uid()).contains("https://academy.example.it/eventi/webinar-ai-pmi#event");
    assertThat(webinar.free()).contains(true);
    assertThat(webinar.organizer()).contains("Digital Academy Milano");
    assertThat(webinar.language()).contains("it");
    assertThat(webinar.types()).containsExactly("BusinessEvent");
    assertThat(webinar.status()).isEqualTo(EventStatus.SCHEDULED);
    assertThat(webinar.provenance())
        .containsEntry("start", "json-ld")
        .containsEntry("startZone", "stated")
        .containsEntry("language", "json-ld");

    RawEvent course = page.events().get(1);
    assertThat(course.status()).isEqualTo(EventStatus.CANCELLED);
    assertThat(course.attendance()).isEqualTo(Attendance.OFFLINE);
    assertThat(course.location()).contains("Sala Verdi, Via Torino 61, 20123, Milano, IT");
    assertThat(course.free()).contains(false);
    assertThat(course.price()).contains("180.00 EUR");
    assertThat(course.start().map(EventTime::iso))
        .as("no offset and no source zone: floating")
        .contains("2027-01-14T09:00:00");
    assertThat(course.provenance())
        .containsEntry("startZone", "floating")
        .containsEntry("language", "html-lang");
    assertThat(course.language()).contains("it");
  }

  @Test
  void leavesAnUnzonedJsonLdTimeFloatingEvenWhenTheSourceHasAZone() {
    Extraction page =
        extractor.extract(
            Fixtures.input(
                "pages/eventi-graph.html", "https://academy.example.it/eventi/", "Europe/Rome"));

    RawEvent course = page.events().get(1);
    assertThat(course.start().map(EventTime::iso)).contains("2027-01-14T09:00:00");
    assertThat(course.start().map(EventTime::zoneStated)).contains(false);
    assertThat(course.provenance()).containsEntry("startZone", "floating");
  }

  @Test
  void offersTheLinksOfListedEventsThatAreOtherPages() {
    Extraction page =
        extractor.extract(
            Fixtures.input(
                "pages/eventi-graph.html", "https://academy.example.it/eventi/webinar-ai-pmi"));

    assertThat(page.eventLinks())
        .containsExactly(URI.create("https://academy.example.it/eventi/contabilita-non-contabili"));
  }

  @Test
  void repairsJsonLdWithCommentsCdataTrailingCommasAndRawNewlines() {
    Extraction page =
        extractor.extract(
            Fixtures.input("pages/malformed-jsonld.html", "https://events.example.com/kotlin"));

    assertThat(page.events())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.title()).isEqualTo("Kotlin coroutines hands-on workshop");
              assertThat(event.types()).containsExactly("Hackathon");
              assertThat(event.start().map(EventTime::iso)).contains("2026-12-03T18:00:00+01:00");
              assertThat(event.attendance()).isEqualTo(Attendance.MIXED);
              assertThat(event.location())
                  .contains("Talent Garden Calabiana, Via Arcivescovo Calabiana 6, Milano");
              assertThat(event.joinUrl())
                  .contains(URI.create("https://meet.google.com/abc-defg-hij"));
              assertThat(event.price()).contains("25 EUR");
              assertThat(event.language()).contains("en");
            });
  }

  @Test
  void readsTheDateNextToTheHeadingOfAPageWithoutEventMarkupAndOffersItsLinkToAnEventPage() {
    Extraction page =
        extractor.extract(
            Fixtures.input("pages/article.html", "https://blog.example.it/consigli-webinar"));

    assertThat(page.error()).isEmpty();
    assertThat(page.events())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.title()).isEqualTo("Cinque consigli per il tuo prossimo webinar");
              assertThat(event.start().map(EventTime::iso)).contains("2026-12-10T17:30:00");
              assertThat(event.provenance()).containsEntry("start", "text");
            });
    assertThat(page.eventLinks())
        .containsExactly(URI.create("https://blog.example.it/eventi/webinar-consigli"));
  }

  @Test
  void readsACourseInstanceUnderItsCourseFromAPageMislabelledAsUtf8() {
    Extraction page =
        extractor.extract(Fixtures.input("pages/corso-cp1252.html", "https://corsi.example.it/"));

    assertThat(page.events())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.title())
                  .isEqualTo("Sicurezza informatica per la Società “digitale”");
              assertThat(event.url()).contains(URI.create("https://corsi.example.it/sicurezza"));
              assertThat(event.types()).containsExactly("CourseInstance");
              assertThat(event.attendance()).isEqualTo(Attendance.ONLINE);
              assertThat(event.free()).contains(true);
            });
  }
}
