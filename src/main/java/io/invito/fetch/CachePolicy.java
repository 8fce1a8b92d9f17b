package io.invito.fetch;

import io.invito.model.FetchResult;
import io.invito.model.Validators;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How long fetched content stays fresh, and when to ask without validators: the rules polite feed
 * readers follow so as to cost the sites little without trusting broken servers forever. Pure
 * logic: time comes in as an argument.
 */
public final class CachePolicy {
  /** No source is polled more often than this, whatever its headers say. */
  public static final Duration MIN_FRESHNESS = Duration.ofMinutes(15);

  /** No source is left unpolled longer than this, whatever its headers say. */
  public static final Duration MAX_FRESHNESS = Duration.ofHours(24);

  /**
   * Some servers answer 304 to every conditional GET even after the content changed (a fixed ETag,
   * a Last-Modified that never moves); asking without validators this often finds out.
   */
  public static final Duration FORCE_UNCONDITIONAL_EVERY = Duration.ofHours(12);

  private CachePolicy() {}

  /**
   * When content fetched now with this time to live, from {@code Cache-Control}, {@code Expires} or
   * an RSS {@code <ttl>}, should be fetched again: now plus the ttl, within [15 min, 24 h].
   */
  public static Instant clampFreshness(Instant now, Duration ttl) {
    Duration clamped =
        ttl.compareTo(MIN_FRESHNESS) < 0
            ? MIN_FRESHNESS
            : ttl.compareTo(MAX_FRESHNESS) > 0 ? MAX_FRESHNESS : ttl;
    return now.plus(clamped);
  }

  /**
   * The fetch with its freshness extended to the feed's own {@code <ttl>} when that is later than
   * what the HTTP headers said: a publisher asking for fewer visits gets them, within [15 min, 24
   * h].
   *
   * @param ttl the time to live the content itself states, unclamped
   */
  public static FetchResult withTtl(FetchResult fetched, Optional<Duration> ttl, Instant now) {
    if (ttl.isEmpty()) {
      return fetched;
    }
    Instant byTtl = clampFreshness(now, ttl.get());
    if (fetched.freshUntil().filter(until -> !until.isBefore(byTtl)).isPresent()) {
      return fetched;
    }
    return new FetchResult(
        fetched.url(),
        fetched.finalUrl(),
        fetched.outcome(),
        fetched.status(),
        fetched.body(),
        fetched.contentType(),
        fetched.validators(),
        fetched.error(),
        fetched.retryAfter(),
        fetched.fetchedAt(),
        fetched.elapsed(),
        Optional.of(byTtl),
        fetched.permanentRedirect());
  }

  /**
   * The validators for the next GET: the stored ones, or none when the last unconditional GET is
   * unknown or at least 12 h old, so a server whose validators never change is still read.
   *
   * @param lastUnconditional when a GET without validators last got an answer for this URL
   */
  public static Validators validatorsToSend(
      Validators stored, Optional<Instant> lastUnconditional, Instant now) {
    boolean recent =
        lastUnconditional
            .map(at -> Duration.between(at, now).compareTo(FORCE_UNCONDITIONAL_EVERY) < 0)
            .orElse(false);
    return recent ? stored : Validators.NONE;
  }

  /**
   * Until when a response is fresh by its own headers: {@code Cache-Control: max-age} (less its
   * {@code Age}) first, else {@code Expires} (measured from the server's {@code Date}, so that
   * clock skew between us does not count); {@code no-cache} and {@code no-store} mean the least.
   * Empty when the server said nothing about it.
   */
  static Optional<Instant> freshUntil(HttpHeaders headers, Instant now) {
    String cacheControl =
        String.join(",", headers.allValues("cache-control")).toLowerCase(Locale.ROOT);
    OptionalLong maxAge = OptionalLong.empty();
    for (String directive : cacheControl.split(",")) {
      String name = directive.strip();
      if (name.equals("no-cache") || name.equals("no-store")) {
        return Optional.of(clampFreshness(now, Duration.ZERO));
      }
      if (name.startsWith("max-age=")) {
        maxAge = seconds(name.substring("max-age=".length()));
      }
    }
    if (maxAge.isPresent()) {
      long age =
          headers
              .firstValue("age")
              .map(CachePolicy::seconds)
              .orElse(OptionalLong.empty())
              .orElse(0);
      return Optional.of(clampFreshness(now, Duration.ofSeconds(maxAge.getAsLong() - age)));
    }
    Optional<String> expires = headers.firstValue("expires");
    if (expires.isEmpty()) {
      return Optional.empty();
    }
    Instant base = headers.firstValue("date").flatMap(HttpDate::parse).orElse(now);
    // RFC 9111: an Expires that is not a valid date ("0", "-1") means already expired.
    Duration ttl =
        HttpDate.parse(expires.get()).map(at -> Duration.between(base, at)).orElse(Duration.ZERO);
    return Optional.of(clampFreshness(now, ttl));
  }

  /** A delta-seconds value, quotes allowed; huge values are capped, not overflowed. */
  private static OptionalLong seconds(String text) {
    String digits = text.strip().replace("\"", "");
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(digits.length() > 9 ? 999_999_999L : Long.parseLong(digits));
  }
}
