package io.invito.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the first event date written in words or digits, in Italian or English, from text with no
 * markup: "giovedì 10 dicembre 2026 ore 17:30", "Dec 10, 2026 5:30 PM CET", "domani alle 18.30".
 *
 * <p>Relative words and year-less dates need the publication day as a reference: "domani" is the
 * day after it, "10 dicembre" the next 10 December on or after it. Without a reference they are not
 * read, since guessing from today would date an old post wrongly.
 */
final class TextDates {

  /** A date found in text: a start and, when the text gave one, an end. */
  record Found(Timed start, Optional<Timed> end) {}

  /** Where the date was in the text and what it meant. */
  private record DateSpan(LocalDate date, int from, int to) {}

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
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d/.:])(?<first>\\d{1,2})(?<sep>[/.\\-])(?<second>\\d{1,2})(?:\\k<sep>"
              + "(?<year>\\d{4}|\\d{2}))?(?![\\d/:])(?!\\.\\d)");
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?!\\d)");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b(?<word>dopodomani|the day after tomorrow|domani|tomorrow|oggi|today|stasera|tonight)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_RANGE =
      Pattern.compile(
          "(?<![\\d/.])(?<first>\\d{1,2})\\s*(?:-|–|al|to)\\s*(?<day>\\d{1,2})\\s+"
              + MONTH
              + "(?![\\p{L}])(?:,?\\s+"
              + YEAR
              + ")?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE_JOIN =
      Pattern.compile(
          "^\\s*(?:-|–|—|al|all'|fino al|to|until|through)\\s+", Pattern.CASE_INSENSITIVE);

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
  private static final int TIME_WINDOW = 80;
  private static final List<String> RELATIVE_WORDS =
      List.of("domani", "tomorrow", "oggi", "today", "stasera", "tonight");

  private TextDates() {}

  /**
   * Finds the first event date in the text.
   *
   * @param reference the publication day, for relative and year-less dates
   * @param sourceZone the source's zone, for times written without one
   */
  static Optional<Found> find(
      String text, Optional<LocalDate> reference, Optional<ZoneId> sourceZone) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String clean = collapse(text);
    // Whether the text names a month or a relative day at all, once: each date search below
    // would otherwise ask again over the whole text.
    Scope scope = new Scope(Months.mentioned(clean), mentionsRelativeDay(clean, 0));
    Optional<DateSpan> first = firstDate(clean, 0, reference, scope);
    // "Pubblicato il 2 novembre ... si terrà il 10 dicembre": a date before the publication day
    // is the post's own or a past edition's, not the event announced.
    while (first.isPresent()
        && reference.isPresent()
        && first.get().date().isBefore(reference.get())) {
      first = firstDate(clean, first.get().to(), reference, scope);
    }
    if (first.isEmpty()) {
      return Optional.empty();
    }
    DateSpan date = first.get();
    Optional<DateSpan> endDate = endDate(clean, date, reference, scope);
    int after = endDate.map(DateSpan::to).orElse(date.to());
    Optional<TimeRange> times = timeNear(clean, date.from(), after);
    int zoneFrom = times.map(TimeRange::to).orElse(after);
    Optional<StatedZone> zone = StatedZone.find(clean, zoneFrom, sourceZone);
    if (times.isEmpty()) {
      return Optional.of(
          new Found(Timed.allDay(date.date()), endDate.map(span -> Timed.allDay(span.date()))));
    }
    TimeRange range = times.get();
    LocalDateTime start = date.date().atTime(range.start());
    Optional<LocalDateTime> end =
        range
            .end()
            .map(time -> endDate.map(DateSpan::date).orElse(date.date()).atTime(time))
            .map(time -> time.isBefore(start) ? time.plusDays(1) : time);
    return Optional.of(
        new Found(place(start, zone, sourceZone), end.map(time -> place(time, zone, sourceZone))));
  }

  private static Timed place(
      LocalDateTime local, Optional<StatedZone> zone, Optional<ZoneId> sourceZone) {
    return zone.map(stated -> stated.apply(local, sourceZone))
        .orElseGet(() -> Timed.floating(local));
  }

  /** What kinds of date words the whole text has, so searches skip the patterns it cannot match. */
  private record Scope(boolean months, boolean relativeDays) {}

  private static Optional<DateSpan> firstDate(
      String text, int from, Optional<LocalDate> reference, Scope scope) {
    boolean months = scope.months();
    return Stream.of(
            months ? dayRange(text, from, reference) : Optional.<DateSpan>empty(),
            months ? dayMonth(DAY_MONTH, text, from, reference) : Optional.<DateSpan>empty(),
            months ? dayMonth(MONTH_DAY, text, from, reference) : Optional.<DateSpan>empty(),
            numeric(text, from, reference),
            iso(text, from),
            scope.relativeDays() ? relative(text, from, reference) : Optional.<DateSpan>empty())
        .flatMap(Optional::stream)
        .min(
            Comparator.comparingInt(DateSpan::from)
                .thenComparing(Comparator.comparingInt(DateSpan::to).reversed()));
  }

  /** "dal 31 gennaio al 1 febbraio", "Dec 10 - Dec 12, 2026": a second date right after. */
  private static Optional<DateSpan> endDate(
      String text, DateSpan start, Optional<LocalDate> reference, Scope scope) {
    Matcher join = RANGE_JOIN.matcher(text).region(start.to(), text.length());
    if (!join.lookingAt()) {
      return rangeEnd(text, start, reference);
    }
    // A year-less end date is the next one after the start: "dal 31 dicembre al 2 gennaio".
    return firstDate(text, join.end(), Optional.of(start.date()), scope)
        .filter(span -> span.from() == join.end() && !span.date().isBefore(start.date()));
  }

  /** The end of "10-12 dicembre 2026", which the day-range form read as its start. */
  private static Optional<DateSpan> rangeEnd(
      String text, DateSpan start, Optional<LocalDate> reference) {
    Matcher range = DAY_RANGE.matcher(text).region(start.from(), text.length());
    if (!range.lookingAt()) {
      return Optional.empty();
    }
    return dayMonth(
            DAY_MONTH,
            text.substring(0, range.end()),
            range.start("day"),
            Optional.of(start.date()).or(() -> reference))
        .filter(span -> span.from() == range.start("day"));
  }

  private static Optional<DateSpan> dayRange(String text, int from, Optional<LocalDate> ref) {
    Matcher matcher = DAY_RANGE.matcher(text).region(from, text.length());
    while (matcher.find()) {
      Optional<LocalDate> last =
          date(
              matcher.group("year"),
              Months.number(matcher.group("month")),
              Integer.parseInt(matcher.group("day")),
              ref);
      int first = Integer.parseInt(matcher.group("first"));
      Optional<LocalDate> start =
          last.flatMap(end -> safeDate(end.getYear(), end.getMonthValue(), first))
              .filter(day -> !day.isAfter(last.get()));
      if (start.isPresent()) {
        return Optional.of(new DateSpan(start.get(), matcher.start(), matcher.start("day")));
      }
    }
    return Optional.empty();
  }

  private static Optional<DateSpan> dayMonth(
      Pattern pattern, String text, int from, Optional<LocalDate> reference) {
    Matcher matcher = pattern.matcher(text).region(from, text.length());
    while (matcher.find()) {
      Optional<LocalDate> date =
          date(
              matcher.group("year"),
              Months.number(matcher.group("month")),
              Integer.parseInt(matcher.group("day")),
              reference);
      if (date.isPresent()) {
        return Optional.of(new DateSpan(date.get(), matcher.start(), matcher.end()));
      }
    }
    return Optional.empty();
  }

  private static Optional<DateSpan> numeric(String text, int from, Optional<LocalDate> ref) {
    Matcher matcher = NUMERIC.matcher(text).region(from, text.length());
    while (matcher.find()) {
      String year = matcher.group("year");
      if (year == null && !matcher.group("sep").equals("/")) {
        continue; // "18.30" is a time and "3-5" a range: only "10/12" is a year-less date
      }
      int first = Integer.parseInt(matcher.group("first"));
      int second = Integer.parseInt(matcher.group("second"));
      // Day first, as Italy and most of the world write it; month first only when it must be.
      boolean monthFirst = second > 12 && first <= 12;
      String fullYear = year != null && year.length() == 2 ? "20" + year : year;
      Optional<LocalDate> date =
          monthFirst ? date(fullYear, first, second, ref) : date(fullYear, second, first, ref);
      if (date.isPresent()) {
        return Optional.of(new DateSpan(date.get(), matcher.start(), matcher.end()));
      }
    }
    return Optional.empty();
  }

  private static Optional<DateSpan> iso(String text, int from) {
    if (text.indexOf('-', from) < 0) {
      return Optional.empty(); // no ISO date without a hyphen; the pattern costs a scan per digit
    }
    Matcher matcher = ISO.matcher(text).region(from, text.length());
    while (matcher.find()) {
      Optional<DateSpan> span =
          safeDate(
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

  private static Optional<DateSpan> relative(String text, int from, Optional<LocalDate> ref) {
    if (ref.isEmpty() || !mentionsRelativeDay(text, from)) {
      return Optional.empty(); // a cheap look first: the word-bounded pattern costs more
    }
    Matcher matcher = RELATIVE.matcher(text).region(from, text.length());
    if (!matcher.find()) {
      return Optional.empty();
    }
    String word = matcher.group("word").toLowerCase(java.util.Locale.ROOT);
    int days =
        switch (word) {
          case "dopodomani", "the day after tomorrow" -> 2;
          case "domani", "tomorrow" -> 1;
          default -> 0;
        };
    return Optional.of(new DateSpan(ref.get().plusDays(days), matcher.start(), matcher.end()));
  }

  /** A plain scan for the relative words, much cheaper than the word-bounded pattern. */
  private static boolean mentionsRelativeDay(String text, int from) {
    // Only ASCII letters lower-case to the words' first letters, and none but 'O', 'G', 'T'
    // fold to their second ones, so ORing in 0x20 is a safe look before regionMatches.
    for (int i = from, last = text.length() - 1; i < last; i++) {
      char c = (char) (text.charAt(i) | 0x20);
      if (c == 'd' || c == 't' || c == 'o' || c == 's') {
        char next = (char) (text.charAt(i + 1) | 0x20);
        for (String word : RELATIVE_WORDS) {
          if (word.charAt(0) == c
              && word.charAt(1) == next
              && text.regionMatches(true, i, word, 0, word.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Every run of {@code [\\s\\u00A0\\u202F]} as one space; the text itself when it has none. */
  private static String collapse(String text) {
    int length = text.length();
    int first = -1;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || i + 1 < length && isSpace(text.charAt(i + 1)))) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(length).append(text, 0, first);
    boolean inRun = false;
    for (int i = first; i < length; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u202F';
  }

  /** A date with its year, or the next one on or after the reference when the text gave none. */
  private static Optional<LocalDate> date(
      String year, int month, int day, Optional<LocalDate> reference) {
    if (year != null) {
      return safeDate(Integer.parseInt(year), month, day);
    }
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    LocalDate after = reference.get();
    for (int candidate = after.getYear(); candidate <= after.getYear() + 4; candidate++) {
      Optional<LocalDate> date = safeDate(candidate, month, day);
      if (date.isPresent() && !date.get().isBefore(after)) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> safeDate(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // "31 febbraio" is no date, whatever Rome would make of it
    }
  }

  private record TimeRange(LocalTime start, Optional<LocalTime> end, int to) {}

  /** The time after the date ("10 dicembre ore 17:30") or else just before it ("alle 18, il"). */
  private static Optional<TimeRange> timeNear(String text, int dateFrom, int dateTo) {
    Optional<TimeRange> after = time(text, dateTo, Math.min(text.length(), dateTo + TIME_WINDOW));
    return after.isPresent() ? after : time(text, Math.max(0, dateFrom - TIME_WINDOW), dateFrom);
  }

  private static Optional<TimeRange> time(String text, int from, int to) {
    Matcher matcher = TIME.matcher(text).region(from, to);
    while (matcher.find()) {
      boolean marked =
          matcher.group("pre") != null
              || matcher.group("m") != null
              || matcher.group("ampm") != null;
      Optional<LocalTime> start =
          clock(matcher.group("h"), matcher.group("m"), matcher.group("ampm"));
      if (!marked || start.isEmpty()) {
        continue;
      }
      Matcher end = TIME_END.matcher(text).region(matcher.end(), text.length());
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
      return Optional.of(new TimeRange(start.get(), Optional.empty(), matcher.end()));
    }
    return Optional.empty();
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
