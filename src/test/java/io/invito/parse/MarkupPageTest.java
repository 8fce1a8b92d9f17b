package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.invito.config.SelectorRules;
import io.invito.model.Attendance;
import io.invito.model.EventStatus;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pages marked up as microdata, RDFa Lite and microformats, and pages read by selector rules. */
class MarkupPageTest {
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  private final Extractor extractor = new Extractor(NOW);

  @Test
  void readsEveryMicrodataEventOfAListingWithTheirNestedItems() {
    Extraction page =
        extractor.extract(
            Fixtures.input(
                "pages/microdata-listing.html", "https://www.bg.camcom.example/eventi/"));

    assertThat(page.events())
        .extracting(RawEvent::title)
        .containsExactly(
            "Export digitale: vendere online all'estero",
            "Corso HACCP per titolari",
            "Sportello digitale aperto");
    RawEvent webinar = page.events().get(0);
    assertThat(iso(webinar.start())).isEqualTo("2026-12-03T10:00:00+01:00");
    assertThat(iso(webinar.end())).isEqualTo("2026-12-03T12:00:00+01:00");
    assertThat(webinar.attendance()).isEqualTo(Attendance.ONLINE);
    assertThat(webinar.joinUrl())
        .contains(URI.create("https://zoom.us/webinar/register/WN_export"));
    assertThat(webinar.free()).contains(true);
    assertThat(webinar.organizer()).contains("Camera di Commercio di Bergamo");
    assertThat(webinar.url())
        .contains(URI.create("https://www.bg.camcom.example/eventi/export-digitale"));
    assertThat(webinar.types()).containsExactly("BusinessEvent");
    assertThat(webinar.language()).as("the page's lang").contains("it");
    assertThat(webinar.provenance())
        .containsEntry("start", "microdata")
        .containsEntry("title", "microdata")
        .containsEntry("startZone", "stated");

    RawEvent course = page.events().get(1);
    assertThat(course.status()).isEqualTo(EventStatus.POSTPONED);
    assertThat(course.location()).contains("Sala Mosaico, Largo Belotti 16, Bergamo");
    assertThat(course.attendance()).isEqualTo(Attendance.OFFLINE);
    assertThat(course.free()).contains(false);
    assertThat(course.price()).contains("120,00 EUR");
    assertThat(iso(course.start())).isEqualTo("2027-01-20T09:00:00");
    assertThat(course.uid()).contains("https://www.bg.camcom.example/eventi/#corso-haccp");

    assertThat(iso(page.events().get(2).start()))
        .as("an Organization's event")
        .isEqualTo("2027-02-04");
  }

  @Test
  void readsRdfaLiteEventsWithPlaceVirtualLocationAndPrefixedProperties() {
    Extraction page =
        extractor.extract(Fixtures.input("pages/rdfa-lite.html", "https://rust.example/"));

    assertThat(page.events()).hasSize(2);
    RawEvent meetup = page.events().get(0);
    assertThat(meetup.title()).isEqualTo("Rust Milano meetup: async in practice");
    assertThat(iso(meetup.start())).isEqualTo("2026-12-09T19:00:00+01:00");
    assertThat(meetup.location()).contains("Impact Hub, Via Aosta 4, Milano");
    assertThat(meetup.joinUrl()).contains(URI.create("https://www.youtube.com/live/abc123"));
    assertThat(meetup.attendance()).isEqualTo(Attendance.MIXED);
    assertThat(meetup.organizer()).contains("Rust Milano");
    assertThat(meetup.free()).contains(true);
    assertThat(meetup.url()).contains(URI.create("https://rust.example/meetups/async-in-practice"));
    assertThat(meetup.language()).contains("en");
    assertThat(meetup.provenance()).containsEntry("start", "rdfa");

    RawEvent cancelled = page.events().get(1);
    assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
    assertThat(iso(cancelled.start())).isEqualTo("2026-12-16T18:30:00Z");
  }

  @Test
  void readsHEventWithTheValueClassPatternAndAnHCalendarVevent() {
    Extraction page =
        extractor.extract(
            Fixtures.input("pages/h-event.html", "https://indieweb.example/calendar"));

    assertThat(page.events()).hasSize(2);
    RawEvent camp = page.events().get(0);
    assertThat(camp.title()).isEqualTo("IndieWeb Camp Torino");
    assertThat(camp.description()).isEqualTo("Two days of building your own website.");
    assertThat(iso(camp.start())).isEqualTo("2026-12-12T09:30:00+01:00");
    assertThat(iso(camp.end()))
        .as("a time-only end takes the start's date")
        .isEqualTo("2026-12-12T17:00:00+01:00");
    assertThat(camp.location())
        .contains("Toolbox Coworking, Via Agostino da Montefeltro 2, Torino");
    assertThat(camp.url()).contains(URI.create("https://indieweb.example/events/iwc-torino"));
    assertThat(camp.types()).containsExactly("IndieWeb");
    assertThat(camp.provenance()).containsEntry("start", "h-event");

    RawEvent social = page.events().get(1);
    assertThat(social.title()).isEqualTo("Christmas social");
    assertThat(iso(social.start())).isEqualTo("2026-12-18T19:00:00+01:00");
    assertThat(social.location()).contains("Bar Cavour, Torino");
    assertThat(social.url()).contains(URI.create("https://example.org/xmas-social"));
  }

  @Test
  void readsAPageWithoutMarkupBySelectorRulesAndOffersTheUndatedItemsPagesFirst() {
    ParseInput input =
        Fixtures.input("pages/agenda-senza-markup.html", "https://www.artigiani.example/eventi/")
            .withSelectors(
                new SelectorRules(
                    ".agenda li", Optional.of("h3"), Optional.of(".quando"), Optional.empty()));

    Extraction page = extractor.extract(input);

    assertThat(page.events())
        .extracting(RawEvent::title)
        .containsExactly(
            "Webinar: la fatturazione elettronica dal 2027",
            "Corso di sicurezza sul lavoro",
            "Assemblea dei soci");
    assertThat(iso(page.events().get(0).start())).isEqualTo("2026-12-10T17:30:00");
    RawEvent course = page.events().get(1);
    assertThat(iso(course.start()))
        .as("year-less: the next 15 January from today")
        .isEqualTo("2027-01-15T09:00:00");
    assertThat(iso(course.end())).isEqualTo("2027-01-15T13:00:00");
    assertThat(course.provenance()).containsEntry("start", "selector");
    assertThat(page.events().get(2).start()).isEmpty();
    assertThat(page.eventLinks())
        .first()
        .isEqualTo(URI.create("https://www.artigiani.example/eventi/assemblea-soci#dettagli"));
    assertThat(page.eventLinks()).hasSize(3);
  }

  @Test
  void readsTheDatedBlocksOfAListingWithoutMarkupOrRulesAndOffersItsEventLikeLinks() {
    Extraction page =
        extractor.extract(
            Fixtures.input(
                "pages/agenda-senza-markup.html", "https://www.artigiani.example/eventi/"));

    assertThat(page.events())
        .extracting(RawEvent::title, event -> event.start().map(EventTime::iso).orElse(""))
        .containsExactly(
            tuple("Webinar: la fatturazione elettronica dal 2027", "2026-12-10T17:30:00"),
            tuple("Corso di sicurezza sul lavoro", "2027-01-15T09:00:00"));
    assertThat(page.events().get(1).provenance().get("start"))
        .as("a year the page did not write is said to be inferred")
        .contains("year from");
    assertThat(page.eventLinks())
        .extracting(URI::toString)
        .containsExactly(
            "https://www.artigiani.example/eventi/webinar-fatturazione-2027",
            "https://www.artigiani.example/eventi/corso-sicurezza-gennaio",
            "https://www.artigiani.example/eventi/assemblea-soci",
            "https://www.artigiani.example/notizie/iscriviti-al-seminario-di-marzo");
  }

  @Test
  void keepsOneCopyOfAnEventMarkedUpAsBothJsonLdAndMicrodata() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"Event\","
            + "\"name\":\"Twice\",\"startDate\":\"2026-12-01T10:00:00Z\"}</script></head><body>"
            + "<div itemscope itemtype=\"https://schema.org/Event\"><span itemprop=\"name\">Twice"
            + "</span><meta itemprop=\"startDate\" content=\"2026-12-01T10:00:00Z\"></div></body>"
            + "</html>";
    Extraction page =
        extractor.extract(
            ParseInput.of(
                "twice",
                URI.create("https://x.example/"),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(page.events())
        .singleElement()
        .satisfies(event -> assertThat(event.provenance()).containsEntry("title", "json-ld"));
  }

  private static String iso(Optional<EventTime> time) {
    return time.map(EventTime::iso).orElse(null);
  }
}
