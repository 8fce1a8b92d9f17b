package io.invito.fetch;

import static io.invito.testing.TestServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.FetchResult;
import io.invito.model.Validators;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachePolicyTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final Validators STORED = new Validators(Optional.of("\"v1\""), Optional.empty());

  @Test
  void clampsATimeToLiveToBetweenFifteenMinutesAndADay() {
    assertThat(CachePolicy.clampFreshness(NOW, Duration.ofMinutes(1)))
        .isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    assertThat(CachePolicy.clampFreshness(NOW, Duration.ofHours(2)))
        .isEqualTo(NOW.plus(Duration.ofHours(2)));
    assertThat(CachePolicy.clampFreshness(NOW, Duration.ofDays(7)))
        .isEqualTo(NOW.plus(Duration.ofHours(24)));
    assertThat(CachePolicy.clampFreshness(NOW, Duration.ofSeconds(-30)))
        .isEqualTo(NOW.plus(Duration.ofMinutes(15)));
  }

  @Test
  void readsMaxAgeLessTheAgeTheResponseAlreadyHas() {
    assertThat(freshUntil("Cache-Control", "public, max-age=7200", "Age", "600"))
        .contains(NOW.plus(Duration.ofMinutes(110)));
  }

  @Test
  void prefersMaxAgeOverExpires() {
    assertThat(
            freshUntil("Cache-Control", "max-age=3600", "Expires", "Fri, 27 Nov 2026 10:00:00 GMT"))
        .contains(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void measuresExpiresFromTheServersDateSoClockSkewDoesNotCount() {
    // The server's clock is a day behind ours; its Expires is three hours after its Date.
    assertThat(
            freshUntil(
                "Date",
                "Wed, 25 Nov 2026 10:00:00 GMT",
                "Expires",
                "Wed, 25 Nov 2026 13:00:00 GMT"))
        .contains(NOW.plus(Duration.ofHours(3)));
  }

  @Test
  void takesNoCacheAnInvalidExpiresAndAHugeMaxAgeToTheBounds() {
    assertThat(freshUntil("Cache-Control", "no-cache")).contains(NOW.plus(Duration.ofMinutes(15)));
    assertThat(freshUntil("Expires", "0")).contains(NOW.plus(Duration.ofMinutes(15)));
    assertThat(freshUntil("Cache-Control", "max-age=99999999999999"))
        .contains(NOW.plus(Duration.ofHours(24)));
  }

  @Test
  void saysNothingWhenTheServerSaysNothing() {
    assertThat(freshUntil("Cache-Control", "public")).isEmpty();
    assertThat(freshUntil()).isEmpty();
  }

  @Test
  void sendsStoredValidatorsWithinTwelveHoursOfTheLastUnconditionalGet() {
    Instant elevenHoursAgo = NOW.minus(Duration.ofHours(11));

    assertThat(CachePolicy.validatorsToSend(STORED, Optional.of(elevenHoursAgo), NOW))
        .isEqualTo(STORED);
  }

  @Test
  void forcesAnUnconditionalGetTwelveHoursAfterTheLastOne() {
    Instant twelveHoursAgo = NOW.minus(Duration.ofHours(12));

    assertThat(CachePolicy.validatorsToSend(STORED, Optional.of(twelveHoursAgo), NOW))
        .isEqualTo(Validators.NONE);
  }

  @Test
  void forcesAnUnconditionalGetWhenTheLastOneIsUnknown() {
    assertThat(CachePolicy.validatorsToSend(STORED, Optional.empty(), NOW))
        .isEqualTo(Validators.NONE);
  }

  @Test
  void reportsFreshnessOnA200AndOnA304FromALiveServer() throws IOException {
    try (TestServer server = new TestServer();
        Fetcher fetcher = new Fetcher(TestServer.settings(), Clock.fixed(NOW, ZoneOffset.UTC))) {
      server.route(
          "/feed",
          exchange -> {
            boolean conditional = exchange.getRequestHeaders().containsKey("If-None-Match");
            send(
                exchange,
                conditional ? 304 : 200,
                conditional ? "" : "<rss/>",
                "ETag",
                "\"v1\"",
                "Cache-Control",
                conditional ? "max-age=7200" : "max-age=3600");
          });

      FetchResult first = fetcher.fetch(server.uri("/feed"), Validators.NONE);
      FetchResult second = fetcher.fetch(server.uri("/feed"), first.validators());

      assertThat(first.freshUntil()).contains(NOW.plus(Duration.ofHours(1)));
      assertThat(second.freshUntil()).contains(NOW.plus(Duration.ofHours(2)));
    }
  }

  private static Optional<Instant> freshUntil(String... headers) {
    Map<String, List<String>> map = new HashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      map.put(headers[i], List.of(headers[i + 1]));
    }
    return CachePolicy.freshUntil(HttpHeaders.of(map, (name, value) -> true), NOW);
  }
}
