package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.invito.config.Config;
import io.invito.model.SourceHealth;
import io.invito.model.Validators;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 304 updates what invito keeps about the response (RFC 9111, 4.3.4): the server here rotates its
 * ETag and Last-Modified on every 304 and answers any but the newest with the whole feed, so only a
 * reader that stores the validators a 304 brings keeps getting 304s.
 */
class NotModifiedValidatorsIT {
  private static final Instant SUNDAY_EVENING = Instant.parse("2026-11-29T17:00:00Z");
  private static final List<String> DATES =
      List.of(
          "Mon, 23 Nov 2026 09:00:00 GMT",
          "Tue, 24 Nov 2026 09:00:00 GMT",
          "Wed, 25 Nov 2026 09:00:00 GMT",
          "Thu, 26 Nov 2026 09:00:00 GMT");

  @TempDir Path dir;
  private HttpServer server;
  private final List<Optional<String>> ifNoneMatch = new CopyOnWriteArrayList<>();
  private final List<Optional<String>> ifModifiedSince = new CopyOnWriteArrayList<>();
  // The server runs its handler on one thread; volatile so the test thread reads it too.
  private volatile int version;

  @BeforeEach
  void startSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/corsi.rss", this::answer);
    server.start();
  }

  @AfterEach
  void stopSite() {
    server.stop(0);
  }

  /** A 304 for the newest ETag, with the next ETag, date and a freshness; else the whole feed. */
  private void answer(HttpExchange exchange) throws IOException {
    Optional<String> etag =
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("If-None-Match"));
    ifNoneMatch.add(etag);
    ifModifiedSince.add(
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("If-Modified-Since")));
    if (etag.filter(sent -> sent.equals(etag(version))).isPresent()) {
      version++;
      exchange.getResponseHeaders().set("ETag", etag(version));
      exchange.getResponseHeaders().set("Last-Modified", DATES.get(version));
      exchange.getResponseHeaders().set("Cache-Control", "max-age=7200");
      exchange.sendResponseHeaders(304, -1);
      exchange.close();
      return;
    }
    byte[] body = Files.readAllBytes(Path.of("src/test/resources/site/corsi.rss"));
    exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
    exchange.getResponseHeaders().set("ETag", etag(version));
    exchange.getResponseHeaders().set("Last-Modified", DATES.get(version));
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String etag(int version) {
    return "\"v" + version + "\"";
  }

  @Test
  void theValidatorsA304BringsAreTheOnesSentNextTime() throws IOException {
    Config config = config();
    pass(config, SUNDAY_EVENING);
    Pipeline.FetchPass rotated = pass(config, SUNDAY_EVENING.plus(Duration.ofHours(1)));
    Pipeline.FetchPass accepted = pass(config, SUNDAY_EVENING.plus(Duration.ofHours(3)));

    assertThat(rotated.reports().get(0).outcome()).isEqualTo(SourceReport.NOT_MODIFIED);
    // Had the rotated ETag been dropped, "v0" would have gone out again and got the whole feed.
    assertThat(accepted.reports().get(0).outcome()).isEqualTo(SourceReport.NOT_MODIFIED);
    assertThat(ifNoneMatch)
        .containsExactly(Optional.empty(), Optional.of(etag(0)), Optional.of(etag(1)));
    assertThat(ifModifiedSince)
        .containsExactly(Optional.empty(), Optional.of(DATES.get(0)), Optional.of(DATES.get(1)));
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      assertThat(pipeline.store().sources().validators(url()))
          .isEqualTo(new Validators(Optional.of(etag(2)), Optional.of(DATES.get(2))));
    }
  }

  @Test
  void theFreshnessA304BringsPutsOffTheNextFetch() throws IOException {
    Config config = config();
    Instant notModifiedAt = SUNDAY_EVENING.plus(Duration.ofHours(1));
    pass(config, SUNDAY_EVENING);
    pass(config, notModifiedAt);
    Pipeline.FetchPass early = pass(config, notModifiedAt.plus(Duration.ofHours(1)));

    assertThat(early.reports().get(0).outcome()).startsWith("skipped");
    assertThat(ifNoneMatch).hasSize(2);
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      assertThat(pipeline.store().sources().find("corsi").flatMap(SourceHealth::nextAttempt))
          .contains(notModifiedAt.plus(Duration.ofHours(2)));
    }
  }

  /** One pass at the given time, the fetcher's clock included (it dates the freshness). */
  private static Pipeline.FetchPass pass(Config config, Instant at) {
    try (Pipeline pipeline = Pipeline.open(config, Clock.fixed(at, ZoneOffset.UTC))) {
      return pipeline.fetchSources(config.sources(), at);
    }
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/corsi.rss";
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
                .formatted(url()))
        .contacts(ConfigFolder.MARCO)
        .load();
  }
}
