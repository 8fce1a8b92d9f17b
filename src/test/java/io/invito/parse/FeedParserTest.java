package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Attendance;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  private final Extractor extractor = new Extractor();

  @Test
  void readsEventDatesFromTheTextOfAnItalianRssFeedNotFromItsPublicationDates() {
    Extraction feed =
        extractor.extract(
            Fixtures.input(
                "feeds/formazione-it.rss",
                "https://www.formazione-lombardia.example/feed/rss",
                "Europe/Rome"));

    assertThat(feed.format()).isEqualTo("rss");
    assertThat(feed.error()).isEmpty();
    assertThat(feed.events()).hasSize(4);

    RawEvent webinar = feed.events().get(0);
    assertThat(webinar.title()).isEqualTo("Webinar: Excel avanzato per il controllo di gestione");
    assertThat(iso(webinar.start()))
        .as("floating: the event stage places it in the source's zone")
        .isEqualTo("2026-12-10T17:30:00");
    assertThat(webinar.start().map(EventTime::zoneStated)).contains(false);
    assertThat(webinar.published()).contains(Instant.parse("2026-11-16T08:00:00Z"));
    assertThat(webinar.provenance())
        .containsEntry("start", "text")
        .containsEntry("startZone", "floating")
        .containsEntry("published", "rss");
    assertThat(webinar.url())
        .contains(
            URI.create(
                "https://www.formazione-lombardia.example/corsi/excel-avanzato-controllo-gestione"));
    assertThat(webinar.joinUrl()).contains(URI.create("https://zoom.us/j/84512345678?pwd=abc"));
    assertThat(webinar.attendance()).isEqualTo(Attendance.ONLINE);
    assertThat(webinar.description())
        .startsWith("Un pomeriggio dedicato a tabelle pivot")
        .doesNotContain("<p>", "<strong>")
        .doesNotContain("\n");
    assertThat(webinar.language()).contains("it");
    assertThat(webinar.types()).containsExactly("Webinar");
    assertThat(webinar.uid()).contains("fal-2026-0412");

    RawEvent course = feed.events().get(1);
    assertThat(iso(course.start())).isEqualTo("2027-01-15T09:00:00");
    assertThat(iso(course.end())).isEqualTo("2027-01-15T13:00:00");

    RawEvent presentation = feed.events().get(2);
    assertThat(iso(presentation.start()))
        .as("'domani' is the day after the publication date, 8 December")
        .isEqualTo("2026-12-09T18:30:00");
  }

  @Test
  void givesEachSessionAnItemListsItsOwnEventAndId() {
    String rss =
        """
        <rss version="2.0"><channel><title>News</title><link>https://lug.example/</link>
        <item><title>Navigare nel software libero</title>
        <link>https://lug.example/news/navigare/</link>
        <pubDate>Mon, 19 Feb 2024 00:00:00 +0000</pubDate>
        <description>&lt;p&gt;Sessioni nell&amp;rsquo;Aula Magna il 24 febbraio (terzo anno), 9 marzo
        (quinto anno) e 16 marzo 2024 (quarto anno), sempre dalle 9:00 alle 13:00.&lt;/p&gt;</description>
        </item>
        <item><title>Iscrizione tramite PayPal</title>
        <link>https://lug.example/news/paypal/</link>
        <pubDate>Sun, 11 Jul 2021 00:00:00 +0000</pubDate>
        <description>Da oggi il gruppo rende disponibile PayPal per le quote.</description>
        </item></channel></rss>
        """;

    Extraction feed = extractor.extract(Fixtures.text(rss, "https://lug.example/news/index.xml"));

    assertThat(feed.events())
        .filteredOn(event -> event.title().startsWith("Navigare"))
        .extracting(event -> iso(event.start()) + " " + event.uid().orElse(""))
        .containsExactly(
            "2024-02-24T09:00:00 https://lug.example/news/navigare/#2024-02-24T09:00",
            "2024-03-09T09:00:00 https://lug.example/news/navigare/#2024-03-09T09:00",
            "2024-03-16T09:00:00 https://lug.example/news/navigare/#2024-03-16T09:00");
    assertThat(feed.events())
        .filteredOn(event -> event.title().startsWith("Iscrizione"))
        .extracting(event -> iso(event.start()))
        .as("'da oggi' opens a stretch of time: no event that day")
        .containsExactly((String) null);
  }

  @Test
  void leavesDatesUnknownRatherThanRollingAnImpossibleOneOver() {
    Extraction feed =
        extractor.extract(
            Fixtures.input(
                "feeds/formazione-it.rss", "https://www.formazione-lombardia.example/feed/rss"));

    RawEvent article = feed.events().get(3);
    assertThat(article.published()).as("31 Feb is no date, not 3 March").isEmpty();
    assertThat(article.start()).as("an article with no date is never dated 'now'").isEmpty();
    assertThat(feed.warnings()).anyMatch(warning -> warning.contains("31 Feb 2026"));
  }

  @Test
  void offersTheLinksOfUndatedItemsFirstThenOfItemsDatedOnlyByTheirText() {
    Extraction feed =
        extractor.extract(
            Fixtures.input(
                "feeds/formazione-it.rss", "https://www.formazione-lombardia.example/feed/rss"));

    assertThat(feed.eventLinks()).hasSize(4);
    assertThat(feed.eventLinks().get(0))
        .as("the article with no date")
        .isEqualTo(feed.events().get(3).url().orElseThrow());
    assertThat(feed.eventLinks())
        .contains(
            URI.create(
                "https://www.formazione-lombardia.example/eventi/presentazione-fatturefacili"));
  }

  @Test
  void readsXcalDatesFlatAndStructuredAndOffersOnlyTheUndatedItemsLink() {
    Extraction feed =
        extractor.extract(
            Fixtures.input("feeds/xcal-upcoming.rss", "https://upcoming.example/metro/milano/rss"));

    assertThat(feed.events()).hasSize(3);
    RawEvent meetup = feed.events().get(0);
    assertThat(iso(meetup.start())).isEqualTo("2026-12-03T19:00:00");
    assertThat(iso(meetup.end())).isEqualTo("2026-12-03T21:30:00");
    assertThat(meetup.location()).contains("Talent Garden, Via Calabiana 6, Milano");
    assertThat(meetup.provenance()).containsEntry("start", "xcal");
    RawEvent day = feed.events().get(1);
    assertThat(iso(day.start())).isEqualTo("2026-12-15T09:00:00+01:00");
    assertThat(day.start().flatMap(EventTime::findZone).map(Object::toString))
        .contains("Europe/Rome");
    assertThat(iso(day.end())).isEqualTo("2026-12-15T17:00:00Z");
    assertThat(feed.eventLinks())
        .containsExactly(URI.create("https://upcoming.example/event/1003"));
  }

  @Test
  void resolvesAtomLinksAgainstNestedXmlBaseAndKeepsFractionalSeconds() {
    Extraction feed =
        extractor.extract(
            Fixtures.input(
                "feeds/tech-events.atom",
                "https://devrel.example.com/blog/events.atom",
                "Europe/Rome"));

    assertThat(feed.format()).isEqualTo("atom");
    assertThat(feed.events())
        .extracting(event -> event.url().map(URI::toString).orElse(null))
        .containsExactly(
            "https://devrel.example.com/blog/events/live-demo-observability",
            "https://workshops.example.org/2026/k8s-for-developers.html",
            "https://devrel.example.com/releases/4-2");
    RawEvent demo = feed.events().get(0);
    assertThat(demo.published()).contains(Instant.parse("2026-11-20T09:15:30.123456Z"));
    assertThat(iso(demo.start())).isEqualTo("2026-12-10T17:30:00+01:00");
    assertThat(demo.provenance()).containsEntry("startZone", "stated");
    assertThat(demo.language()).contains("en");
    assertThat(demo.description())
        .isEqualTo("Join us on Dec 10, 2026 5:30 PM CET for a live " + "demo with Q&A.");

    RawEvent workshop = feed.events().get(1);
    assertThat(iso(workshop.start()))
        .as("year-less, after its 25 November publication")
        .isEqualTo("2026-12-10T17:30:00+01:00");
    assertThat(workshop.joinUrl()).contains(URI.create("https://www.youtube.com/live/abc123"));

    assertThat(feed.events().get(2).start()).isEmpty();
  }

  @Test
  void readsTheRss10EventModule() {
    Extraction feed =
        extractor.extract(
            Fixtures.input(
                "feeds/eventi-ev.rdf",
                "https://www.ordine-ingegneri.example/eventi.rdf",
                "Europe/Rome"));

    assertThat(feed.format()).isEqualTo("rdf");
    RawEvent seminar = feed.events().get(0);
    assertThat(iso(seminar.start())).isEqualTo("2026-12-10T15:00:00+01:00");
    assertThat(iso(seminar.end())).isEqualTo("2026-12-10T18:00:00+01:00");
    assertThat(seminar.start().flatMap(EventTime::findZone).map(Object::toString))
        .as("the stated offset agrees with the source's zone")
        .contains("Europe/Rome");
    assertThat(seminar.location()).contains("Sala Convegni, Via Roma 12, Torino");
    assertThat(seminar.organizer()).contains("Ordine degli Ingegneri della Provincia di Torino");
    assertThat(seminar.types()).contains("seminar");
    assertThat(seminar.published()).contains(Instant.parse("2026-11-02T08:00:00Z"));
    assertThat(seminar.provenance()).containsEntry("start", "ev").containsEntry("location", "ev");

    RawEvent course = feed.events().get(1);
    assertThat(iso(course.start())).isEqualTo("2027-01-20");
    assertThat(course.start().get().allDay()).isTrue();
  }

  @Test
  void recoversALatin1FeedUnderAUtf8PrologWithoutReplacementCharacters() {
    byte[] body =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Città</title><item><title>Perché partecipare: giovedì 10 dicembre 2026</title>"
                + "</item></channel></rss>")
            .getBytes(StandardCharsets.ISO_8859_1);
    Extraction feed =
        extractor.extract(ParseInput.of("latin1", URI.create("https://x.example/"), body));

    assertThat(feed.events())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.title()).isEqualTo("Perché partecipare: giovedì 10 dicembre 2026");
              assertThat(iso(event.start())).isEqualTo("2026-12-10");
            });
    assertThat(feed.warnings()).anyMatch(warning -> warning.contains("windows-1252"));
  }

  @Test
  void dropsABenignDoctypeAndReadsHtmlEntities() {
    byte[] body =
        ("\uFEFF  <?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape "
                + "Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/"
                + "rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>T</title><link>https://x."
                + "example/</link><description>d</description><language>en</language><item><title>"
                + "Caf&eacute;&nbsp;talk</title><link>https://x.example/cafe</link></item></channel>"
                + "</rss>")
            .getBytes(StandardCharsets.UTF_8);
    Extraction feed =
        extractor.extract(ParseInput.of("rss091", URI.create("https://x.example/"), body));

    assertThat(feed.error()).isEmpty();
    assertThat(feed.events())
        .singleElement()
        .satisfies(event -> assertThat(event.title()).isEqualTo("Café talk"));
    assertThat(feed.warnings()).anyMatch(warning -> warning.startsWith("removed the DOCTYPE"));
  }

  @Test
  void keepsTheItemsOfATruncatedFeedThatCameBeforeTheCut() {
    Extraction feed =
        extractor.extract(Fixtures.input("fuzz/truncated-feed.xml", "https://example.it/feed"));

    assertThat(feed.error()).isEmpty();
    assertThat(feed.events())
        .singleElement()
        .satisfies(
            event -> assertThat(event.title()).isEqualTo("Webinar 10 dicembre 2026 ore 17:30"));
    assertThat(feed.warnings()).anyMatch(warning -> warning.contains("read leniently"));
  }

  @Test
  void readsTheChannelTtlInMinutesAndIgnoresOneThatIsNotANumber() {
    assertThat(rssWithTtl("<ttl> 180 </ttl>").ttl()).contains(Duration.ofMinutes(180));
    assertThat(rssWithTtl("").ttl()).isEmpty();

    Extraction nonsense = rssWithTtl("<ttl>soon</ttl>");
    assertThat(nonsense.ttl()).isEmpty();
    assertThat(nonsense.error()).isEmpty();
    assertThat(nonsense.warnings()).anyMatch(warning -> warning.contains("'soon'"));
  }

  private Extraction rssWithTtl(String ttl) {
    String rss =
        "<rss version=\"2.0\"><channel><title>t</title>"
            + ttl
            + "<item><title>Webinar 10 dicembre 2026 ore 17:30</title></item></channel></rss>";
    return extractor.extract(
        new ParseInput(
            "ttl",
            URI.create("https://example.it/feed"),
            rss.getBytes(StandardCharsets.UTF_8),
            Optional.of("application/rss+xml"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  @Test
  void givesTheChannelLanguageToItemsThatCameBeforeTheLanguageElement() {
    Extraction feed =
        read(
            "<rss version=\"2.0\"><channel><title>Eventi</title>"
                + "<item><title>Webinar uno</title><link>/uno</link></item>"
                + "<item><title>Webinar due</title><link>/due</link></item>"
                + "<language>it-IT</language></channel></rss>");

    assertThat(feed.events()).extracting(RawEvent::language).containsOnly(Optional.of("it"));
  }

  @Test
  void readsEachItemOnceWhenAFeedBreaksAfterSomeItemsAndIsReadAgainLeniently() {
    // Well-formed for two items, then cut: the strict parse has handed both over before failing.
    Extraction feed =
        read(
            "<rss version=\"2.0\"><channel><title>Eventi</title>"
                + "<item><title>Primo</title><guid>a</guid></item>"
                + "<item><title>Secondo</title><guid>b</guid></item>"
                + "<item><title>Terzo</title><guid>c</guid>");

    assertThat(feed.warnings()).anyMatch(warning -> warning.contains("read leniently"));
    assertThat(feed.events())
        .extracting(RawEvent::uid)
        .containsExactly(Optional.of("a"), Optional.of("b"), Optional.of("c"));
  }

  @Test
  void takesDublinCoreSubjectsAndDecodesBase64AtomTitles() {
    Extraction rss =
        read(
            "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
                + "<item><title>Corso</title><dc:subject>Fisco</dc:subject>"
                + "<category>Webinar</category></item></channel></rss>");
    Extraction atom =
        read(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                + "<title type=\"application/octet-stream\">V2ViaW5hciBmaXNjYWxl</title>"
                + "<id>urn:x</id></entry></feed>");

    assertThat(rss.events().get(0).types()).containsExactly("Fisco", "Webinar");
    assertThat(atom.events().get(0).title()).isEqualTo("Webinar fiscale");
  }

  private Extraction read(String xml) {
    return extractor.extract(Fixtures.text(xml, "https://eventi.example/feed"));
  }

  private static String iso(Optional<EventTime> time) {
    return time.map(EventTime::iso).orElse(null);
  }
}
