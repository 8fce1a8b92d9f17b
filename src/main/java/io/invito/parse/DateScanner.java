package io.invito.parse;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
  private final NumericDates.Order order;
  // Whether the text names a month or a relative day at all, asked once: each search below
  // would otherwise ask again over the whole text.
  private final boolean months;
  private final boolean relativeDays;

  /**
   * A scanner over text whose whitespace is already collapsed.
   *
   * @param order how to read a numeric date whose numbers could be either day or month
   */
  DateScanner(String text, NumericDates.Order order) {
    this.text = text;
    this.order = order;
    this.months = Months.mentioned(text);
    this.relativeDays = RelativeDays.mentioned(text, 0);
  }

  /** The date written first from {@code from} on; the longest when two begin at one place. */
  Optional<DateSpan> first(int from, Optional<LocalDate> reference) {
    return Stream.of(
            months ? NamedMonthDates.dayRange(text, from, reference) : Optional.<DateSpan>empty(),
            months ? NamedMonthDates.dayMonth(text, from, reference) : Optional.<DateSpan>empty(),
            months ? NamedMonthDates.monthDay(text, from, reference) : Optional.<DateSpan>empty(),
            NumericDates.dayMonthYear(text, from, reference, order),
            NumericDates.iso(text, from),
            relativeDays ? RelativeDays.find(text, from, reference) : Optional.<DateSpan>empty())
        .flatMap(Optional::stream)
        .min(EARLIEST_THEN_LONGEST);
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
    // A year-less end date is the next one after the start: "dal 31 dicembre al 2 gennaio".
    return first(join.end(), Optional.of(start.date()))
        .filter(span -> span.from() == join.end() && !span.date().isBefore(start.date()));
  }
}
