package io.invito.config;

import java.time.Duration;
import java.util.List;

/**
 * How the fetcher behaves towards the sites it reads.
 *
 * @param concurrency requests in flight at once over all hosts
 * @param perHostConcurrency requests in flight at once to one host:port
 * @param hostSpacing the least time between the starts of two requests to one host:port; zero turns
 *     spacing off (benchmarks, a local demo)
 * @param allowedHosts hosts or addresses exempt from the private-address guard (the demo and the
 *     tests put {@code 127.0.0.1} here); everything else private, loopback or link-local is refused
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBytes,
    int maxRedirects,
    int concurrency,
    int perHostConcurrency,
    Duration hostSpacing,
    List<String> allowedHosts) {

  public static final int DEFAULT_PER_HOST_CONCURRENCY = 2;
  public static final Duration DEFAULT_HOST_SPACING = Duration.ofSeconds(1);

  public FetchSettings {
    if (perHostConcurrency < 1) {
      throw new IllegalArgumentException(
          "perHostConcurrency must be at least 1, not " + perHostConcurrency);
    }
    if (hostSpacing.isNegative()) {
      throw new IllegalArgumentException("hostSpacing must not be negative, not " + hostSpacing);
    }
    allowedHosts = List.copyOf(allowedHosts);
  }

  /** Settings as written before politeness was configurable: default per-host limit, spacing. */
  public FetchSettings(
      String userAgent,
      Duration connectTimeout,
      Duration requestTimeout,
      long maxBytes,
      int maxRedirects,
      int concurrency,
      List<String> allowedHosts) {
    this(
        userAgent,
        connectTimeout,
        requestTimeout,
        maxBytes,
        maxRedirects,
        concurrency,
        DEFAULT_PER_HOST_CONCURRENCY,
        DEFAULT_HOST_SPACING,
        allowedHosts);
  }

  public static FetchSettings defaults() {
    return new FetchSettings(
        "invito/0.1 (+https://github.com/invito/invito; event digest, polite fetcher)",
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        15L * 1024 * 1024,
        5,
        8,
        DEFAULT_PER_HOST_CONCURRENCY,
        DEFAULT_HOST_SPACING,
        List.of());
  }

  /** The same settings with another per-host limit and spacing (tests, benchmarks, the demo). */
  public FetchSettings withPoliteness(int perHost, Duration spacing) {
    return new FetchSettings(
        userAgent,
        connectTimeout,
        requestTimeout,
        maxBytes,
        maxRedirects,
        concurrency,
        perHost,
        spacing,
        allowedHosts);
  }

  /** The same settings with another allowlist (the demo and tests allow loopback). */
  public FetchSettings withAllowedHosts(List<String> hosts) {
    return new FetchSettings(
        userAgent,
        connectTimeout,
        requestTimeout,
        maxBytes,
        maxRedirects,
        concurrency,
        perHostConcurrency,
        hostSpacing,
        hosts);
  }
}
