package io.invito.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the terminal shows a time, in every command: in the owner's zone with its offset, so a time
 * never reads as Rome time in one command and UTC in another ({@code 2026-12-07 18:00 +01:00}); in
 * JSON the same instant as ISO 8601 with that offset.
 */
final class OwnerTime {
  private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

  private final ZoneId zone;

  OwnerTime(ZoneId zone) {
    this.zone = zone;
  }

  String text(Instant instant) {
    return TEXT.format(instant.atZone(zone));
  }

  String text(ZonedDateTime time) {
    return text(time.toInstant());
  }

  /** ISO 8601 with the owner's offset: {@code 2026-12-07T18:00:00+01:00}. */
  String json(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
  }
}
