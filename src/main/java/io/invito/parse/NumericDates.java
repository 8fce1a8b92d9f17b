package io.invito.parse;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written in digits only: "10/12/2026", "10.12.26", "10/12" and ISO's "2026-12-10",
 * telling them from the times ("18.30"), scores ("3-5") and version numbers ("2.10.3") that look
 * alike.
 */
final class NumericDates {

  /**
   * Which of the first two numbers of "12/10/2026" is the month when either could be. When only one
   * can be (a number over 12 is no month), that one decides, whatever the order: "25/12/2026" is 25
   * December and "12/25/2026" 25 December too.
   */
  enum Order {
    /** "12/10/2026" is 12 October: Italy, the UK and most of the world. */
    DAY_FIRST,
    /** "12/10/2026" is December 10: the United States. */
    MONTH_FIRST;

    /**
     * Month first for text in US English, day first for any other language or region and when the
     * language is unknown: invito's sources are mostly Italian and European, and "en" alone does
     * not say which English.
     */
    static Order of(Optional<Locale> locale) {
      boolean usEnglish =
          locale
              .filter(
                  declared ->
                      declared.getLanguage().equals("en") && declared.getCountry().equals("US"))
              .isPresent();
      return usEnglish ? MONTH_FIRST : DAY_FIRST;
    }

    /** Whether the first number is the month, given the two numbers as written. */
    boolean monthFirst(int first, int second) {
      if (first > 12) {
        return false;
      }
      return second > 12 || this == MONTH_FIRST;
    }
  }

  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d/.:])(?<first>\\d{1,2})(?<sep>[/.\\-])(?<second>\\d{1,2})(?:\\k<sep>"
              + "(?<year>\\d{4}|\\d{2}))?(?![\\d/:])(?!\\.\\d)");
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?!\\d)");

  private NumericDates() {}

  /**
   * The first "10/12/2026" from {@code from} on, its day and month in the given order unless the
   * numbers say otherwise; a year-less one is placed by the reference.
   *
   * @param chars the text's characters (an array: see DateScanner)
   */
  static Optional<DateSpan> dayMonthYear(
      String text, char[] chars, int from, Optional<LocalDate> reference, Order order) {
    Matcher matcher = NUMERIC.matcher(text);
    int at = from;
    while (find(matcher, chars, from, at)) {
      at = matcher.end();
      String year = matcher.group("year");
      if (year == null && !matcher.group("sep").equals("/")) {
        continue; // "18.30" is a time and "3-5" a range: only "10/12" is a year-less date
      }
      int first = Integer.parseInt(matcher.group("first"));
      int second = Integer.parseInt(matcher.group("second"));
      boolean monthFirst = order.monthFirst(first, second);
      String fullYear = year != null && year.length() == 2 ? "20" + year : year;
      Optional<LocalDate> date =
          monthFirst
              ? CalendarDays.place(fullYear, first, second, reference)
              : CalendarDays.place(fullYear, second, first, reference);
      if (date.isPresent()) {
        return Optional.of(new DateSpan(date.get(), matcher.start(), matcher.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * What {@code matcher.region(from, text.length()).find()} finds from {@code at} on, the pattern
   * tried only where it can begin: at a digit after none of {@code [\d/.:]}, as its look-behind
   * requires (which sees nothing before the region's start). Asked at every character of a long
   * description, the pattern's look-behind was most of the time spent on dates.
   */
  private static boolean find(Matcher matcher, char[] text, int from, int at) {
    for (int length = text.length; at < length; at++) {
      char c = text[at];
      if (c >= '0'
          && c <= '9'
          && (at == from || !numberPart(text[at - 1]))
          && matcher.region(at, length).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static boolean numberPart(char c) {
    return c >= '0' && c <= '9' || c == '/' || c == '.' || c == ':';
  }

  /** The first "2026-12-10" from {@code from} on. */
  static Optional<DateSpan> iso(String text, int from) {
    if (text.indexOf('-', from) < 0) {
      return Optional.empty(); // no ISO date without a hyphen; the pattern costs a scan per digit
    }
    Matcher matcher = ISO.matcher(text).region(from, text.length());
    while (matcher.find()) {
      Optional<DateSpan> span =
          CalendarDays.find(
                  Integer.parseInt(matcher.group("year")),
                  Integer.parseInt(matcher.group("month")),
                  Integer.parseInt(matcher.group("day")))
              .map(date -> new DateSpan(date, matcher.start(), matcher.end()));
      if (span.isPresent()) {
        return span;
      }
    }
    return Optional.empty();
  }
}
