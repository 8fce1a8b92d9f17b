package io.invito.fetch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header in both of its forms: delta-seconds ({@code 120}) and an
 * HTTP-date, including the two obsolete date forms RFC 9110 says recipients must still accept.
 */
final class RetryAfter {
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US),
          DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US)
              .withZone(ZoneOffset.UTC));

  /** More digits than this is no real delay (31 years); such a header is ignored. */
  private static final int MAX_DIGITS = 9;

  private RetryAfter() {}

  /** When the server asked us to come back; empty when the value is in neither form. */
  static Optional<Instant> parse(String value, Instant now) {
    String text = value.strip();
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return text.length() > MAX_DIGITS
          ? Optional.empty()
          : Optional.of(now.plusSeconds(Long.parseLong(text)));
    }
    return date(text);
  }

  /** An HTTP-date in any of its three forms; empty when the text is none of them. */
  static Optional<Instant> date(String value) {
    String spaced = value.strip().replaceAll("\\s+", " ");
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(ZonedDateTime.parse(spaced, format).toInstant());
      } catch (DateTimeParseException notThisForm) {
        continue; // try the next of the three forms
      }
    }
    return Optional.empty();
  }
}
