package io.invito.cli;

import io.invito.config.ConfigException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads {@code --as-of}: an instant, a local date-time or a date in the owner's zone. */
final class AsOf {
  private AsOf() {}

  static Instant resolve(String text, ZoneId zone, Clock clock) {
    if (text == null) {
      return clock.instant();
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toInstant();
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notDate) {
          throw new ConfigException(
              "--as-of '"
                  + text
                  + "' is not a date-time such as 2026-12-01T09:00, "
                  + "2026-12-01T09:00+01:00 or 2026-12-01");
        }
      }
    }
  }
}
