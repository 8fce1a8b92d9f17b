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
      en-US | Webinar on 12/10/2026 at 5:30 PM  | 2026-12-10T17:30:00
      en_US | Webinar on 12/10/2026 at 5:30 PM  | 2026-12-10T17:30:00
      en-GB | Webinar on 12/10/2026 at 5:30 PM  | 2026-10-12T17:30:00
      en    | Webinar on 12/10/2026 at 5:30 PM  | 2026-10-12T17:30:00
      it-IT | Webinar il 12/10/2026 alle 17:30  | 2026-10-12T17:30:00
      """)
  void readsAnRssItemsNumericDateInTheOrderOfTheChannelsLanguage(
      String language, String title, String start) {
    String rss =
        "<rss version=\"2.0\"><channel><title>t</title><language>"
            + language
            + "</language><item><title>"
            + title
            + "</title></item></channel></rss>";

    assertThat(starts(feed(rss))).containsExactly(start);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en-US | '' | Webinar on 12/10/2026 at 5:30 PM  | 2026-12-10T17:30:00
      en-US | en | Webinar on 12/10/2026 at 5:30 PM  | 2026-12-10T17:30:00
      en-US | it | Webinar il 12/10/2026 alle 17:30  | 2026-10-12T17:30:00
      it    | '' | Webinar il 12/10/2026 alle 17:30  | 2026-10-12T17:30:00
      """)
  void readsAnAtomEntrysNumericDateByItsOwnXmlLangWithinTheFeeds(
      String feedLanguage, String entryLanguage, String title, String start) {
    String entryLang = entryLanguage.isEmpty() ? "" : " xml:lang=\"" + entryLanguage + "\"";
    String atom =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\""
            + feedLanguage
            + "\"><title>t</title><id>urn:feed</id><updated>2026-09-01T10:00:00Z</updated>"
            + "<entry"
            + entryLang
            + "><title>"
            + title
            + "</title><id>urn:1</id><updated>2026-09-01T10:00:00Z</updated></entry></feed>";

    assertThat(starts(feed(atom))).containsExactly(start);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en-US | Webinar on 12/10/2026 at 5:30 PM  | 2026-12-10T17:30:00
      it-IT | Webinar il 12/10/2026 alle 17:30  | 2026-10-12T17:30:00
      """)
  void readsAnRss10ItemsNumericDateInTheOrderOfTheDublinCoreLanguageOfItsSiblingChannel(
      String language, String title, String start) {
    String rdf =
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<channel rdf:about=\"https://example.org/\"><title>t</title>"
            + "<link>https://example.org/</link><description>d</description><dc:language>"
            + language
            + "</dc:language></channel><item rdf:about=\"https://example.org/1\"><title>"
            + title
            + "</title><link>https://example.org/1</link></item></rdf:RDF>";

    assertThat(starts(feed(rdf))).containsExactly(start);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en-US | Webinar on 12/10/2026 at 5:30 PM  | 2026-12-10T17:30:00
      en-GB | Webinar on 12/10/2026 at 5:30 PM  | 2026-10-12T17:30:00
      it    | Webinar il 12/10/2026 alle 17:30  | 2026-10-12T17:30:00
      """)
  void readsAnAgendaPagesNumericDatesInTheOrderOfItsHtmlLang(
      String language, String when, String start) {
    String html =
        "<html lang=\""
            + language
            + "\"><body><ul class=\"agenda\"><li><h3>Webinar</h3><span class=\"when\">"
            + when
            + "</span></li></ul></body></html>";
    ParseInput input =
        page(html)
            .withSelectors(
                new SelectorRules(
                    ".agenda li", Optional.of("h3"), Optional.of(".when"), Optional.empty()));

    assertThat(starts(extractor.extract(input))).containsExactly(start);
  }

  @ParameterizedTest(name = "page {0}, event {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en-US | ''    | 12/10/2026 5:30 PM   | 2026-12-10T17:30:00
      en-US | en    | 12/10/2026 5:30 PM   | 2026-12-10T17:30:00
      en-US | it-IT | 12/10/2026 ore 17:30 | 2026-10-12T17:30:00
      it    | en-US | 12/10/2026 5:30 PM   | 2026-12-10T17:30:00
      it    | ''    | 12/10/2026 ore 17:30 | 2026-10-12T17:30:00
      """)
  void readsAJsonLdStartDateWrittenAsTextByTheEventsInLanguageWithinThePages(
      String pageLanguage, String eventLanguage, String startDate, String start) {
    String inLanguage = eventLanguage.isEmpty() ? "" : ",\"inLanguage\":\"" + eventLanguage + "\"";
    String html =
        "<html lang=\""
            + pageLanguage
            + "\"><head><script type=\"application/ld+json\">{\"@type\":\"Event\","
            + "\"name\":\"Webinar\",\"startDate\":\""
            + startDate
            + "\""
            + inLanguage
            + "}</script></head><body></body></html>";

    assertThat(starts(extractor.extract(page(html)))).containsExactly(start);
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
