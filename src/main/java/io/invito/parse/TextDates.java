package io.invito.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
    return Scan.of(text, reference, locale).map(scan -> scan.event(sourceZone));
  }

  /**
   * The event's date in a text, and its sessions: one per day when the text lists several days
   * sharing one time ("il 24 febbraio, 9 marzo e 16 marzo 2024, sempre dalle 9:00 alle 13:00");
   * fewer than two when it gives one date, or a list without hours.
   */
  record Dated(Found found, List<Found> sessions) {}

  /** {@link #find} and {@link #sessions} from one reading of the text. */
  static Optional<Dated> findWithSessions(
      String text,
      Optional<LocalDate> reference,
      Optional<ZoneId> sourceZone,
      Optional<Locale> locale) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Scan.of(text, reference, locale)
        .map(scan -> new Dated(scan.event(sourceZone), scan.sessions(sourceZone)));
  }

  /** How many dates {@link #find} reads from one text: the event's is among the first. */
  private static final int FIND_LIMIT = 20;

  /** How long before an event a post may leave its year out, in days. */
  private static final int YEARLESS_AHEAD = 240;

  /** What joins the dates of a list: "24 febbraio (terzo anno), 9 marzo e 16 marzo 2024". */
  private static final java.util.regex.Pattern LIST_JOIN =
      java.util.regex.Pattern.compile(
          "\\s*(?:\\([^()]{0,40}\\))?\\s*(?:,|;|e|ed|and|&|,\\s*e|,\\s*and)\\s*",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** How a list of dates goes on after one of them: ", ", " e ", " (terzo anno), ". */
  private static final java.util.regex.Pattern LIST_START =
      java.util.regex.Pattern.compile(
          "\\s*(?:\\([^()]{0,40}\\))?\\s*(?:,|;|&|(?:e|ed|and)(?![\\p{L}]))",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * The dates of one text as {@link #find} weighs them, read lazily: most texts need only the
   * event's own date, a few the dates after it (a list sharing its hours, the same day repeated).
   */
  private static final class Scan {
    private final String clean;
    private final DateScanner dates;
    private final Optional<LocalDate> reference;
    private final List<DateSpan> written = new ArrayList<>();
    private boolean exhausted;
    // The index of the event's own date: the first on or after the publication day.
    private int chosen = -1;

    private Scan(String clean, DateScanner dates, Optional<LocalDate> reference) {
      this.clean = clean;
      this.dates = dates;
      this.reference = reference;
    }

    static Optional<Scan> of(String text, Optional<LocalDate> reference, Optional<Locale> locale) {
      // The text's characters are copied once for both the collapse and the scanner: a text
      // with nothing to collapse is returned as it is, one that had has its collapsed
      // characters at the start of the array.
      char[] chars = text.toCharArray();
      String clean = TextCleaner.collapse(text, chars, TextDates::isSpace);
      DateScanner dates =
          new DateScanner(
              clean,
              clean == text ? chars : Arrays.copyOf(chars, clean.length()),
              NumericDates.Order.of(locale));
      Scan scan = new Scan(clean, dates, reference);
      // "Pubblicato il 2 novembre ... si terrà il 10 dicembre": a date before the publication
      // day is the post's own or a past edition's, not the event announced. A date written
      // without its year that would fall most of a year later is the one just past: the text
      // recalls it.
      for (int i = 0; scan.chosen < 0 && scan.has(i); i++) {
        DateSpan span = scan.span(i);
        if ((reference.isEmpty() || !span.date().isBefore(reference.get()))
            && !farAheadWithoutYear(clean, span, reference, locale)) {
          scan.chosen = i;
        }
      }
      return scan.chosen < 0 ? Optional.empty() : Optional.of(scan);
    }

    /** Whether the text writes an {@code index}-th date (within {@link #FIND_LIMIT}). */
    private boolean has(int index) {
      while (written.size() <= index && !exhausted && written.size() < FIND_LIMIT) {
        int from = written.isEmpty() ? 0 : written.get(written.size() - 1).to();
        Optional<DateSpan> next = dates.first(from, reference);
        next.ifPresentOrElse(written::add, () -> exhausted = true);
      }
      return index < written.size();
    }

    private DateSpan span(int index) {
      return written.get(index);
    }

    Found event(Optional<ZoneId> sourceZone) {
      DateSpan date = span(chosen);
      Written read = TextDates.read(clean, dates, date, reference, sourceZone);
      if (!read.timed()) {
        read = timeAfterList(sourceZone).or(() -> timedRepeat(sourceZone)).orElse(read);
      }
      return read.found();
    }

    List<Found> sessions(Optional<ZoneId> sourceZone) {
      int last = listEnd();
      List<Found> sessions = new ArrayList<>();
      if (last == chosen || !read(last, sourceZone).timed()) {
        return sessions;
      }
      String tail = clean.substring(span(last).from());
      for (int i = chosen; i <= last; i++) {
        LocalDate day = span(i).date();
        if (reference.isPresent() && day.isBefore(reference.get())
            || i > chosen && !day.isAfter(span(i - 1).date())) {
          return List.of();
        }
        timesOnDay(tail, day, sourceZone).ifPresent(sessions::add);
      }
      return sessions;
    }

    /** The last date of the list that starts with the chosen one. */
    private int listEnd() {
      int last = chosen;
      // Only a joining word right after a date can start a list: most texts are not read further.
      while (LIST_START.matcher(clean).region(span(last).to(), clean.length()).lookingAt()
          && has(last + 1)
          && LIST_JOIN.matcher(clean).region(span(last).to(), span(last + 1).from()).matches()) {
        last++;
      }
      return last;
    }

    /** The date at {@code index} with the time written after it, up to the next date. */
    private Written read(int index, Optional<ZoneId> sourceZone) {
      int limit = has(index + 1) ? span(index + 1).from() : clean.length();
      return TextDates.read(clean, dates, span(index), reference, sourceZone, limit);
    }

    /**
     * The time written after a list of dates that starts with the chosen one: "il 24 febbraio, 9
     * marzo e 16 marzo 2024, sempre dalle 9:00 alle 13:00" gives each its hours.
     */
    private Optional<Written> timeAfterList(Optional<ZoneId> sourceZone) {
      int last = listEnd();
      if (last == chosen) {
        return Optional.empty();
      }
      Written tail = read(last, sourceZone);
      if (!tail.timed()) {
        return Optional.empty();
      }
      DateSpan date = span(chosen);
      return timesOnDay(clean.substring(span(last).from()), date.date(), sourceZone)
          .map(found -> new Written(found, date.from(), tail.to(), true));
    }

    /**
     * The same day written again further on, this time with its hours: a title says "il 25 marzo",
     * the text "sabato 25 marzo 2006 ... alle ore 9:00".
     */
    private Optional<Written> timedRepeat(Optional<ZoneId> sourceZone) {
      LocalDate day = span(chosen).date();
      for (int i = chosen + 1; has(i); i++) {
        if (span(i).date().equals(day)) {
          Written read = read(i, sourceZone);
          if (read.timed()) {
            return Optional.of(read);
          }
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Whether a date written without a year lies so far after the publication day that the text more
   * likely means the one just past: "dopo la sospensione del 26 ottobre" in a post of 22 November
   * is last October, not next. A post written that far ahead writes the year.
   */
  private static boolean farAheadWithoutYear(
      String clean, DateSpan span, Optional<LocalDate> reference, Optional<Locale> locale) {
    if (reference.isEmpty() || !span.date().isAfter(reference.get().plusDays(YEARLESS_AHEAD))) {
      return false;
    }
    String alone = clean.substring(span.from(), span.to());
    return new DateScanner(alone, NumericDates.Order.of(locale))
        .first(0, Optional.empty())
        .isEmpty();
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
