package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * h-event details the conformance suites leave out: the date-time forms mf2py asserts only on
 * h-entries, and the language an event's own section declares.
 */
class MicroformatReaderTest {
  private final Extractor extractor = new Extractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          <span class="value">2014-06-01</span> <span class="value">12:30<span hidden>-6:00</span></span> | 2014-06-01T12:30:00-06:00
          <span class="value">2014-06-01</span> <span class="value">12:30<span hidden>+6:00</span></span> | 2014-06-01T12:30:00+06:00
          <span class="value">2014-06-01</span> <span class="value">12:30<span hidden>Z</span></span>      | 2014-06-01T12:30:00Z
          <span class="value">2014-06-01</span><span class="value">12:30</span><span class="value">-6:00</span> | 2014-06-01T12:30:00-06:00
          <img class="value" alt="3014-01-01"> at <data class="value" value="01:21Z">1:21 am</data>  | 3014-01-01T01:21:00Z
          <time class="value">3:28pm</time> on <time class="value">2014-01-30</time>             | 2014-01-30T15:28:00
          <abbr class="value" title="2014-03-11 09:55">3/11 9:55</abbr>                          | 2014-03-11T09:55:00
          <b class="value">9999-01-14T11:52+08:00</b>                                            | 9999-01-14T11:52:00+08:00
          <span class="value-title" title="2026-12-12"></span>12 Dec <span class="value">7pm</span> <span class="value">-0800</span> | 2026-12-12T19:00:00-08:00
          <del datetime="2026-12-12">x</del><ins class="value" datetime="2026-12-13T09:00+01:00">13 Dec</ins> | 2026-12-13T09:00:00+01:00
          """)
  void readsAStartSplitOverValueElements(String markup, String expected) {
    String page =
        "<html><body><div class=\"h-event\"><p class=\"p-name\">Talk</p>"
            + "<span class=\"dt-start\">"
            + markup
            + "</span></div></body></html>";

    RawEvent event = only(page);

    assertThat(event.start().map(EventTime::iso)).contains(expected);
  }

  @Test
  void refusesAValueClassStartWithNoDateNorTime() {
    RawEvent event =
        only(
            "<html><body><div class=\"h-event\"><p class=\"p-name\">Talk</p>"
                + "<span class=\"dt-start\">on <span class=\"value\">Tuesday</span></span>"
                + "</div></body></html>");

    assertThat(event.start()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          2028-02-29       | 2028-02-29
          0000-02-29       | 0000-02-29
          2013-034         | 2013-02-03
          2016-366 18:00   | 2016-12-31T18:00:00
          2026-02-29       | -
          2026-02-31 10:00 | -
          2026-13-01       | -
          2026-00-10       | -
          2026-04-00       | -
          2015-366         | -
          2015-000         | -
          """)
  void takesOnlyDatesThatExistFromTheCalendarOrTheDayOfTheYear(String written, String expected) {
    RawEvent event =
        only(
            "<html><body><div class=\"h-event\"><p class=\"p-name\">Talk</p>"
                + "<time class=\"dt-start\">"
                + written
                + "</time></div></body></html>");

    assertThat(event.start().map(EventTime::iso)).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void takesAnEventsLanguageFromItsOwnSectionBeforeThePages() {
    Extraction page =
        extractor.extract(
            Fixtures.input("pages/h-event-lang.html", "https://calendario.example/novembre"));

    assertThat(page.events())
        .extracting(RawEvent::title, RawEvent::language)
        .containsExactly(
            tuple("Corso di cucina", Optional.of("it")),
            tuple("Cloud cost workshop", Optional.of("en")),
            tuple("Stammtisch", Optional.of("de")));
    assertThat(page.events())
        .extracting(event -> event.provenance().get("language"))
        .containsExactly("html-lang", "h-event", "h-event");
  }

  private RawEvent only(String page) {
    List<RawEvent> events =
        extractor
            .extract(
                ParseInput.of(
                    "inline",
                    URI.create("https://example.org/"),
                    page.getBytes(StandardCharsets.UTF_8)))
            .events();
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
