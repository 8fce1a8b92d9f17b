package io.invito.fetch;

import static io.invito.testing.TestServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.FetchSettings;
import io.invito.model.FetchResult;
import io.invito.model.FetchResult.Outcome;
import io.invito.model.Validators;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Politeness towards one host: how many requests at once, how far apart, and silence while its
 * Retry-After runs. Two servers on two loopback addresses stand for two hosts.
 */
class FetcherPolitenessTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final String FEED =
      "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";

  private TestServer busy;
  private TestServer other;
  private final MutableClock clock = new MutableClock(NOW);
  private Fetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    busy = new TestServer("127.0.0.1");
    other = new TestServer("127.0.0.2");
    busy.route("/feed", exchange -> send(exchange, 200, FEED));
    other.route("/feed", exchange -> send(exchange, 200, FEED));
  }

  @AfterEach
  void stop() {
    if (fetcher != null) {
      fetcher.close();
    }
    busy.close();
    other.close();
  }

  private Fetcher fetcher(int perHost, Duration spacing, Duration requestTimeout) {
    FetchSettings settings =
        TestServer.settings(requestTimeout, List.of("127.0.0.0/8"))
            .withPoliteness(perHost, spacing);
    fetcher = new Fetcher(settings, clock);
    return fetcher;
  }

  @Test
  @Timeout(20)
  void spacesTheStartsOfRequestsToOneHost() throws Exception {
    Duration spacing = Duration.ofMillis(400);
    List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    busy.route(
        "/feed",
        exchange -> {
          arrivals.add(System.nanoTime());
          send(exchange, 200, FEED);
        });
    fetcher(2, spacing, Duration.ofSeconds(5));

    List<FetchResult> results = fetchAll(5, busy.uri("/feed"));

    assertThat(results).extracting(FetchResult::outcome).containsOnly(Outcome.OK);
    List<Long> sorted = new ArrayList<>(arrivals);
    Collections.sort(sorted);
    assertThat(sorted).hasSize(5);
    // Arrivals are seen on the server, after connecting, so each one may be late by however long
    // a busy machine takes to schedule it. The span from first to last is not shortened by
    // that; single gaps are held only to a third of the spacing. Unspaced, all five arrive
    // within milliseconds and both checks fail.
    long span = sorted.get(4) - sorted.get(0);
    assertThat(span).isGreaterThanOrEqualTo(spacing.multipliedBy(4).minusMillis(100).toNanos());
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(sorted.get(i) - sorted.get(i - 1))
          .as("gap before request %d", i)
          .isGreaterThanOrEqualTo(spacing.dividedBy(3).toNanos());
    }
  }

  @Test
  @Timeout(20)
  void waitingForItsTurnDoesNotCountAgainstTheRequestTimeout() throws Exception {
    // One at a time, 400 ms apart, a 1 s timeout: the fourth waits well over 1 s to start.
    fetcher(1, Duration.ofMillis(400), Duration.ofSeconds(1));

    List<FetchResult> results = fetchAll(4, busy.uri("/feed"));

    assertThat(results).extracting(FetchResult::outcome).containsOnly(Outcome.OK);
  }

  @ParameterizedTest(name = "{0} per host")
  @ValueSource(ints = {2, 3})
  @Timeout(20)
  void neverExceedsTheConfiguredRequestsPerHostWithTwentySources(int perHost) throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    busy.route(
        "/feed",
        exchange -> {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          Thread.sleep(80);
          inFlight.decrementAndGet(); // before answering, so the next request cannot overlap it
          send(exchange, 200, FEED);
        });
    fetcher(perHost, Duration.ZERO, Duration.ofSeconds(5));

    List<FetchResult> results = fetchAll(20, busy.uri("/feed"));

    assertThat(results).extracting(FetchResult::outcome).containsOnly(Outcome.OK);
    assertThat(busy.hits("/feed")).isEqualTo(20);
    assertThat(most.get()).isBetween(1, perHost);
  }

  @Test
  void a429WithRetryAfterSecondsBlocksThatHostAndNoOther() {
    busy.route("/limited", exchange -> send(exchange, 429, "slow down", "Retry-After", "120"));
    fetcher(2, Duration.ZERO, Duration.ofSeconds(5));

    FetchResult limited = fetcher.fetch(busy.uri("/limited"), Validators.NONE);
    FetchResult sameHost = fetcher.fetch(busy.uri("/feed"), Validators.NONE);
    FetchResult otherHost = fetcher.fetch(other.uri("/feed"), Validators.NONE);

    assertThat(limited.retryAfter()).contains(NOW.plusSeconds(120));
    assertThat(sameHost.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(sameHost.error())
        .hasValueSatisfying(
            error ->
                assertThat(error)
                    .startsWith(
                        "host 127.0.0.1:" + busy.port() + " blocked until 2026-11-26T10:02:00Z"));
    assertThat(sameHost.retryAfter()).contains(NOW.plusSeconds(120));
    assertThat(busy.hits("/feed")).isZero();
    assertThat(otherHost.outcome()).isEqualTo(Outcome.OK);
  }

  @Test
  void a503WithRetryAfterDateBlocksThatHostAndNoOther() {
    busy.route(
        "/down",
        exchange ->
            send(exchange, 503, "maintenance", "Retry-After", "Thu, 26 Nov 2026 12:30:00 GMT"));
    fetcher(2, Duration.ZERO, Duration.ofSeconds(5));

    fetcher.fetch(busy.uri("/down"), Validators.NONE);
    FetchResult sameHost = fetcher.fetch(busy.uri("/feed"), Validators.NONE);
    FetchResult otherHost = fetcher.fetch(other.uri("/feed"), Validators.NONE);

    assertThat(sameHost.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(sameHost.retryAfter()).contains(Instant.parse("2026-11-26T12:30:00Z"));
    assertThat(busy.hits("/feed")).isZero();
    assertThat(otherHost.outcome()).isEqualTo(Outcome.OK);
  }

  @Test
  void fetchesFromABlockedHostAgainOnceItsRetryAfterHasPassed() {
    busy.route("/limited", exchange -> send(exchange, 429, "slow down", "Retry-After", "60"));
    fetcher(2, Duration.ZERO, Duration.ofSeconds(5));
    fetcher.fetch(busy.uri("/limited"), Validators.NONE);

    clock.advance(Duration.ofSeconds(61));
    FetchResult later = fetcher.fetch(busy.uri("/feed"), Validators.NONE);

    assertThat(later.outcome()).isEqualTo(Outcome.OK);
  }

  @Test
  void blocksAHostForAtMostADayWhateverItsRetryAfterSays() {
    busy.route(
        "/limited",
        exchange -> send(exchange, 429, "slow down", "Retry-After", "315360000")); // ten years
    fetcher(2, Duration.ZERO, Duration.ofSeconds(5));
    fetcher.fetch(busy.uri("/limited"), Validators.NONE);

    FetchResult sameHost = fetcher.fetch(busy.uri("/feed"), Validators.NONE);

    assertThat(sameHost.retryAfter()).contains(NOW.plus(Duration.ofHours(24)));
  }

  @Test
  void a429WithoutRetryAfterDoesNotBlockTheHost() {
    busy.route("/limited", exchange -> send(exchange, 429, "slow down"));
    fetcher(2, Duration.ZERO, Duration.ofSeconds(5));
    fetcher.fetch(busy.uri("/limited"), Validators.NONE);

    assertThat(fetcher.fetch(busy.uri("/feed"), Validators.NONE).outcome()).isEqualTo(Outcome.OK);
  }

  private List<FetchResult> fetchAll(int count, URI url) throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(count);
    List<Callable<FetchResult>> sources = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sources.add(() -> fetcher.fetch(url, Validators.NONE));
    }
    List<FetchResult> results = new ArrayList<>();
    try {
      for (Future<FetchResult> future : workers.invokeAll(sources)) {
        results.add(future.get());
      }
    } finally {
      workers.shutdownNow();
    }
    return results;
  }
}
