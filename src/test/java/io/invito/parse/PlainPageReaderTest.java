package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages without markup, written as small organisations write them: the date forms of issue 13 next
 * to a heading, labelled fields, listings, and year-less dates placed from the page's context.
 */
class PlainPageReaderTest {
  private final Extractor extractor =
      new Extractor(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Giovedì 14 gennaio 2027, ore 15.00 – 17.00, webinar su piattaforma Zoom"
            + " | 2027-01-14T15:00:00 | 2027-01-14T17:00:00",
        "08-02-2027 alle 14.30 | 2027-02-08T14:30:00 | ",
        "06/12/2027 h 18 | 2027-12-06T18:00:00 | ",
        "26.10.2027, 15:00-17:00 | 2027-10-26T15:00:00 | 2027-10-26T17:00:00",
        "il 3 marzo 2027 dalle 14:30 alle 17 | 2027-03-03T14:30:00 | 2027-03-03T17:00:00",
        "dal 23 al 27 maggio 2027 | 2027-05-23 | 2027-05-27",
        "10–12 November 2027 | 2027-11-10 | 2027-11-12",
        "Thursday 17 December 2026 at 4pm GMT | 2026-12-17T16:00:00Z | ",
        "March 4, 2027, 5 PM CET | 2027-03-04T17:00:00+01:00 | ",
        "giovedì 4 marzo 2027 ore 18:00 ora italiana | 2027-03-04T18:00:00+01:00 | ",
      })
  void readsTheDateWrittenNextToTheHeading(String written, String start, String end) {
    RawEvent event =
        single("<h1>Webinar sulla fatturazione elettronica</h1><p>" + written + "</p>");

    assertThat(event.title()).isEqualTo("Webinar sulla fatturazione elettronica");
    assertThat(event.start().map(EventTime::iso)).contains(start);
    assertThat(event.end().map(EventTime::iso).orElse(null)).isEqualTo(end);
  }

  @Test
  void readsLabelledFieldsOfADefinitionList() {
    RawEvent event =
        single(
            "<h1>Corso di Excel</h1><dl><dt>Data</dt><dd>martedì 9 febbraio 2027</dd>"
                + "<dt>Orario</dt><dd>ore 9:30</dd><dt>Dove</dt><dd>online</dd></dl>");

    assertThat(event.start().map(EventTime::iso)).contains("2027-02-09T09:30:00");
  }

  @Test
  void passesOverThePublicationDateAndTheRegistrationDeadline() {
    RawEvent event =
        single(
            "<h1>Seminario AI Act</h1><p class=\"posted-on\">Pubblicato il 2 novembre 2026</p>"
                + "<p>Iscrizioni entro il 30 novembre 2026.</p>"
                + "<p>Il seminario si terrà il 10 dicembre 2026 alle 17:30.</p>");

    assertThat(event.start().map(EventTime::iso)).contains("2026-12-10T17:30:00");
  }

  @Test
  void placesAYearlessDateFromThePublicationDateAndSaysSo() {
    RawEvent event =
        single(
            "<head><meta property=\"article:published_time\" content=\"2022-02-26T10:00:00Z\">"
                + "</head><h1>Level Up</h1><p>Sabato 5 marzo, ore 10</p>");

    assertThat(event.start().map(EventTime::iso)).contains("2022-03-05T10:00:00");
    assertThat(event.provenance().get("start")).contains("year from the page's publication date");
  }

  @Test
  void placesAYearlessDateFromTheServersLastModifiedWhenThePageGivesNoDay() {
    String html = "<html lang=\"it\"><body><h1>Level Up</h1><p>Giovedì 5 marzo, ore 10</p>";
    ParseInput input =
        ParseInput.of(
                "plain",
                URI.create("https://example.test/eventi/level-up"),
                html.getBytes(StandardCharsets.UTF_8))
            .withZone(ZoneId.of("Europe/Rome"));

    RawEvent event =
        extractor
            .extract(
                input.withLastModified(
                    java.util.Optional.of(Instant.parse("2020-02-11T09:00:00Z"))))
            .events()
            .get(0);
    assertThat(event.start().map(EventTime::iso)).contains("2020-03-05T10:00:00");
    assertThat(event.provenance().get("start")).contains("year from the page's Last-Modified date");
    // Without one (no header, or one that is no HTTP date): the day the page was read places it.
    assertThat(
            extractor
                .extract(input.withLastModified(java.util.Optional.empty()))
                .events()
                .get(0)
                .provenance()
                .get("start"))
        .doesNotContain("Last-Modified");
  }

  @Test
  void takesATimeElementStampedAtAnOddMinuteForTheMomentAPostWasSaved() {
    // A blog's tag page: each card shows its post's day; the machine value holds 21:29, 17:55.
    String card =
        "<article class=\"c-card\"><header><p><time datetime=\"%s\">%s</time></p>"
            + "<h2><a href=\"/%s.html\">%s</a></h2></header></article>";
    Extraction blog =
        read(
            "<h1>Seminari</h1><div>"
                + String.format(card, "2027-04-09T21:29", "09/04/2027", "luce", "Facciamo luce")
                + String.format(card, "2027-04-09T17:55", "09/04/2027", "quantum", "Quantum")
                + String.format(card, "2027-04-02T08:13", "02/04/2027", "onde", "Onde")
                + "</div>");
    assertThat(blog.events()).isEmpty();

    // The same cards with the hours an event is held at are events.
    Extraction agenda =
        read(
            "<h1>Seminari</h1><div>"
                + String.format(card, "2027-04-09T21:00", "09/04/2027", "luce", "Facciamo luce")
                + String.format(card, "2027-04-09T17:30", "09/04/2027", "quantum", "Quantum")
                + String.format(card, "2027-04-02T18:00", "02/04/2027", "onde", "Onde")
                + "</div>");
    assertThat(agenda.events()).hasSize(3);
  }

  @Test
  void readsAListingTableOneEventPerDatedRow() {
    StringBuilder rows = new StringBuilder();
    for (int day = 1; day <= 40; day++) {
      rows.append("<tr><td>")
          .append(1 + (day - 1) % 28)
          .append(day <= 28 ? " febbraio 2027" : " marzo 2027")
          .append("</td><td>Laboratorio numero ")
          .append(day)
          .append("</td></tr>");
    }
    List<RawEvent> events = read("<h1>Calendario</h1><table>" + rows + "</table>").events();

    assertThat(events).hasSize(40);
    assertThat(events.get(39).title()).isEqualTo("Laboratorio numero 40");
  }

  @Test
  void keepsTheMainContentWhoseWrapperHasALayoutClassLikeFurniture() {
    // Quarto marks its content wrapper "page-navbar"; the sidebar beside main is still left out.
    List<RawEvent> events =
        read("<div id=\"quarto-content\" class=\"page-columns page-navbar\">"
                + "<div class=\"sidebar\"><p>Webinar 3 marzo 2027</p></div>"
                + "<main><h1>Let's Talk Digital Conference</h1><p>23-24th October 2027</p>"
                + "<p>Travel and accommodation</p></main></div>")
            .events();

    assertThat(events)
        .extracting(RawEvent::title, event -> event.start().map(EventTime::iso).orElse(""))
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("Let's Talk Digital Conference", "2027-10-23"));
  }

  @Test
  void readsTheTabbedListsBesideTheListingAndDatesThemFromTheirImages() {
    // Two tabs built alike, the hidden one with more cards; no year anywhere but in image names.
    String card =
        "<div class=\"card\"><img src=\"images/%s_locandina.jpg\"><h3>%s</h3>"
            + "<div>%s</div><div>%s</div><div>%s</div><p>Concerto del coro.</p></div>";
    List<RawEvent> events =
        read("<h1>Eventi</h1><div id=\"next\" class=\"container flex flex-col\">"
                + String.format(card, "20231021", "Alicorno in Festa", "OTTOBRE", "21", "SAB")
                + "</div><div id=\"past\" class=\"hidden container flex-col\">"
                + String.format(card, "20230625", "Tra Sacro e Profano", "GIUGNO", "25", "DOM")
                + String.format(card, "x", "Tra Haydn e Schubert", "DICEMBRE", "5", "DOMENICA")
                + String.format(card, "y", "Concerto di Natale", "DICEMBRE", "18", "DOM")
                + "</div>")
            .events();

    assertThat(events)
        .extracting(RawEvent::title, event -> event.start().map(EventTime::iso).orElse(""))
        .containsExactlyInAnyOrder(
            org.assertj.core.api.Assertions.tuple("Alicorno in Festa", "2023-10-21"),
            org.assertj.core.api.Assertions.tuple("Tra Sacro e Profano", "2023-06-25"),
            // 5 December is a Sunday in 2021 and in 2027: the nearer to the images' 2023.
            org.assertj.core.api.Assertions.tuple("Tra Haydn e Schubert", "2021-12-05"),
            org.assertj.core.api.Assertions.tuple("Concerto di Natale", "2022-12-18"));
  }

  @Test
  void takesTheVenueFromATableColumnHeadedAsAPlace() {
    List<RawEvent> events =
        read("<h1>Eventi</h1><table><thead><tr><th>data</th><th>luogo</th></tr></thead><tbody>"
                + "<tr><td>8 gennaio 2027</td><td>Sigirino, Notte del racconto</td></tr>"
                + "<tr><td>11 febbraio 2027</td><td>Sorengo, fiabe greche</td></tr>"
                + "</tbody></table>")
            .events();

    assertThat(events)
        .extracting(RawEvent::title, event -> event.location().orElse(""))
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "Sigirino, Notte del racconto", "Sigirino, Notte del racconto"),
            org.assertj.core.api.Assertions.tuple(
                "Sorengo, fiabe greche", "Sorengo, fiabe greche"));
  }

  @Test
  void takesNeitherTitleNorLinkFromAnAddressToWriteTo() {
    List<RawEvent> events =
        read("<h1>Incontri</h1><div><p>Sabato 6 marzo 2027, ore 16</p><p>Informazioni:"
                + " <a href=\"mailto:info@circolo.example\">info@circolo.example</a></p></div>"
                + "<div><p><strong>Conferenza sulla storia del ducato</strong></p>"
                + "<p>Sabato 13 marzo 2027, ore 16, <a href=\"tel:+39059123456\">chiamare</a>"
                + " o <a href=\"/conferenza-ducato\">il programma</a></p></div>")
            .events();

    assertThat(events)
        .extracting(RawEvent::title)
        .doesNotContain("info@circolo.example")
        .contains("Conferenza sulla storia del ducato");
    assertThat(events)
        .flatExtracting(event -> event.url().stream().map(URI::toString).toList())
        .allMatch(url -> url.startsWith("http"));
  }

  @Test
  void givesOneEventForAnEventPageThatAlsoListsOthers() {
    List<RawEvent> events =
        read("<h1>Workshop Figma per PMI</h1><p>Mercoledì 20 gennaio 2027, ore 10:00</p>"
                + "<aside><h2>Altri eventi</h2><ul>"
                + "<li><a href=\"/e/1\">Corso Python</a> 3 febbraio 2027</li>"
                + "<li><a href=\"/e/2\">Webinar SEO</a> 10 febbraio 2027</li>"
                + "<li><a href=\"/e/3\">Meetup UX</a> 17 febbraio 2027</li></ul></aside>")
            .events();

    assertThat(events)
        .singleElement()
        .extracting(RawEvent::title)
        .isEqualTo("Workshop Figma per PMI");
  }

  @Test
  void readsItemsUnderDayHeadingsEachWithItsOwnHours() {
    List<RawEvent> events =
        read("<div><h3>Monday November 10</h3><div class=\"row\"><a href=\"/a\">LEGO Time</a>"
                + " 3:00 pm to 5:00 pm</div><div class=\"row\"><a href=\"/b\">Chess Club</a>"
                + " 6:00 pm to 8:00 pm</div><h3>Wednesday November 12</h3><div class=\"row\">"
                + "<a href=\"/c\">Socks2Stuff</a> 3:30 pm to 4:30 pm</div></div>")
            .events();

    assertThat(events)
        .extracting(RawEvent::title, event -> event.start().map(EventTime::iso).orElse(""))
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("LEGO Time", "2025-11-10T15:00:00"),
            org.assertj.core.api.Assertions.tuple("Chess Club", "2025-11-10T18:00:00"),
            org.assertj.core.api.Assertions.tuple("Socks2Stuff", "2025-11-12T15:30:00"));
  }

  @Test
  void saysWhyAPageGaveNoEvent() {
    Extraction page =
        read("<h1>Chi siamo</h1><p>L'associazione, fondata nel 1998, riunisce 40 studi.</p>");

    assertThat(page.events()).isEmpty();
    assertThat(page.warnings()).anyMatch(warning -> warning.startsWith("no event: "));
  }

  private RawEvent single(String body) {
    List<RawEvent> events = read(body).events();
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private Extraction read(String body) {
    String html =
        body.startsWith("<head>") ? "<html lang=\"it\">" + body : "<html lang=\"it\"><body>" + body;
    return extractor.extract(
        ParseInput.of(
                "plain",
                URI.create("https://example.test/eventi/pagina"),
                (html + "</body></html>").getBytes(StandardCharsets.UTF_8))
            .withZone(ZoneId.of("Europe/Rome")));
  }
}
