package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # text                                                        | published  | zone          | start                     | end                       | startZone
      Webinar giovedì 10 dicembre 2026 ore 17:30                    | -          | Europe/Rome   | 2026-12-10T17:30:00       | -                         | floating
      Corso il 10/12/2026 dalle 15:00 alle 17:00                    | -          | Europe/Rome   | 2026-12-10T15:00:00       | 2026-12-10T17:00:00       | floating
      Ci vediamo il 10 dicembre alle 18.30                          | 2026-11-20 | -             | 2026-12-10T18:30:00       | -                         | floating
      Seminario 15 gennaio, h. 18                                   | 2026-11-20 | Europe/Rome   | 2027-01-15T18:00:00       | -                         | floating
      Incontro il 10/12 h 9.15                                      | 2026-11-20 | -             | 2026-12-10T09:15:00       | -                         | floating
      Join us on Dec 10, 2026 5:30 PM CET                           | -          | -             | 2026-12-10T17:30:00+01:00 | -                         | stated
      'Live session: 10 December, 17:30 (CET)'                      | 2026-11-01 | Europe/Rome   | 2026-12-10T17:30:00+01:00 | -                         | stated
      Webinar domani alle 18.30                                     | 2026-12-09 | Europe/Rome   | 2026-12-10T18:30:00       | -                         | floating
      Webinar dopodomani alle 18                                    | 2026-12-08 | -             | 2026-12-10T18:00:00       | -                         | floating
      Webinar tomorrow at 6 PM                                      | 2026-12-09 | -             | 2026-12-10T18:00:00       | -                         | floating
      Oggi alle 17 presentazione del prodotto                       | 2026-12-10 | -             | 2026-12-10T17:00:00       | -                         | floating
      Appuntamento mar 10 marzo 2026 ore 9:30                       | -          | -             | 2026-03-10T09:30:00       | -                         | floating
      Incontro mar 15 dicembre 2026 ore 18                          | -          | -             | 2026-12-15T18:00:00       | -                         | floating
      Riunione del 3 mar 2027 h 9                                   | -          | -             | 2027-03-03T09:00:00       | -                         | floating
      Office hours Mar 10, 2026 at 9:30 AM                          | -          | -             | 2026-03-10T09:30:00       | -                         | floating
      Fiera dal 31 gennaio al 1 febbraio                            | 2026-11-20 | -             | 2027-01-31                | 2027-02-01                | all-day
      Masterclass 10-12 dicembre 2026                               | -          | -             | 2026-12-10                | 2026-12-12                | all-day
      Open day il 10 dicembre 2026                                  | -          | Europe/Rome   | 2026-12-10                | -                         | all-day
      'Thursday, December 10th 2026 from 5:30 pm to 7:00 pm (Europe/London)' | - | -          | 2026-12-10T17:30:00Z      | 2026-12-10T19:00:00Z      | stated
      'Corso estivo giovedì 9 luglio 2026 ore 17:30 CET'            | -          | Europe/Rome   | 2026-07-09T17:30:00+02:00 | -                         | stated
      '9 Dec 2026, 10am-12pm GMT'                                   | -          | -             | 2026-12-09T10:00:00Z      | 2026-12-09T12:00:00Z      | stated
      'Mercoledì 2 dicembre 2026, 14:30 - 16:00 ora italiana'       | -          | -             | 2026-12-02T14:30:00+01:00 | 2026-12-02T16:00:00+01:00 | stated
      December 10 2026 6:30pm EST                                   | -          | -             | 2026-12-10T18:30:00-05:00 | -                         | stated
      'Starts 2026-12-10, at 10:00 (UTC+1)'                         | -          | -             | 2026-12-10T10:00:00+01:00 | -                         | stated
      Evento 1° febbraio 2027 alle ore 10                           | -          | -             | 2027-02-01T10:00:00       | -                         | floating
      'Alle 18:00 di venerdì 11 dicembre 2026, in diretta'          | -          | -             | 2026-12-11T18:00:00       | -                         | floating
      'Pubblicato il 2 novembre 2026. Si terrà il 10/12/2026 h 18'  | 2026-11-05 | -             | 2026-12-10T18:00:00       | -                         | floating
      'Nella sala di piazza 8 marzo, giovedì 10 dicembre 2026 ore 18' | -        | -             | 2026-12-10T18:00:00       | -                         | floating
      'Presso il circolo in via 3 febbraio 7: sabato 2 aprile, ore 17,30' | 2016-03-01 | -         | 2016-04-02T17:30:00       | -                         | floating
      Let's Talk Digital Conference 23-24th October 2025            | -          | -             | 2025-10-23                | 2025-10-24                | all-day
      Workshop il 12 e 13 marzo 2011                                | -          | -             | 2011-03-12                | 2011-03-13                | all-day
      Two days on 12th and 13th March 2027                          | -          | -             | 2027-03-12                | 2027-03-13                | all-day
      Incontri il 3 e 10 marzo 2027                                 | -          | -             | 2027-03-03                | -                         | all-day
      'Dopo il rinvio del 26 ottobre, sabato 23 novembre dalle 09:00 alle 19:00' | 2019-11-22 | - | 2019-11-23T09:00:00     | 2019-11-23T19:00:00       | floating
      'Sessioni il 24 febbraio (terzo anno), 9 marzo (quinto anno) e 16 marzo 2024 (quarto anno), sempre dalle 9:00 alle 13:00' | 2024-02-19 | - | 2024-02-24T09:00:00 | 2024-02-24T13:00:00 | floating
      'RMS a Catania il 25 marzo! La data del seminario di Stallman è stata spostata da lunedì 27 a sabato 25 marzo 2006. Sempre alle ore 9:00.' | 2006-03-20 | - | 2006-03-25T09:00:00 | - | floating
      """)
  void readsTheDateTheTextStates(
      String text, String published, String zone, String start, String end, String startZone) {
    Optional<TextDates.Found> found =
        TextDates.find(
            text,
            Optional.ofNullable(published).map(LocalDate::parse),
            Optional.ofNullable(zone).map(ZoneId::of));

    assertThat(found).as(text).isPresent();
    assertThat(found.get().start().time().iso()).as("start of " + text).isEqualTo(start);
    assertThat(found.get().end().map(timed -> timed.time().iso()).orElse(null))
        .as("end of " + text)
        .isEqualTo(end);
    assertThat(found.get().start().zone().label()).as("zone of " + text).isEqualTo(startZone);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Nessuna data in questo articolo sul nostro corso",
        "Il 31 febbraio 2026 non esiste",
        "Posted at 18:30 about our products",
        "Webinar domani alle 18.30",
        "Early bird until 10 December",
        "Versione 2.10.3 rilasciata",
        "Score 3-5 in the final"
      })
  void findsNoDateWhereTheTextGivesNoneItCanPlace(String text) {
    // No publication date: relative and year-less dates cannot be placed and are not guessed.
    assertThat(TextDates.find(text, Optional.empty(), Optional.empty())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Da oggi il gruppo rende disponibile PayPal per le quote",
        "A partire da domani le iscrizioni sono aperte a tutti",
        "From today members can pay their fees online",
        "Come ancora oggi ricordiamo, il software libero è di tutti",
        "Le competenze di domani per le imprese del territorio",
        "Terroni e polentoni di fronte all'Italia di ieri, oggi e domani"
      })
  void findsNoEventDayInARelativeDayThatOpensOrClosesAStretchOfTime(String text) {
    assertThat(TextDates.find(text, Optional.of(LocalDate.parse("2021-07-11")), Optional.empty()))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void takesAYearlessDateThatWouldFallMostOfAYearLaterForTheOneJustPast() {
    // Published 22 November: "26 ottobre" is last October, recalled, not next October's event.
    assertThat(
            TextDates.find(
                "Dopo la sospensione per l'allerta meteo del 26 ottobre, riproponiamo la giornata",
                Optional.of(LocalDate.parse("2019-11-22")),
                Optional.empty()))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void readsEachSessionOfAListOfDatesSharingTheirHours() {
    String text =
        "Sessioni nell'Aula Magna il 24 febbraio (terzo anno), 9 marzo (quinto anno) e 16 marzo"
            + " 2024 (quarto anno), sempre dalle 9:00 alle 13:00.";

    assertThat(
            sessions(
                    text,
                    Optional.of(LocalDate.parse("2024-02-19")),
                    Optional.empty(),
                    Optional.empty())
                .stream()
                .map(found -> found.start().time().iso() + "/" + found.end().get().time().iso()))
        .containsExactly(
            "2024-02-24T09:00:00/2024-02-24T13:00:00",
            "2024-03-09T09:00:00/2024-03-09T13:00:00",
            "2024-03-16T09:00:00/2024-03-16T13:00:00");
    // One date, or a list with no hours, is no cycle of sessions.
    assertThat(
            sessions(
                "Webinar il 24 febbraio 2024 dalle 9:00",
                Optional.empty(),
                Optional.empty(),
                Optional.empty()))
        .isEmpty();
    assertThat(
            sessions(
                "Mostra aperta il 24 febbraio, 9 marzo e 16 marzo 2024.",
                Optional.empty(),
                Optional.empty(),
                Optional.empty()))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Corso il 10 dicembre                    | 2026-06-20 | 2026-12-10
      Corso il 10 gennaio                     | 2026-12-20 | 2027-01-10
      Course on 29 February                   | 2027-09-01 | 2028-02-29
      Corso il 10 dicembre                    | 2026-12-10 | 2026-12-10
      """)
  void placesAYearlessDateOnItsNextOccurrenceFromPublication(
      String text, String published, String expected) {
    assertThat(
            TextDates.find(text, Optional.of(LocalDate.parse(published)), Optional.empty())
                .map(found -> found.start().time().iso()))
        .contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # text                                              | published  | start
      Webinar on 12/10/2026 at 5:30 PM                    | -          | 2026-12-10T17:30:00
      'Workshop 12/10/26, 3:00 - 5:00 PM'                 | -          | 2026-12-10T15:00:00
      Office hours 12/10 at 9:30 AM                       | 2026-11-20 | 2026-12-10T09:30:00
      """)
  void readsAnAmbiguousNumericDateMonthFirstWhenTheTextIsUsEnglish(
      String text, String published, String start) {
    assertThat(startOf(text, published, "en-US")).contains(start);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # text                                              | locale | start
      Webinar on 12/10/2026 at 5:30 PM                    | en-GB  | 2026-10-12T17:30:00
      Webinar on 12/10/2026 at 5:30 PM                    | en     | 2026-10-12T17:30:00
      Webinar on 12/10/2026 at 5:30 PM                    | -      | 2026-10-12T17:30:00
      Webinar il 12/10/2026 alle 17:30                    | it-IT  | 2026-10-12T17:30:00
      Webinar il 12/10/2026 alle 17:30                    | it     | 2026-10-12T17:30:00
      Webinar il 12/10/2026 alle 17:30                    | -      | 2026-10-12T17:30:00
      Webinar il 12/10/2026 alle 17:30                    | it-US  | 2026-10-12T17:30:00
      """)
  void readsAnAmbiguousNumericDateDayFirstInAnyOtherLocaleOrAnUnknownOne(
      String text, String locale, String start) {
    assertThat(startOf(text, null, locale)).contains(start);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # text                                              | locale
      Holiday webinar on 25/12/2026 at 5 PM               | en-US
      Holiday webinar on 25/12/2026 at 5 PM               | en-GB
      Webinar di Natale il 25/12/2026 alle 17             | it-IT
      Webinar di Natale il 25/12/2026 alle 17             | -
      Holiday webinar on 12/25/2026 at 5 PM               | en-US
      Holiday webinar on 12/25/2026 at 5 PM               | en-GB
      Webinar di Natale il 12/25/2026 alle 17             | it-IT
      Webinar di Natale il 12/25/2026 alle 17             | -
      """)
  void readsANumericDateTheOnlyWayItCanWhateverTheLocaleWhenOneNumberIsOverTwelve(
      String text, String locale) {
    assertThat(startOf(text, null, locale)).contains("2026-12-25T17:00:00");
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Webinar on 13/13/2026 at 5 PM                       | en-US
      Webinar il 13/13/2026 alle 17                       | it-IT
      """)
  void findsNoNumericDateWhenNeitherNumberCanBeTheMonth(String text, String locale) {
    assertThat(startOf(text, null, locale)).isEmpty();
  }

  private static java.util.List<TextDates.Found> sessions(
      String text, Optional<LocalDate> reference, Optional<ZoneId> zone, Optional<Locale> locale) {
    return TextDates.findWithSessions(text, reference, zone, locale)
        .map(TextDates.Dated::sessions)
        .orElse(java.util.List.of());
  }

  private static Optional<String> startOf(String text, String published, String locale) {
    return TextDates.find(
            text,
            Optional.ofNullable(published).map(LocalDate::parse),
            Optional.empty(),
            Optional.ofNullable(locale).map(Locale::forLanguageTag))
        .map(found -> found.start().time().iso());
  }
}
