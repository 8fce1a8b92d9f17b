package io.invito.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the first event date written in words or digits, in Italian or English, from text with no
 * markup: "giovedì 10 dicembre 2026 ore 17:30", "Dec 10, 2026 5:30 PM CET", "domani alle 18.30".
 *
 * <p>Relative words and year-less dates need the publication day as a reference: "domani" is the
 * day after it, "10 dicembre" the next 10 December on or after it. Without a reference they are not
 * read, since guessing from today would date an old post wrongly.
 *
 * <p>A numeric date whose two numbers could each be the month, "12/10/2026", is read day first (12
 * October) unless the text is in US English (December 10); see {@link NumericDates.Order}.
 *
 * <p>This class puts the parts together; {@link DateScanner} finds the dates, {@link ClockTimes}
 * the times and {@link StatedZone} the zone written after them.
 */
final class TextDates {

  /** A date found in text: a start and, when the text gave one, an end. */
  record Found(Timed start, Optional<Timed> end) {}

  private TextDates() {}

  /**
   * Finds the first event date in text whose language is unknown: numeric dates are read day first.
   *
   * @param reference the publication day, for relative and year-less dates
   * @param sourceZone the source's zone, for times written without one
   */
  static Optional<Found> find(
      String text, Optional<LocalDate> reference, Optional<ZoneId> sourceZone) {
    return find(text, reference, sourceZone, Optional.empty());
  }

  /**
   * Finds the first event date in the text.
   *
   * @param reference the publication day, for relative and year-less dates
   * @param sourceZone the source's zone, for times written without one
   * @param locale the language and region the text is written in, as its source declares them
   *     ("en-US"), for the order of day and month in numeric dates
   */
  static Optional<Found> find(
      String text,
      Optional<LocalDate> reference,
      Optional<ZoneId> sourceZone,
      Optional<Locale> locale) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String clean = TextCleaner.collapse(text, TextDates::isSpace);
    DateScanner dates = new DateScanner(clean, NumericDates.Order.of(locale));
    Optional<DateSpan> first = dates.first(0, reference);
    // "Pubblicato il 2 novembre ... si terrà il 10 dicembre": a date before the publication day
    // is the post's own or a past edition's, not the event announced.
    while (first.isPresent()
        && reference.isPresent()
        && first.get().date().isBefore(reference.get())) {
      first = dates.first(first.get().to(), reference);
    }
    return first.map(date -> read(clean, dates, date, reference, sourceZone).found());
  }

  /**
   * Every date written in the text, in order, each with its time and end when the text gives them.
   * Unlike {@link #find}, dates before the reference are kept: on an archive page they are the
   * events. Text whose lines matter (a page's) keeps its line breaks.
   *
   * @param limit how many dates to read at most
   */
  static List<Written> all(
      String text,
      Optional<LocalDate> reference,
      Optional<ZoneId> sourceZone,
      Optional<Locale> locale,
      int limit) {
    List<Written> found = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return found;
    }
    String clean = TextCleaner.collapse(text, c -> c != '\n' && isSpace(c));
    DateScanner dates = new DateScanner(clean, NumericDates.Order.of(locale));
    Optional<DateSpan> next = dates.first(0, reference);
    while (next.isPresent() && found.size() < limit) {
      DateSpan date = next.get();
      Optional<DateSpan> following =
          dates.first(dates.end(date, reference).map(DateSpan::to).orElse(date.to()), reference);
      Written written =
          read(
              clean,
              dates,
              date,
              reference,
              sourceZone,
              following.map(DateSpan::from).orElse(clean.length()));
      found.add(written);
      next =
          following
              .filter(span -> span.from() >= written.to())
              .or(() -> dates.first(Math.max(written.to(), date.to()), reference));
    }
    return found;
  }

  /**
   * A date as written in a text, with where it was.
   *
   * @param from where the date begins
   * @param to just after the date, its end date and its time
   * @param timed whether a time of day was written with it
   */
  record Written(Found found, int from, int to, boolean timed) {}

  private static Written read(
      String clean,
      DateScanner dates,
      DateSpan date,
      Optional<LocalDate> reference,
      Optional<ZoneId> sourceZone) {
    return read(clean, dates, date, reference, sourceZone, clean.length());
  }

  /**
   * @param limit where the next date begins: a time after it is that date's
   */
  private static Written read(
      String clean,
      DateScanner dates,
      DateSpan date,
      Optional<LocalDate> reference,
      Optional<ZoneId> sourceZone,
      int limit) {
    Optional<DateSpan> endDate = dates.end(date, reference);
    int after = endDate.map(DateSpan::to).orElse(date.to());
    Optional<ClockTimes.TimeRange> times = ClockTimes.near(clean, date.from(), after, limit);
    if (times.isEmpty()) {
      return new Written(
          new Found(Timed.allDay(date.date()), endDate.map(span -> Timed.allDay(span.date()))),
          date.from(),
          after,
          false);
    }
    ClockTimes.TimeRange range = times.get();
    Optional<StatedZone> zone = StatedZone.find(clean, range.to(), sourceZone);
    LocalDateTime start = date.date().atTime(range.start());
    Optional<LocalDateTime> end =
        range
            .end()
            .map(time -> endDate.map(DateSpan::date).orElse(date.date()).atTime(time))
            .map(time -> time.isBefore(start) ? time.plusDays(1) : time);
    return new Written(
        new Found(place(start, zone, sourceZone), end.map(time -> place(time, zone, sourceZone))),
        date.from(),
        Math.max(after, range.to()),
        true);
  }

  /**
   * The first time written in the text, on a day given elsewhere (a day heading above a list of
   * items, each with its own hours), with its end and zone when written.
   */
  static Optional<Found> timesOnDay(String text, LocalDate day, Optional<ZoneId> sourceZone) {
    String clean = TextCleaner.collapse(text, c -> c != '\n' && isSpace(c));
    return ClockTimes.first(clean)
        .map(
            range -> {
              Optional<StatedZone> zone = StatedZone.find(clean, range.to(), sourceZone);
              LocalDateTime start = day.atTime(range.start());
              Optional<LocalDateTime> end =
                  range
                      .end()
                      .map(day::atTime)
                      .map(time -> time.isBefore(start) ? time.plusDays(1) : time);
              return new Found(
                  place(start, zone, sourceZone), end.map(time -> place(time, zone, sourceZone)));
            });
  }

  private static Timed place(
      LocalDateTime local, Optional<StatedZone> zone, Optional<ZoneId> sourceZone) {
    return zone.map(stated -> stated.apply(local, sourceZone))
        .orElseGet(() -> Timed.floating(local));
  }

  /** Java's {@code \\s}, the no-break and the narrow no-break space: what dates are split by. */
  private static boolean isSpace(int c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u202F';
  }
}
