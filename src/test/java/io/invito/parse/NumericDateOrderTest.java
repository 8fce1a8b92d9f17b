package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.SelectorRules;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Feeds and pages tell the date reader their declared language, region included, so that
 * "12/10/2026" is December 10 in a US English source and 12 October in any other.
 */
class NumericDateOrderTest {
  // Before both readings of "12/10/2026": a date before the publication day (or today, for an
  // agenda) is taken for a past one and skipped.
  private final Extractor extractor =
      new Extractor(Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en-US | EN | DECEMBER
      en_US | EN | DECEMBER
      en-GB | EN | OCTOBER
      en    | EN | OCTOBER
      it-IT | IT | OCTOBER
      """)
  void readsAnRssItemsNumericDateInTheOrderOfTheChannelsLanguage(
      String language, Text title, Reading start) {
    String rss =
        "<rss version=\"2.0\"><channel><title>t</title><language>"
            + language
            + "</language><item><title>"
            + title.written
            + "</title></item></channel></rss>";

    assertThat(starts(feed(rss))).containsExactly(start.iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en-US | '' | EN | DECEMBER
      en-US | en | EN | DECEMBER
      en-US | it | IT | OCTOBER
      it    | '' | IT | OCTOBER
      """)
  void readsAnAtomEntrysNumericDateByItsOwnXmlLangWithinTheFeeds(
      String feedLanguage, String entryLanguage, Text title, Reading start) {
    String entryLang = entryLanguage.isEmpty() ? "" : " xml:lang=\"" + entryLanguage + "\"";
    String atom =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\""
            + feedLanguage
            + "\"><title>t</title><id>urn:feed</id><updated>2026-09-01T10:00:00Z</updated>"
            + "<entry"
            + entryLang
            + "><title>"
            + title.written
            + "</title><id>urn:1</id><updated>2026-09-01T10:00:00Z</updated></entry></feed>";

    assertThat(starts(feed(atom))).containsExactly(start.iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en-US | EN | DECEMBER
      it-IT | IT | OCTOBER
      """)
  void readsAnRss10ItemsNumericDateInTheOrderOfTheDublinCoreLanguageOfItsSiblingChannel(
      String language, Text title, Reading start) {
    String rdf =
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<channel rdf:about=\"https://example.org/\"><title>t</title>"
            + "<link>https://example.org/</link><description>d</description><dc:language>"
            + language
            + "</dc:language></channel><item rdf:about=\"https://example.org/1\"><title>"
            + title.written
            + "</title><link>https://example.org/1</link></item></rdf:RDF>";

    assertThat(starts(feed(rdf))).containsExactly(start.iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en-US | EN | DECEMBER
      en-GB | EN | OCTOBER
      it    | IT | OCTOBER
      """)
  void readsAnAgendaPagesNumericDatesInTheOrderOfItsHtmlLang(
      String language, Text when, Reading start) {
    String html =
        "<html lang=\""
            + language
            + "\"><body><ul class=\"agenda\"><li><h3>Webinar</h3><span class=\"when\">"
            + when.written
            + "</span></li></ul></body></html>";
    ParseInput input =
        page(html)
            .withSelectors(
                new SelectorRules(
                    ".agenda li", Optional.of("h3"), Optional.of(".when"), Optional.empty()));

    assertThat(starts(extractor.extract(input))).containsExactly(start.iso);
  }

  @ParameterizedTest(name = "page {0}, event {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en-US | ''    | EN | DECEMBER
      en-US | en    | EN | DECEMBER
      en-US | it-IT | IT | OCTOBER
      it    | en-US | EN | DECEMBER
      it    | ''    | IT | OCTOBER
      """)
  void readsAJsonLdStartDateWrittenAsTextByTheEventsInLanguageWithinThePages(
      String pageLanguage, String eventLanguage, Text startDate, Reading start) {
    String inLanguage = eventLanguage.isEmpty() ? "" : ",\"inLanguage\":\"" + eventLanguage + "\"";
    String html =
        "<html lang=\""
            + pageLanguage
            + "\"><head><script type=\"application/ld+json\">{\"@type\":\"Event\","
            + "\"name\":\"Webinar\",\"startDate\":\""
            + startDate.written
            + "\""
            + inLanguage
            + "}</script></head><body></body></html>";

    assertThat(starts(extractor.extract(page(html)))).containsExactly(start.iso);
  }

  /** The same webinar written in English or in Italian, its date "12/10/2026" either way. */
  enum Text {
    EN("Webinar on 12/10/2026 at 5:30 PM"),
    IT("Webinar il 12/10/2026 alle 17:30");

    final String written;

    Text(String written) {
      this.written = written;
    }
  }

  /** The start that text gives, read month first (December 10) or day first (12 October). */
  enum Reading {
    DECEMBER("2026-12-10T17:30:00"),
    OCTOBER("2026-10-12T17:30:00");

    final String iso;

    Reading(String iso) {
      this.iso = iso;
    }
  }

  private Extraction feed(String xml) {
    return extractor.extract(
        ParseInput.of(
            "feed", URI.create("https://example.org/feed"), xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static ParseInput page(String html) {
    return ParseInput.of(
        "page", URI.create("https://example.org/events"), html.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> starts(Extraction extraction) {
    assertThat(extraction.error()).isEmpty();
    return extraction.events().stream()
        .map(RawEvent::start)
        .map(start -> start.map(EventTime::iso).orElse("none"))
        .toList();
  }
}
