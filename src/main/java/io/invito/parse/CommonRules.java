package io.invito.parse;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The RRULE shapes nearly every calendar writes (FREQ DAILY, WEEKLY, MONTHLY or YEARLY with
 * INTERVAL, COUNT, UNTIL, BYMONTH, BYMONTHDAY, BYDAY) expanded as ical4j 4.2's {@code Recur}
 * expands them, its ways included: occurrences are made period by period from the seed (DTSTART
 * plus INTERVAL times the frequency), only candidates at or after the seed count, a period's day
 * that does not exist (31 April, 29 February) is dropped, COUNT counts the occurrences before the
 * window too. Recur costs each calendar run ical4j's configuration, the Logback start its logger
 * asks for and a locale lookup per week; these rules need none. A shape outside this list is
 * declined and Recur reads it. CommonRulesTest holds both to the same dates on every RRULE of the
 * corpora and on generated rules.
 */
final class CommonRules {
  /**
   * Recur's {@code net.fortuna.ical4j.recur.maxincrementcount}: periods without a date in a row.
   */
  private static final int MAX_EMPTY_PERIODS = 1000;

  private static final int MAX_INTERVAL = 1000;
  private static final int MAX_COUNT = 100_000;
  private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

  private enum Frequency {
    DAILY(ChronoUnit.DAYS),
    WEEKLY(ChronoUnit.WEEKS),
    MONTHLY(ChronoUnit.MONTHS),
    YEARLY(ChronoUnit.YEARS);

    final ChronoUnit unit;

    Frequency(ChronoUnit unit) {
      this.unit = unit;
    }
  }

  /** One BYDAY entry: a weekday, and which of them in the month (0: every one). */
  private record Day(DayOfWeek day, int ordinal) {}

  private final Frequency frequency;
  private final int interval;
  private final int count;
  private final Until until;
  private final int[] months;
  private final int[] monthDays;
  private final List<Day> days;

  private CommonRules(
      Frequency frequency,
      int interval,
      int count,
      Until until,
      int[] months,
      int[] monthDays,
      List<Day> days) {
    this.frequency = frequency;
    this.interval = interval;
    this.count = count;
    this.until = until;
    this.months = months;
    this.monthDays = monthDays;
    this.days = days;
  }

  /**
   * UNTIL as written. Recur compares a date-time UNTIL in UTC with floating occurrences in the
   * JVM's (or ical4j's configured) default zone, which these rules do not read: such an UNTIL is
   * only taken when it lies days away from the window, where every zone gives the same answer.
   */
  private record Until(LocalDateTime local, boolean utc, boolean dateTime) {}

  /** The rule, when it is one of the common shapes; empty for everything Recur should read. */
  static Optional<CommonRules> read(String rule) {
    Frequency frequency = null;
    int interval = 1;
    int count = 0;
    Until until = null;
    int[] months = new int[0];
    int[] monthDays = new int[0];
    List<Day> days = List.of();
    List<String> seen = new ArrayList<>();
    for (String part : rule.split(";", -1)) {
      int equals = part.indexOf('=');
      if (equals <= 0 || part.indexOf('=', equals + 1) >= 0) {
        return Optional.empty();
      }
      String key = part.substring(0, equals);
      String value = part.substring(equals + 1);
      if (seen.contains(key) || value.isEmpty()) {
        return Optional.empty();
      }
      seen.add(key);
      switch (key) {
        case "FREQ" -> {
          frequency =
              switch (value) {
                case "DAILY" -> Frequency.DAILY;
                case "WEEKLY" -> Frequency.WEEKLY;
                case "MONTHLY" -> Frequency.MONTHLY;
                case "YEARLY" -> Frequency.YEARLY;
                default -> null;
              };
          if (frequency == null) {
            return Optional.empty();
          }
        }
        case "INTERVAL" -> {
          interval = number(value, 1, MAX_INTERVAL);
          if (interval == 0) {
            return Optional.empty();
          }
        }
        case "COUNT" -> {
          count = number(value, 1, MAX_COUNT);
          if (count == 0) {
            return Optional.empty();
          }
        }
        case "UNTIL" -> {
          until = until(value);
          if (until == null) {
            return Optional.empty();
          }
        }
        case "BYMONTH" -> {
          months = numbers(value, 1, 12);
          if (months == null) {
            return Optional.empty();
          }
        }
        case "BYMONTHDAY" -> {
          monthDays = numbers(value, -31, 31);
          if (monthDays == null || Arrays.stream(monthDays).anyMatch(day -> day == 0)) {
            return Optional.empty();
          }
        }
        case "BYDAY" -> {
          days = days(value);
          if (days == null) {
            return Optional.empty();
          }
        }
        case "WKST" -> {
          // Only read for weeks that start elsewhere than the seed's, which are declined below.
          if (!DAYS.contains(value)) {
            return Optional.empty();
          }
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    if (frequency == null || count > 0 && until != null) {
      return Optional.empty();
    }
    boolean yearly = frequency == Frequency.YEARLY;
    boolean ordinals = days.stream().anyMatch(day -> day.ordinal() != 0);
    if (months.length > 0 && !yearly
        || monthDays.length > 0 && frequency != Frequency.MONTHLY && months.length == 0
        || monthDays.length > 0
            && (!days.isEmpty() || frequency == Frequency.DAILY || frequency == Frequency.WEEKLY)
        || !days.isEmpty() && yearly && months.length == 0
        || ordinals && (frequency == Frequency.DAILY || frequency == Frequency.WEEKLY)) {
      return Optional.empty();
    }
    return Optional.of(new CommonRules(frequency, interval, count, until, months, monthDays, days));
  }

  /**
   * The occurrences from {@code from} to {@code to} (both included), at most {@code max}, as
   * Recur's {@code getDates(seed, from, to, max)} gives them; empty when the answer would depend on
   * what these rules leave to Recur. All-day series are given at midnight.
   */
  Optional<List<LocalDateTime>> dates(
      LocalDateTime seed, boolean allDay, LocalDateTime from, LocalDateTime to, int max) {
    if (frequency == Frequency.WEEKLY
        && interval > 1
        && !(days.isEmpty() || days.size() == 1 && days.get(0).day() == seed.getDayOfWeek())) {
      // Which days of a week every INTERVAL weeks are meant depends on where the week starts.
      return Optional.empty();
    }
    LocalDateTime last = null;
    if (until != null) {
      if (allDay && (until.utc() || until.dateTime())) {
        return Optional.empty(); // a day compared with a time: left to Recur's own comparison
      } else if (!until.utc()) {
        last = until.local();
      } else if (until.local().isAfter(to.plusDays(2))) {
        last = null; // after the window in every zone: it ends nothing the window shows
      } else if (until.local().isBefore(seed.minusDays(2))) {
        return Optional.of(List.of()); // before the seed in every zone: no occurrence at all
      } else {
        return Optional.empty();
      }
    }
    List<LocalDateTime> dates = new ArrayList<>();
    // Recur counts the candidates outside the window in a set: a day named twice counts once.
    Set<LocalDateTime> outside = new HashSet<>();
    int multiplier = 1;
    LocalDateTime cursor = seed;
    if (count == 0) {
      // As Recur: periods that end before the window are skipped, not walked.
      LocalDateTime limit = from.minus(interval, frequency.unit);
      LocalDateTime next = seed.plus(interval, frequency.unit);
      while (next.isBefore(limit)) {
        cursor = next;
        multiplier++;
        next = seed.plus((long) interval * multiplier, frequency.unit);
      }
    }
    int empty = 0;
    LocalDateTime previous = null;
    while (true) {
      List<LocalDateTime> candidates = candidates(seed, cursor);
      cursor = seed.plus((long) interval * multiplier++, frequency.unit);
      if (candidates.isEmpty()) {
        if (++empty > MAX_EMPTY_PERIODS) {
          return Optional.of(dates);
        }
        continue;
      }
      empty = 0;
      for (LocalDateTime candidate : candidates) {
        if (dates.size() >= max
            || previous != null && last != null && previous.isAfter(last)
            || previous != null && previous.isAfter(to)
            || count > 0 && dates.size() + outside.size() >= count) {
          return Optional.of(dates);
        }
        previous = candidate;
        if (candidate.isBefore(seed)) {
          continue;
        }
        if (candidate.isBefore(from) || candidate.isAfter(to)) {
          outside.add(candidate);
        } else if (last == null || !candidate.isAfter(last)) {
          dates.add(candidate);
        }
      }
    }
  }

  /** The dates of the period the cursor stands in, in order. */
  private List<LocalDateTime> candidates(LocalDateTime seed, LocalDateTime cursor) {
    List<LocalDateTime> out = new ArrayList<>();
    switch (frequency) {
      case DAILY -> {
        if (days.isEmpty() || hasDay(cursor.getDayOfWeek())) {
          out.add(cursor);
        }
      }
      case WEEKLY -> {
        if (days.isEmpty()) {
          out.add(cursor);
        } else {
          // Every listed day of the seven starting at the cursor: with INTERVAL=1 the weeks
          // together cover each day once, wherever a week starts.
          for (int i = 0; i < 7; i++) {
            LocalDateTime day = cursor.plusDays(i);
            if (hasDay(day.getDayOfWeek())) {
              out.add(day);
            }
          }
        }
      }
      case MONTHLY -> inMonth(seed, cursor, YearMonth.from(cursor), out);
      case YEARLY -> {
        if (months.length == 0) {
          inMonth(seed, cursor, YearMonth.from(cursor), out);
        } else {
          for (int month : months) {
            inMonth(seed, cursor, YearMonth.of(cursor.getYear(), month), out);
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** A month's dates: its BYDAY days, else its BYMONTHDAY days, else the seed's day of month. */
  private void inMonth(
      LocalDateTime seed, LocalDateTime cursor, YearMonth month, List<LocalDateTime> out) {
    int length = month.lengthOfMonth();
    List<LocalDateTime> found = new ArrayList<>();
    if (!days.isEmpty()) {
      for (Day day : days) {
        List<Integer> matching = new ArrayList<>();
        for (int d = 1; d <= length; d++) {
          if (month.atDay(d).getDayOfWeek() == day.day()) {
            matching.add(d);
          }
        }
        if (day.ordinal() == 0) {
          matching.forEach(d -> found.add(at(cursor, month, d)));
        } else {
          int index = day.ordinal() > 0 ? day.ordinal() - 1 : matching.size() + day.ordinal();
          if (index >= 0 && index < matching.size()) {
            found.add(at(cursor, month, matching.get(index)));
          }
        }
      }
    } else {
      int[] wanted = monthDays.length > 0 ? monthDays : new int[] {seed.getDayOfMonth()};
      for (int d : wanted) {
        int day = d > 0 ? d : length + d + 1;
        if (day >= 1 && day <= length) {
          found.add(at(cursor, month, day));
        }
      }
    }
    // A day named twice (11 and -21 in a month of 31) is two candidates, as in Recur.
    out.addAll(found);
  }

  private static LocalDateTime at(LocalDateTime cursor, YearMonth month, int day) {
    return month.atDay(day).atTime(cursor.toLocalTime());
  }

  private boolean hasDay(DayOfWeek day) {
    for (Day listed : days) {
      if (listed.day() == day) {
        return true;
      }
    }
    return false;
  }

  /** A whole number in [min, max] written in digits only; 0 when it is not one. */
  private static int number(String value, int min, int max) {
    if (value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    int number = Integer.parseInt(value);
    return number >= min && number <= max ? number : 0;
  }

  /** A comma list of distinct whole numbers (a leading minus allowed) in [min, max]; or null. */
  private static int[] numbers(String value, int min, int max) {
    String[] parts = value.split(",", -1);
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean negative = part.startsWith("-");
      String digits = negative ? part.substring(1) : part;
      if (digits.isEmpty()
          || digits.length() > 2
          || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return null;
      }
      int number = Integer.parseInt(digits) * (negative ? -1 : 1);
      if (number < min || number > max) {
        return null;
      }
      for (int j = 0; j < i; j++) {
        if (out[j] == number) {
          return null;
        }
      }
      out[i] = number;
    }
    return out;
  }

  /** BYDAY: distinct entries such as MO, 1SU, -1FR (ordinals 1 to 5 either way); or null. */
  private static List<Day> days(String value) {
    List<Day> out = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      if (part.length() < 2) {
        return null;
      }
      int index = DAYS.indexOf(part.substring(part.length() - 2));
      String ordinal = part.substring(0, part.length() - 2);
      if (index < 0 || !ordinal.matches("(-?[1-5])?")) {
        return null;
      }
      Day day = new Day(DayOfWeek.of(index + 1), ordinal.isEmpty() ? 0 : Integer.parseInt(ordinal));
      if (out.stream().anyMatch(listed -> listed.day() == day.day())) {
        return null;
      }
      out.add(day);
    }
    return out;
  }

  /** UNTIL as a date (midnight) or a date-time, floating or UTC; null for anything else. */
  private static Until until(String value) {
    if (!value.matches("\\d{8}(T\\d{6}Z?)?")) {
      return null;
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(value.substring(0, 4)),
              Integer.parseInt(value.substring(4, 6)),
              Integer.parseInt(value.substring(6, 8)),
              value.length() > 8 ? Integer.parseInt(value.substring(9, 11)) : 0,
              value.length() > 8 ? Integer.parseInt(value.substring(11, 13)) : 0,
              value.length() > 8 ? Integer.parseInt(value.substring(13, 15)) : 0);
      return new Until(local, value.endsWith("Z"), value.length() > 8);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
