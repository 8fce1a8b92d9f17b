package io.invito.pipeline;

import static io.invito.testing.TestServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.fetch.Fetcher;
import io.invito.model.FetchResult;
import io.invito.model.FetchResult.Outcome;
import io.invito.model.Validators;
import io.invito.store.Store;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host that answers 5xx again and again, without Retry-After, is paused as a whole, and both the
 * streak and the pause outlive the process: each "process" here is a fetcher on a store opened
 * afresh from its file, so only the store carries them. A real H2 store and a real server.
 */
class HostServerErrorPauseTest {
  private static final Instant NOON = Instant.parse("2026-11-29T12:00:00Z");

  @TempDir Path dir;
  private TestServer server;
  private final AtomicInteger status = new AtomicInteger(500);

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    for (String feed : List.of("/a.rss", "/b.rss", "/c.rss", "/d.rss")) {
      server.route(feed, exchange -> send(exchange, status.get(), "<rss/>"));
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** One process: opens the store, fetches the paths in order, closes everything. */
  private List<FetchResult> process(Instant at, String... paths) {
    try (Store store = Store.open("jdbc:h2:file:" + dir.resolve("invito"));
        Fetcher fetcher =
            new Fetcher(
                TestServer.settings(Duration.ofSeconds(5), List.of("127.0.0.1")),
                Clock.fixed(at, ZoneOffset.UTC),
                new StoredHostPauses(store.hostPauses()))) {
      return java.util.Arrays.stream(paths)
          .map(path -> fetcher.fetch(server.uri(path), Validators.NONE))
          .toList();
    }
  }

  @Test
  void threeServerErrorsInARowAcrossRestartsPauseTheWholeHostForTheNextProcess() {
    process(NOON, "/a.rss", "/b.rss");
    process(NOON.plusSeconds(60), "/c.rss"); // the third in a row, counted from the store
    int asked = server.totalHits();

    FetchResult next = process(NOON.plusSeconds(120), "/d.rss").get(0);

    assertThat(asked).isEqualTo(3);
    assertThat(server.totalHits()).as("no request while the host rests").isEqualTo(3);
    assertThat(next.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(next.error())
        .hasValueSatisfying(
            error ->
                assertThat(error)
                    .contains(
                        "127.0.0.1:" + server.port() + " blocked until 2026-11-29T12:06:00Z"));
  }

  @Test
  void theHostIsAskedAgainOnceThePauseIsOverAndASuccessEndsTheStreak() {
    process(NOON, "/a.rss", "/b.rss", "/c.rss");
    status.set(200);

    FetchResult after = process(NOON.plusSeconds(301), "/d.rss").get(0);
    status.set(500);
    process(NOON.plusSeconds(400), "/a.rss", "/b.rss");
    FetchResult third = process(NOON.plusSeconds(500), "/c.rss").get(0);

    assertThat(after.outcome()).isEqualTo(Outcome.OK);
    // Two errors after the success are a new streak of two: the third is asked and answered.
    assertThat(third.status()).isEqualTo(500);
    assertThat(server.totalHits()).isEqualTo(7);
  }

  @Test
  void fewerThanThreeErrorsInARowPauseNothing() {
    List<FetchResult> results = process(NOON, "/a.rss", "/b.rss");
    status.set(404);
    process(NOON.plusSeconds(10), "/c.rss"); // an answer that is not a server error
    status.set(500);
    process(NOON.plusSeconds(20), "/a.rss", "/b.rss");

    FetchResult fourth = process(NOON.plusSeconds(30), "/d.rss").get(0);

    assertThat(results).allSatisfy(result -> assertThat(result.status()).isEqualTo(500));
    assertThat(fourth.status()).isEqualTo(500);
    assertThat(server.totalHits()).isEqualTo(6);
  }
}
