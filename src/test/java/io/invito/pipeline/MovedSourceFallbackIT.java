package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.invito.config.Config;
import io.invito.model.SourceHealth;
import io.invito.model.SourceHealth.State;
import io.invito.testing.ConfigFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source a 301 moved whose new URL then goes away: it reads the URL it moved from once in the
 * same pass and moves back when that answers with a feed; otherwise the failure stands as before,
 * its message naming both URLs.
 */
class MovedSourceFallbackIT {
  private static final Instant SUNDAY_EVENING = Instant.parse("2026-11-29T17:00:00Z");

  /** What one path answers. */
  private interface Answer {
    void send(HttpExchange exchange) throws IOException;
  }

  @TempDir Path dir;
  private HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  @BeforeEach
  void startSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    for (String path : new String[] {"/old.rss", "/new.rss"}) {
      server.createContext(
          path,
          exchange -> {
            hits.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
            answers.get(path).send(exchange);
          });
    }
    server.start();
    // The first pass finds the feed moved for good to /new.rss.
    answers.put("/old.rss", movedTo("/new.rss"));
    answers.put("/new.rss", file("corsi.rss"));
  }

  @AfterEach
  void stopSite() {
    server.stop(0);
  }

  @Test
  void movesBackToTheUrlItMovedFromWhenTheNewOneAnswers404() throws IOException {
    Config config = config();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.fetchSources(config.sources(), SUNDAY_EVENING);
      assertThat(url(pipeline)).isEqualTo(url("/new.rss"));
      answers.put("/new.rss", status(404));
      answers.put("/old.rss", file("corsi.rss"));

      Pipeline.FetchPass back = pipeline.fetchSources(config.sources(), later(1));

      assertThat(back.reports())
          .singleElement()
          .satisfies(
              report -> {
                assertThat(report.failed()).isFalse();
                assertThat(report.events()).isEqualTo(1);
                assertThat(report.outcome())
                    .startsWith("fetched; moved back to " + url("/old.rss"))
                    .contains("HTTP 404 Not Found at " + url("/new.rss"));
              });
      assertThat(url(pipeline)).isEqualTo(url("/old.rss"));
      assertThat(pipeline.store().sources().movedFrom("corsi")).isEmpty();
      assertThat(health(pipeline).state()).isEqualTo(State.OK);

      Pipeline.FetchPass after = pipeline.fetchSources(config.sources(), later(2));
      assertThat(after.reports().get(0).outcome()).isEqualTo("fetched");
    }
    // Once moved back, the source asks its old URL directly and leaves the gone one alone.
    assertThat(hits("/old.rss")).isEqualTo(3);
    assertThat(hits("/new.rss")).isEqualTo(2);
  }

  @Test
  void keepsTheFailureNamingBothUrlsWhenTheUrlItMovedFromFailsToo() throws IOException {
    Config config = config();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.fetchSources(config.sources(), SUNDAY_EVENING);
      answers.put("/new.rss", status(410)); // and /old.rss still moves there

      Pipeline.FetchPass gone = pipeline.fetchSources(config.sources(), later(1));
      Pipeline.FetchPass after = pipeline.fetchSources(config.sources(), later(30));

      assertThat(gone.reports().get(0).error())
          .hasValueSatisfying(
              error ->
                  assertThat(error)
                      .startsWith("HTTP 410 Gone at " + url("/new.rss"))
                      .contains(
                          "the URL it had moved from, "
                              + url("/old.rss")
                              + ", failed too: HTTP 410"));
      // As before the fallback: the source stays where it moved, and a 410 disables it.
      assertThat(url(pipeline)).isEqualTo(url("/new.rss"));
      assertThat(pipeline.store().sources().movedFrom("corsi")).contains(url("/old.rss"));
      assertThat(health(pipeline).state()).isEqualTo(State.DISABLED);
      assertThat(after.reports().get(0).outcome()).isEqualTo("skipped: disabled");
    }
    assertThat(hits("/old.rss")).isEqualTo(2);
    assertThat(hits("/new.rss")).isEqualTo(3);
  }

  @Test
  void keepsTheFailureWhenTheUrlItMovedFromAnswersWithSomethingUnreadable() throws IOException {
    Config config = config();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.fetchSources(config.sources(), SUNDAY_EVENING);
      answers.put("/new.rss", status(404));
      answers.put("/old.rss", file("garbage.bin"));

      Pipeline.FetchPass failed = pipeline.fetchSources(config.sources(), later(1));

      assertThat(failed.reports().get(0).error())
          .hasValueSatisfying(
              error ->
                  assertThat(error)
                      .startsWith("HTTP 404 Not Found at " + url("/new.rss"))
                      .contains(url("/old.rss") + ", failed too: unreadable"));
      assertThat(url(pipeline)).isEqualTo(url("/new.rss"));
      assertThat(health(pipeline).state()).isEqualTo(State.FAILING);
    }
    assertThat(hits("/old.rss")).isEqualTo(2);
  }

  @Test
  void serverErrorsAtTheNewUrlSendItBackOnlyOnceTheyHaveDegradedTheSource() throws IOException {
    // The feed moved to another host (here the same server under another name): three server
    // errors in a row rest the host that gave them (issue 20), not the one it moved from.
    String moved = "http://localhost:" + server.getAddress().getPort() + "/new.rss";
    answers.put("/old.rss", movedTo(moved));
    Config config =
        ConfigFolder.at(dir)
            .section(
                "fetch:\n  allowedHosts: [127.0.0.1, 'localhost:%d']\n  requestTimeout: 5s\n  hostSpacing: 0s\n"
                    .formatted(server.getAddress().getPort()))
            .sources(
                """
                  - id: corsi
                    url: %s
                    language: it
                """
                    .formatted(url("/old.rss")))
            .contacts(ConfigFolder.MARCO)
            .load();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.fetchSources(config.sources(), SUNDAY_EVENING);
      assertThat(url(pipeline)).isEqualTo(moved);
      answers.put("/new.rss", status(500));
      answers.put("/old.rss", file("corsi.rss"));

      Pipeline.FetchPass first = pipeline.fetchSources(config.sources(), later(1));
      Pipeline.FetchPass second = pipeline.fetchSources(config.sources(), later(2));
      int oldHitsWhileFailing = hits("/old.rss");
      Pipeline.FetchPass third = pipeline.fetchSources(config.sources(), later(3));

      assertThat(first.reports().get(0).failed()).isTrue();
      assertThat(second.reports().get(0).failed()).isTrue();
      assertThat(oldHitsWhileFailing).isEqualTo(1);
      assertThat(third.reports().get(0).outcome())
          .startsWith("fetched; moved back to " + url("/old.rss"))
          .contains("HTTP 500 Internal Server Error at " + moved);
      assertThat(url(pipeline)).isEqualTo(url("/old.rss"));
    }
    assertThat(hits("/old.rss")).isEqualTo(2);
  }

  private static Instant later(int hours) {
    return SUNDAY_EVENING.plus(Duration.ofHours(hours));
  }

  private static SourceHealth health(Pipeline pipeline) {
    return pipeline.store().sources().find("corsi").orElseThrow();
  }

  private static String url(Pipeline pipeline) {
    return health(pipeline).url();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private int hits(String path) {
    return hits.getOrDefault(path, new AtomicInteger()).get();
  }

  private static Answer movedTo(String target) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", target);
      exchange.sendResponseHeaders(301, -1);
      exchange.close();
    };
  }

  private static Answer status(int status) {
    return exchange -> {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    };
  }

  private static Answer file(String name) {
    return exchange -> {
      byte[] body = Files.readAllBytes(Path.of("src/test/resources/site", name));
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    };
  }

  private Config config() throws IOException {
    return ConfigFolder.at(dir)
        .fetchFromLoopback("requestTimeout: 5s", "hostSpacing: 0s")
        .sources(
            """
              - id: corsi
                url: %s
                language: it
            """
                .formatted(url("/old.rss")))
        .contacts(ConfigFolder.MARCO)
        .load();
  }
}
