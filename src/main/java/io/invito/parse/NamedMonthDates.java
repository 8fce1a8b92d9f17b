package io.invito.parse;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates whose month is a word, in Italian or English: "10 dicembre 2026", "1° febbraio", "Dec
 * 10, 2026", "10th of December", and day ranges in one month, "10-12 dicembre 2026". Callers first
 * ask {@link Months#mentioned} whether the text names a month at all: these patterns are costly on
 * the long texts that name none.
 */
final class NamedMonthDates {
  private static final String MONTH = "(?<month>" + Months.ALTERNATION + ")\\.?";
  private static final String YEAR = "(?<year>\\d{4})(?!\\d)";

  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\d/.])(?<day>\\d{1,2})(?:°|º|st|nd|rd|th)?(?:\\s+(?:of|di))?\\s+"
              + MONTH
              + "(?![\\p{L}])(?:,?\\s+"
              + YEAR
              + ")?",
          Pattern.CASE_INSENSITIVE);
  // "mar 10 marzo" is Tuesday 10 March: a month name followed by a day and another month is a
  // weekday abbreviation, so the month-first form refuses it and the day-month form reads it.
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?<![\\p{L}])"
              + MONTH
              + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?!\\s+(?:di\\s+)?(?:"
              + Months.ALTERNATION
              + ")(?![\\p{L}]))(?:,?\\s+"
              + YEAR
              + ")?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_RANGE =
      Pattern.compile(
          "(?<![\\d/.])(?<first>\\d{1,2})(?:°|º|st|nd|rd|th)?\\s*(?<join>-|–|al|to|e|ed|and|&)\\s*(?<day>\\d{1,2})(?:°|º|st|nd|rd|th)?\\s+"
              + MONTH
              + "(?![\\p{L}])(?:,?\\s+"
              + YEAR
              + ")?",
          Pattern.CASE_INSENSITIVE);

  /**
   * A word for a street or square right before a date: "via 3 febbraio 7", "piazza 8 marzo", "corso
   * 22 marzo", "viale 4 novembre" name a place after a date, not a day.
   */
  private static final Pattern STREET =
      Pattern.compile(
          "(?<![\\p{L}])(?:via|viale|v\\.le|piazza|p\\.zza|p\\.za|piazzale|p\\.le|corso|c\\.so|largo|vicolo|"
              + "strada|borgo|rue|place|avenue)\\s+(?:\\d{1,2}\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private NamedMonthDates() {}

  /** Whether the date at {@code at} is part of a street's name. */
  private static boolean streetName(String text, int at) {
    return at > 0 && STREET.matcher(text).region(Math.max(0, at - 14), at).find();
  }

  /** The first "10 dicembre 2026" from {@code from} on. */
  static Optional<DateSpan> dayMonth(String text, int from, Optional<LocalDate> reference) {
    return first(DAY_MONTH, text, from, reference);
  }

  /** The first "Dec 10, 2026" from {@code from} on. */
  static Optional<DateSpan> monthDay(String text, int from, Optional<LocalDate> reference) {
    return first(MONTH_DAY, text, from, reference);
  }

  /**
   * The start of the first "10-12 dicembre 2026" from {@code from} on; the span ends where the last
   * day begins, so that {@link #rangeEnd} can read it from there.
   */
  static Optional<DateSpan> dayRange(String text, int from, Optional<LocalDate> reference) {
    Matcher matcher = DAY_RANGE.matcher(text).region(from, text.length());
    while (matcher.find()) {
      if (streetName(text, matcher.start())) {
        continue;
      }
      Optional<LocalDate> last = placed(matcher, reference);
      int first = Integer.parseInt(matcher.group("first"));
      Optional<LocalDate> start =
          last.flatMap(end -> CalendarDays.find(end.getYear(), end.getMonthValue(), first))
              .filter(day -> !day.isAfter(last.get()));
      if (start.isPresent()) {
        return Optional.of(new DateSpan(start.get(), matcher.start(), matcher.start("day")));
      }
    }
    return Optional.empty();
  }

  /** The end of "10-12 dicembre 2026" whose start {@link #dayRange} read, else nothing. */
  static Optional<DateSpan> rangeEnd(String text, DateSpan start, Optional<LocalDate> reference) {
    Matcher range = DAY_RANGE.matcher(text).region(start.from(), text.length());
    if (!range.lookingAt() || !spans(range)) {
      return Optional.empty();
    }
    return first(
            DAY_MONTH,
            text.substring(0, range.end()),
            range.start("day"),
            Optional.of(start.date()).or(() -> reference))
        .filter(span -> span.from() == range.start("day"));
  }

  /**
   * Whether a range's two days are its first and last: always with "-" or "al"; with "e"/"and" only
   * when they are consecutive ("il 12 e 13 marzo"), since "il 3 e il 10 marzo" are two dates of
   * which only the first starts the event.
   */
  private static boolean spans(Matcher range) {
    String join = range.group("join").toLowerCase(java.util.Locale.ROOT);
    boolean listed =
        join.equals("e") || join.equals("ed") || join.equals("and") || join.equals("&");
    return !listed
        || Integer.parseInt(range.group("day")) == Integer.parseInt(range.group("first")) + 1;
  }

  private static Optional<DateSpan> first(
      Pattern pattern, String text, int from, Optional<LocalDate> reference) {
    Matcher matcher = pattern.matcher(text).region(from, text.length());
    while (matcher.find()) {
      if (streetName(text, matcher.start())) {
        continue;
      }
      Optional<LocalDate> date = placed(matcher, reference);
      if (date.isPresent() && matcher.group("year") == null) {
        date = byWeekday(text, matcher, date.get(), reference.get());
      }
      if (date.isPresent()) {
        return Optional.of(new DateSpan(date.get(), matcher.start(), matcher.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * A year-less date whose weekday is written beside it, in the year nearest the reference that the
   * weekday agrees with; a weekday no nearby year agrees with leaves the reference's placing.
   */
  private static Optional<LocalDate> byWeekday(
      String text, Matcher matcher, LocalDate placed, LocalDate reference) {
    Optional<java.time.DayOfWeek> weekday = Weekdays.near(text, matcher.start(), matcher.end());
    if (weekday.isEmpty()) {
      return Optional.of(placed);
    }
    return Weekdays.place(placed.getMonthValue(), placed.getDayOfMonth(), weekday.get(), reference)
        .or(() -> Optional.of(placed));
  }

  /** The date a match's day, month and year name; a year-less one is placed by the reference. */
  private static Optional<LocalDate> placed(Matcher matcher, Optional<LocalDate> reference) {
    return CalendarDays.place(
        matcher.group("year"),
        Months.number(matcher.group("month")),
        Integer.parseInt(matcher.group("day")),
        reference);
  }
}
