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
 * An HTTP-date ({@code Retry-After}, {@code Expires}, {@code Last-Modified}) in any of its three
 * forms: IMF-fixdate and the two obsolete forms RFC 9110 says recipients must still accept.
 */
public final class HttpDate {
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US),
          DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US)
              .withZone(ZoneOffset.UTC));

  private HttpDate() {}

  /** The instant the header names; empty when the text is none of the three forms. */
  public static Optional<Instant> parse(String value) {
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
