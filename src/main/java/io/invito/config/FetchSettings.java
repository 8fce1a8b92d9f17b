package io.invito.config;

import java.time.Duration;
import java.util.List;

/**
 * How the fetcher behaves towards the sites it reads.
 *
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
    List<String> allowedHosts) {

  public FetchSettings {
    allowedHosts = List.copyOf(allowedHosts);
  }

  public static FetchSettings defaults() {
    return new FetchSettings(
        "invito/0.1 (+https://github.com/invito/invito; event digest, polite fetcher)",
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        15L * 1024 * 1024,
        5,
        8,
        List.of());
  }
}
