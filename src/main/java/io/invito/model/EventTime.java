package io.invito.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A time as a source wrote it: with an offset or zone when the source stated one, floating when it
 * did not, or a whole day. Kept apart from {@link java.time.Instant} because "18:00" with no zone
 * means the source's zone, which only a later stage knows.
 *
 * @param local the wall-clock date and time (midnight for all-day)
 * @param offset the UTC offset the source stated, if any
 * @param zone the IANA zone the source stated, if any (wins over the offset for rules)
 * @param allDay whether only the date is known
 */
public record EventTime(LocalDateTime local, ZoneOffset offset, ZoneId zone, boolean allDay) {
  public EventTime {
    Objects.requireNonNull(local, "local");
  }

  public static EventTime of(ZonedDateTime time) {
    return new EventTime(time.toLocalDateTime(), time.getOffset(), time.getZone(), false);
  }

  public static EventTime of(OffsetDateTime time) {
    return new EventTime(time.toLocalDateTime(), time.getOffset(), null, false);
  }

  public static EventTime floating(LocalDateTime time) {
    return new EventTime(time, null, null, false);
  }

  public static EventTime allDay(LocalDate date) {
    return new EventTime(date.atStartOfDay(), null, null, true);
  }

  /** Whether the source said which zone or offset it meant. */
  public boolean zoneStated() {
    return offset != null || zone != null;
  }

  public Optional<ZoneId> findZone() {
    return Optional.ofNullable(zone);
  }

  /** Places the time on the time line: the stated zone or offset, else the fallback zone. */
  public ZonedDateTime resolve(ZoneId fallback) {
    if (zone != null && !(zone instanceof ZoneOffset)) {
      return local.atZone(zone);
    }
    if (offset != null) {
      return local.atOffset(offset).atZoneSameInstant(fallback);
    }
    return local.atZone(fallback);
  }

  /**
   * The ISO-8601 form of {@code invito extract}: {@code 2026-12-03T18:00:00+01:00} when the offset
   * is known, {@code 2026-12-03T18:00:00} when floating, {@code 2026-12-03} for all-day.
   */
  public String iso() {
    if (allDay) {
      return local.toLocalDate().toString();
    }
    if (zone != null && !(zone instanceof ZoneOffset)) {
      // Placed in the zone first: a time in a spring-forward gap moves on, as the zone says.
      ZonedDateTime placed = local.atZone(zone);
      return isoLocal(placed.toLocalDateTime()) + placed.getOffset().getId();
    }
    if (offset != null) {
      return isoLocal(local) + offset.getId();
    }
    return isoLocal(local);
  }

  /**
   * What {@link DateTimeFormatter#ISO_LOCAL_DATE_TIME} writes (and, followed by the offset's id,
   * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}): seconds always, a fraction only when there is
   * one and without its trailing zeros. Written by hand because every event line of {@code invito
   * extract} has one or two: the formatter's machinery, interpreted until compiled, was a few per
   * cent of a run over a folder of pages. {@code EventTimeTest} holds it to the formatter.
   */
  private static String isoLocal(LocalDateTime time) {
    StringBuilder text = new StringBuilder(29).append(time.toLocalDate()).append('T');
    twoDigits(text, time.getHour()).append(':');
    twoDigits(text, time.getMinute()).append(':');
    twoDigits(text, time.getSecond());
    int nano = time.getNano();
    if (nano > 0) {
      String digits = Integer.toString(nano + 1_000_000_000);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      text.append('.').append(digits, 1, end);
    }
    return text.toString();
  }

  private static StringBuilder twoDigits(StringBuilder text, int value) {
    return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  @Override
  public String toString() {
    return iso() + (zone != null ? "[" + zone + "]" : "");
  }
}
