package io.invito.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ISO-8601 and W3C date-times as event markup writes them, strictly enough to refuse an
 * impossible date (Rome and some parsers roll "2026-02-31" over to March) and loosely enough to
 * accept the usual variants: a space for the T, {@code +0100}, fractional seconds, no seconds.
 */
final class IsoTimes {
  private static final Pattern ISO =
      Pattern.compile(
          "^(?<y>\\d{4})(?:-(?<mo>\\d{1,2})-(?<d>\\d{1,2})|(?<bmo>\\d{2})(?<bd>\\d{2}))(?!\\d)"
              + "(?:[T ](?<h>\\d{2}):?(?<mi>\\d{2})(?::?(?<s>\\d{2})(?:[.,](?<f>\\d{1,9})\\d*)?)?"
              + "\\s*(?<z>Z|[+-]\\d{2}(?::?\\d{2})?)?)?$");

  /** The parts of an ISO date-time: an offset when it had one, a time unless date-only. */
  record Parts(LocalDate date, Optional<LocalDateTime> time, Optional<ZoneOffset> offset) {}

  private IsoTimes() {}

  static Optional<Parts> parts(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date =
          LocalDate.of(
              number(m, "y"),
              number(m, m.group("mo") != null ? "mo" : "bmo"),
              number(m, m.group("d") != null ? "d" : "bd"));
      if (m.group("h") == null) {
        return Optional.of(new Parts(date, Optional.empty(), Optional.empty()));
      }
      String fraction = m.group("f") == null ? "0" : (m.group("f") + "00000000").substring(0, 9);
      int hour = number(m, "h");
      LocalDateTime time =
          hour == 24 && number(m, "mi") == 0
              ? date.plusDays(1).atStartOfDay()
              : date.atTime(
                  hour,
                  number(m, "mi"),
                  m.group("s") == null ? 0 : number(m, "s"),
                  Integer.parseInt(fraction));
      Optional<ZoneOffset> offset = Optional.ofNullable(m.group("z")).map(IsoTimes::offset);
      return Optional.of(new Parts(date, Optional.of(time), offset));
    } catch (DateTimeException e) {
      return Optional.empty(); // an impossible date or offset is no date at all
    }
  }

  /** A start or end as event markup gave it, placed per {@link Timed}'s rules. */
  static Optional<Timed> read(String text, Optional<ZoneId> sourceZone) {
    return parts(text)
        .map(
            parts ->
                parts
                    .time()
                    .map(
                        time ->
                            parts
                                .offset()
                                .map(offset -> Timed.withOffset(time, offset, sourceZone))
                                .orElseGet(() -> Timed.floating(time)))
                    .orElseGet(() -> Timed.allDay(parts.date())));
  }

  private static ZoneOffset offset(String zone) {
    if (zone.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.replace(":", "");
    return digits.length() == 3
        ? ZoneOffset.ofHours(Integer.parseInt(digits))
        : ZoneOffset.ofHoursMinutes(
            Integer.parseInt(digits.substring(0, 3)),
            Integer.parseInt(digits.charAt(0) + digits.substring(3)));
  }

  private static int number(Matcher matcher, String group) {
    return Integer.parseInt(matcher.group(group));
  }
}
