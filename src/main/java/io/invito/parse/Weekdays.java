package io.invito.parse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekday written beside a date, in Italian or English ("SAB", "giovedì", "Monday"), and the
 * year it gives a date written without one: "sabato 21 ottobre" is in a year whose 21 October is a
 * Saturday. Listings of past events often omit the year and keep the weekday.
 */
final class Weekdays {
  private static final Pattern NAME =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?<mon>luned[iì]|lun|monday|mon)|(?<tue>marted[iì]|tuesday|tue|tues)"
              + "|(?<wed>mercoled[iì]|merc?|wednesday|wed)|(?<thu>gioved[iì]|gio|thursday|thu|thur|thurs)"
              + "|(?<fri>venerd[iì]|ven|friday|fri)|(?<sat>sabato|sab|saturday|sat)"
              + "|(?<sun>domenica|dom|sunday|sun))['’`]?\\.?(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String[] GROUPS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

  /** How far before or after the date its weekday may stand, in characters. */
  private static final int WINDOW = 14;

  private static final int YEARS_BACK = 8;

  private Weekdays() {}

  /** The weekday written just before {@code from} or just after {@code to}, if any. */
  static Optional<DayOfWeek> near(String text, int from, int to) {
    Matcher before = NAME.matcher(text).region(Math.max(0, from - WINDOW), from);
    DayOfWeek found = null;
    while (before.find()) {
      found = day(before); // the last one before the date is the date's
    }
    if (found != null) {
      return Optional.of(found);
    }
    Matcher after = NAME.matcher(text).region(to, Math.min(text.length(), to + WINDOW));
    return after.find() ? Optional.of(day(after)) : Optional.empty();
  }

  /**
   * The year-less day on the weekday, nearest the reference: from a year before it to half a year
   * after (a page rarely announces further ahead), else the latest earlier year (an archive of past
   * events), else nothing.
   */
  static Optional<LocalDate> place(int month, int day, DayOfWeek weekday, LocalDate reference) {
    int year = reference.getYear();
    for (int candidate : new int[] {year, year + 1, year - 1}) {
      Optional<LocalDate> date = CalendarDays.find(candidate, month, day);
      if (date.isPresent() && date.get().getDayOfWeek() == weekday) {
        return date;
      }
    }
    for (int candidate = year - 2; candidate >= year - YEARS_BACK; candidate--) {
      Optional<LocalDate> date = CalendarDays.find(candidate, month, day);
      if (date.isPresent() && date.get().getDayOfWeek() == weekday) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The text without its weekday names. */
  static String strip(String text) {
    return NAME.matcher(text).replaceAll(" ");
  }

  private static DayOfWeek day(Matcher matcher) {
    for (int i = 0; i < GROUPS.length; i++) {
      if (matcher.group(GROUPS[i]) != null) {
        return DayOfWeek.of(i + 1);
      }
    }
    throw new IllegalStateException("no weekday group matched " + matcher.group());
  }
}
