package io.invito.fetch;

import static io.invito.testing.TestServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import io.invito.model.FetchResult;
import io.invito.model.FetchResult.Outcome;
import io.invito.model.Validators;
import io.invito.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final String FEED =
      "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";

  private TestServer server;
  private Fetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    fetcher = new Fetcher(TestServer.settings(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void returnsTheBodyTypeAndValidatorsOfA200() {
    server.route(
        "/feed",
        exchange ->
            send(
                exchange,
                200,
                FEED,
                "Content-Type",
                "application/rss+xml; charset=utf-8",
                "ETag",
                "\"v1\"",
                "Last-Modified",
                "Wed, 25 Nov 2026 08:00:00 GMT"));

    FetchResult result = fetcher.fetch(server.uri("/feed"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.OK);
    assertThat(result.status()).isEqualTo(200);
    assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
    assertThat(result.contentType()).contains("application/rss+xml; charset=utf-8");
    assertThat(result.validators())
        .isEqualTo(
            new Validators(Optional.of("\"v1\""), Optional.of("Wed, 25 Nov 2026 08:00:00 GMT")));
    assertThat(result.finalUrl()).isEqualTo(server.uri("/feed"));
    assertThat(result.fetchedAt()).isEqualTo(NOW);
    assertThat(result.error()).isEmpty();
  }

  @Test
  void sendsAnHonestUserAgentAndAcceptsFeedsCalendarsPagesAndCompression() {
    AtomicReference<Headers> received = new AtomicReference<>();
    server.route(
        "/feed",
        exchange -> {
          received.set(exchange.getRequestHeaders());
          send(exchange, 200, FEED);
        });

    fetcher.fetch(server.uri("/feed"), Validators.NONE);

    assertThat(received.get().getFirst("User-Agent")).isEqualTo(TestServer.AGENT);
    assertThat(received.get().getFirst("Accept"))
        .startsWith("application/rss+xml, application/atom+xml")
        .contains("text/calendar;q=0.9", "text/html;q=0.8", "*/*;q=0.5");
    assertThat(received.get().getFirst("Accept-Encoding")).isEqualTo("gzip, deflate");
    assertThat(received.get().containsKey("If-None-Match")).isFalse();
  }

  @Test
  void sendsTheValidatorsAndReportsNotModifiedOnA304() {
    Validators stored =
        new Validators(Optional.of("\"v1\""), Optional.of("Wed, 25 Nov 2026 08:00:00 GMT"));
    server.route(
        "/feed",
        exchange -> {
          Headers asked = exchange.getRequestHeaders();
          boolean conditional =
              "\"v1\"".equals(asked.getFirst("If-None-Match"))
                  && "Wed, 25 Nov 2026 08:00:00 GMT".equals(asked.getFirst("If-Modified-Since"));
          if (conditional) {
            send(exchange, 304, "");
          } else {
            send(exchange, 200, FEED, "ETag", "\"v2\"");
          }
        });

    FetchResult result = fetcher.fetch(server.uri("/feed"), stored);

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(result.status()).isEqualTo(304);
    assertThat(result.validators()).isEqualTo(stored);
    assertThat(result.size()).isZero();
  }

  @Test
  void failsWithStatusAndReasonOnA404AndKeepsTheValidators() {
    Validators stored = new Validators(Optional.of("\"v1\""), Optional.empty());

    FetchResult result = fetcher.fetch(server.uri("/missing"), stored);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.status()).isEqualTo(404);
    assertThat(result.error()).contains("HTTP 404 Not Found");
    assertThat(result.validators()).isEqualTo(stored);
  }

  @Test
  void returnsAnEmptyBodyForAnEmpty200() {
    server.route("/empty", exchange -> send(exchange, 200, ""));

    FetchResult result = fetcher.fetch(server.uri("/empty"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.OK);
    assertThat(result.size()).isZero();
  }

  @Test
  void decompressesAGzipBody() throws IOException {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
      out.write(FEED.getBytes(StandardCharsets.UTF_8));
    }
    server.route(
        "/feed",
        exchange -> send(exchange, 200, gzipped.toByteArray(), "Content-Encoding", "gzip"));

    FetchResult result = fetcher.fetch(server.uri("/feed"), Validators.NONE);

    assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
  }

  @Test
  void decompressesDeflateBodiesWithAndWithoutTheZlibWrapper() throws IOException {
    byte[] zlib = deflate(false);
    byte[] raw = deflate(true);
    server.route("/zlib", exchange -> send(exchange, 200, zlib, "Content-Encoding", "deflate"));
    server.route("/raw", exchange -> send(exchange, 200, raw, "Content-Encoding", "deflate"));

    FetchResult wrapped = fetcher.fetch(server.uri("/zlib"), Validators.NONE);
    FetchResult bare = fetcher.fetch(server.uri("/raw"), Validators.NONE);

    assertThat(new String(wrapped.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
    assertThat(new String(bare.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
  }

  @Test
  void parsesRetryAfterSecondsOnA429() {
    server.route("/busy", exchange -> send(exchange, 429, "slow down", "Retry-After", "120"));

    FetchResult result = fetcher.fetch(server.uri("/busy"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.error()).contains("HTTP 429 Too Many Requests");
    assertThat(result.retryAfter()).contains(NOW.plusSeconds(120));
  }

  @Test
  void parsesRetryAfterHttpDateOnA503() {
    server.route(
        "/down",
        exchange ->
            send(exchange, 503, "maintenance", "Retry-After", "Thu, 26 Nov 2026 12:30:00 GMT"));

    FetchResult result = fetcher.fetch(server.uri("/down"), Validators.NONE);

    assertThat(result.error()).contains("HTTP 503 Service Unavailable");
    assertThat(result.retryAfter()).contains(Instant.parse("2026-11-26T12:30:00Z"));
  }

  @Test
  void failsCleanlyWhenNothingListensOnThePort() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    FetchResult result =
        fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.status()).isZero();
    assertThat(result.error()).hasValueSatisfying(error -> assertThat(error).isNotBlank());
  }

  private static byte[] deflate(boolean raw) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
      out.write(FEED.getBytes(StandardCharsets.UTF_8));
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }
}
