package io.invito.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2026-W49}: the unit of digests and invitation folders. */
public record Week(int year, int number) implements Comparable<Week> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})-W(\\d{2})");

  public Week {
    if (number < 1 || number > 53) {
      throw new IllegalArgumentException("week number " + number + " is not between 1 and 53");
    }
  }

  /** Reads {@code 2026-W49}; the message names the value when it is not a week. */
  public static Week parse(String text) {
    Matcher matcher = FORM.matcher(text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not an ISO week such as 2026-W49");
    }
    Week week = new Week(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    if (!of(week.monday()).equals(week)) {
      throw new IllegalArgumentException(
          "'" + text + "': year " + week.year + " has no week " + week.number);
    }
    return week;
  }

  public static Week of(LocalDate date) {
    return new Week(
        date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * The week a digest written today is for: this week on a Monday (the digest goes out on Monday
   * morning), else the next one.
   */
  public static Week coming(LocalDate today) {
    return of(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
  }

  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Monday 00:00 in the zone. */
  public ZonedDateTime start(ZoneId zone) {
    return monday().atStartOfDay(zone);
  }

  /** The next Monday 00:00 in the zone (exclusive end). */
  public ZonedDateTime end(ZoneId zone) {
    return monday().plusWeeks(1).atStartOfDay(zone);
  }

  public Week next() {
    return of(monday().plusWeeks(1));
  }

  @Override
  public int compareTo(Week other) {
    return monday().compareTo(other.monday());
  }

  @Override
  public String toString() {
    return "%04d-W%02d".formatted(year, number);
  }
}
