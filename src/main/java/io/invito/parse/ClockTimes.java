package io.invito.parse;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time of day written near a date, and the end time when a range gives one: "ore 17:30",
 * "h. 18", "alle 18.30", "dalle 15:00 alle 17:00", "5:30 PM", "10am-12pm".
 */
final class ClockTimes {

  /**
   * A time read from text.
   *
   * @param end the end of a range, when the text gave one
   * @param to the offset just after what was read, where a zone may follow
   */
  record TimeRange(LocalTime start, Optional<LocalTime> end, int to) {}

  private static final String CLOCK =
      "(?<!\\d)(?<h>\\d{1,2})(?:[:.](?<m>\\d{2}))?(?!\\d)\\s*(?<ampm>[ap]\\.?\\s?m\\b\\.?)?";
  private static final Pattern TIME =
      Pattern.compile(
          "(?<pre>\\b(?:dalle ore|dalle|alle ore|alle|ore|h|at|from|starting at)\\.?\\s*)?" + CLOCK,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_END =
      Pattern.compile(
          "^\\s*(?:-|–|—|alle|to|until|fino alle|a)\\s*(?:ore\\s*)?" + CLOCK,
          Pattern.CASE_INSENSITIVE);

  /** How far from a date its time may be written, in characters. */
  private static final int WINDOW = 80;

  private ClockTimes() {}

  /**
   * The time after the date ("10 dicembre ore 17:30") or else just before it ("alle 18, il").
   *
   * @param dateFrom where the date begins
   * @param dateTo just after where the date (or the range of dates) ends
   */
  static Optional<TimeRange> near(String text, int dateFrom, int dateTo) {
    return near(text, dateFrom, dateTo, text.length());
  }

  /**
   * The same, looking after the date no further than {@code limit}: where the next date begins,
   * whose time it would otherwise take.
   */
  static Optional<TimeRange> near(String text, int dateFrom, int dateTo, int limit) {
    Optional<TimeRange> after =
        first(text, dateTo, Math.min(Math.min(text.length(), limit), dateTo + WINDOW));
    return after.isPresent() ? after : first(text, Math.max(0, dateFrom - WINDOW), dateFrom);
  }

  /** The first time written in the text, wherever it is. */
  static Optional<TimeRange> first(String text) {
    return first(text, 0, Math.min(text.length(), 2_000));
  }

  private static Optional<TimeRange> first(String text, int from, int to) {
    Matcher matcher = TIME.matcher(text).region(from, to);
    while (matcher.find()) {
      // A bare number is no time: "ore 18", "18:00" and "6 PM" are; "18" alone is not.
      boolean marked =
          matcher.group("pre") != null
              || matcher.group("m") != null
              || matcher.group("ampm") != null;
      String minutes = matcher.group("m");
      int timeEnd = matcher.end();
      // "ore 17,30": after a word that says a time follows, a comma parts hours and minutes too.
      if (minutes == null && matcher.group("pre") != null && commaMinutes(text, matcher.end("h"))) {
        minutes = text.substring(matcher.end("h") + 1, matcher.end("h") + 3);
        timeEnd = Math.max(timeEnd, matcher.end("h") + 3);
      }
      Optional<LocalTime> start = clock(matcher.group("h"), minutes, matcher.group("ampm"));
      if (!marked || start.isEmpty()) {
        continue;
      }
      Matcher end = TIME_END.matcher(text).region(timeEnd, text.length());
      if (end.lookingAt()) {
        Optional<LocalTime> until = clock(end.group("h"), end.group("m"), end.group("ampm"));
        if (until.isPresent()) {
          LocalTime begin = start.get();
          if (matcher.group("ampm") == null
              && end.group("ampm") != null
              && until.get().getHour() >= 12
              && begin.getHour() < 12
              && begin.plusHours(12).isBefore(until.get())) {
            begin = begin.plusHours(12); // "5-7 PM": the start shares the end's afternoon
          }
          return Optional.of(new TimeRange(begin, until, end.end()));
        }
      }
      return Optional.of(new TimeRange(start.get(), Optional.empty(), timeEnd));
    }
    return Optional.empty();
  }

  private static boolean commaMinutes(String text, int at) {
    return at + 3 <= text.length()
        && text.charAt(at) == ','
        && Character.isDigit(text.charAt(at + 1))
        && Character.isDigit(text.charAt(at + 2))
        && (at + 3 == text.length() || !Character.isDigit(text.charAt(at + 3)));
  }

  private static Optional<LocalTime> clock(String hours, String minutes, String ampm) {
    int hour = Integer.parseInt(hours);
    int minute = minutes == null ? 0 : Integer.parseInt(minutes);
    if (ampm != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }
}
