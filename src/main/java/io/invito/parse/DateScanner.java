package io.invito.parse;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates of one text in the order they are written, whatever their form (named month,
 * digits, ISO, relative day), and the end date of a range that starts at one of them.
 */
final class DateScanner {
  private static final Pattern RANGE_JOIN =
      Pattern.compile(
          "^\\s*(?:-|–|—|al|all'|fino al|to|until|through)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN =
      Pattern.compile(
          "(?:\\b(?:tra|fra)(?:\\s+il|\\s+l'|\\s+i)?|\\bbetween)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN_JOIN =
      Pattern.compile("^\\s*(?:e\\s+il|e\\s+l'|e|and)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Comparator<DateSpan> EARLIEST_THEN_LONGEST =
      Comparator.comparingInt(DateSpan::from)
          .thenComparing(Comparator.comparingInt(DateSpan::to).reversed());

  private final String text;
  // The text's characters once more, for the scans that look at each of them: extract runs on C1,
  // which compiles String.charAt into a call several times the cost of reading an array.
  private final char[] chars;
  private final NumericDates.Order order;
  // Whether the text names a month or a relative day at all, asked once: each search below
  // would otherwise ask again over the whole text.
  private final boolean months;
  private final boolean relativeDays;
  // Per form of date (see next): where it last searched from, for which reference, and what it
  // found there (null: nothing to the text's end).
  private static final int FINDERS = 6;

  /** How far after "al", "to" or "-" a range's end date may be written, in characters. */
  private static final int END_WINDOW = 40;

  private final int[] searchedFrom = new int[FINDERS];
  private final DateSpan[] found = new DateSpan[FINDERS];
  private Optional<LocalDate> cachedReference;

  /**
   * A scanner over text whose whitespace is already collapsed.
   *
   * @param order how to read a numeric date whose numbers could be either day or month
   */
  DateScanner(String text, NumericDates.Order order) {
    this(text, text.toCharArray(), order);
  }

  /**
   * A scanner over text whose whitespace is already collapsed, and whose characters the caller
   * already has.
   *
   * @param chars the text's characters, exactly; never changed afterwards
   */
  DateScanner(String text, char[] chars, NumericDates.Order order) {
    this(text, chars, order, Months.mentioned(chars), RelativeDays.mentioned(text, chars, 0));
  }

  private DateScanner(
      String text, char[] chars, NumericDates.Order order, boolean months, boolean relativeDays) {
    this.text = text;
    this.chars = chars;
    this.order = order;
    this.months = months;
    this.relativeDays = relativeDays;
    Arrays.fill(searchedFrom, -1);
  }

  /** The date written first from {@code from} on; the longest when two begin at one place. */
  Optional<DateSpan> first(int from, Optional<LocalDate> reference) {
    if (!reference.equals(cachedReference)) {
      Arrays.fill(searchedFrom, -1);
      cachedReference = reference;
    }
    DateSpan earliest = null;
    for (int finder = 0; finder < FINDERS; finder++) {
      DateSpan found = next(finder, from, reference);
      if (found != null
          && (earliest == null || EARLIEST_THEN_LONGEST.compare(found, earliest) < 0)) {
        earliest = found;
      }
    }
    return Optional.ofNullable(earliest);
  }

  /**
   * The first date one form finds from {@code from} on. Reading a text's dates in order asks each
   * form again after every date; the answer it gave last still holds when it lies at or after the
   * new start, so each form scans the text once rather than once per date.
   */
  private DateSpan next(int finder, int from, Optional<LocalDate> reference) {
    if (searchedFrom[finder] >= 0
        && searchedFrom[finder] <= from
        && (found[finder] == null || found[finder].from() >= from)) {
      return found[finder];
    }
    Optional<DateSpan> span =
        switch (finder) {
          case 0 -> months ? NamedMonthDates.dayRange(text, from, reference) : Optional.empty();
          case 1 -> months ? NamedMonthDates.dayMonth(text, from, reference) : Optional.empty();
          case 2 -> months ? NamedMonthDates.monthDay(text, from, reference) : Optional.empty();
          case 3 -> NumericDates.dayMonthYear(text, chars, from, reference, order);
          case 4 -> NumericDates.iso(text, from);
          default -> relativeDays ? RelativeDays.find(text, from, reference) : Optional.empty();
        };
    searchedFrom[finder] = from;
    found[finder] = span.orElse(null);
    return found[finder];
  }

  /**
   * The words that join a range's start to its end: "al", "to", "-", or, after "tra"/"between",
   * "e"/"and" ("tra il 24 febbraio e il 16 marzo").
   */
  private Matcher joinAfter(DateSpan start) {
    Matcher join = RANGE_JOIN.matcher(text).region(start.to(), text.length());
    if (!join.lookingAt()
        && BETWEEN.matcher(text).region(Math.max(0, start.from() - 12), start.from()).find()) {
      join = BETWEEN_JOIN.matcher(text).region(start.to(), text.length());
    }
    return join;
  }

  /** "dal 31 gennaio al 1 febbraio", "Dec 10 - Dec 12, 2026": a second date right after. */
  Optional<DateSpan> end(DateSpan start, Optional<LocalDate> reference) {
    Matcher join = joinAfter(start);
    if (!join.lookingAt()) {
      return NamedMonthDates.rangeEnd(text, start, reference);
    }
    // A year-less end date is the next one after the start: "dal 31 dicembre al 2 gennaio". Only
    // a date right after the joining word counts, so only a few words are scanned for it.
    String window = text.substring(0, Math.min(text.length(), join.end() + END_WINDOW));
    DateScanner near =
        new DateScanner(window, Arrays.copyOf(chars, window.length()), order, months, relativeDays);
    return near.first(join.end(), Optional.of(start.date()))
        .filter(span -> span.from() == join.end() && !span.date().isBefore(start.date()));
  }
}
