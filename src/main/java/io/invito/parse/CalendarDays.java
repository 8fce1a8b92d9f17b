package io.invito.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns a day and month read from text into a calendar day: with the year the text gave, or else
 * the next such day on or after the reference, since "10 dicembre" in a post published in November
 * means this December and in a post published on 20 December the next one.
 */
final class CalendarDays {
  /** Far enough ahead for 29 February, the only day that can skip years. */
  private static final int YEARS_AHEAD = 4;

  private CalendarDays() {}

  /**
   * The day with its year, or the next one on or after the reference when the text gave none.
   *
   * @param year the year as written, four digits, or null when the text gave none
   */
  static Optional<LocalDate> place(String year, int month, int day, Optional<LocalDate> reference) {
    if (year != null) {
      return find(Integer.parseInt(year), month, day);
    }
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    LocalDate after = reference.get();
    for (int candidate = after.getYear(); candidate <= after.getYear() + YEARS_AHEAD; candidate++) {
      Optional<LocalDate> date = find(candidate, month, day);
      if (date.isPresent() && !date.get().isBefore(after)) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The day, or nothing when there is no such day. */
  static Optional<LocalDate> find(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // "31 febbraio" is no date, whatever Rome would make of it
    }
  }
}
