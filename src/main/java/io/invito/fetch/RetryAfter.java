package io.invito.fetch;

import java.time.Instant;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header in both of its forms: delta-seconds ({@code 120}) and an
 * HTTP-date ({@link HttpDate}).
 */
final class RetryAfter {
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
    return HttpDate.parse(text);
  }
}
