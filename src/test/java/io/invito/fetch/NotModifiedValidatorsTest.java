package io.invito.fetch;

import static io.invito.testing.TestServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.FetchResult;
import io.invito.model.FetchResult.Outcome;
import io.invito.model.Validators;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 304 may carry validators newer than the ones asked with (RFC 9110, 15.4.5): the result names
 * them, header by header, so that the caller sends those next time.
 */
class NotModifiedValidatorsTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final String OLD_DATE = "Wed, 25 Nov 2026 08:00:00 GMT";
  private static final String NEW_DATE = "Thu, 26 Nov 2026 08:00:00 GMT";
  private static final Validators STORED =
      new Validators(Optional.of("\"v1\""), Optional.of(OLD_DATE));

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
  void aRotatedEtagAndANewLastModifiedOnA304ReplaceTheOnesSent() {
    server.route(
        "/feed",
        exchange -> {
          boolean current = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
          send(
              exchange,
              current ? 304 : 200,
              current ? "" : "<rss/>",
              "ETag",
              "\"v2\"",
              "Last-Modified",
              NEW_DATE);
        });

    FetchResult result = fetcher.fetch(server.uri("/feed"), STORED);

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(result.validators())
        .isEqualTo(new Validators(Optional.of("\"v2\""), Optional.of(NEW_DATE)));
  }

  @Test
  void aValidatorThe304LeavesOutKeepsTheValueSent() {
    server.route("/feed", exchange -> send(exchange, 304, "", "ETag", "W/\"v2\""));

    FetchResult result = fetcher.fetch(server.uri("/feed"), STORED);

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(result.validators())
        .isEqualTo(new Validators(Optional.of("W/\"v2\""), Optional.of(OLD_DATE)));
  }

  @Test
  void aLastModifiedOnA304IsKeptEvenWhenOnlyAnEtagWasSent() {
    server.route("/feed", exchange -> send(exchange, 304, "", "Last-Modified", NEW_DATE));

    FetchResult result =
        fetcher.fetch(server.uri("/feed"), new Validators(Optional.of("\"v1\""), Optional.empty()));

    assertThat(result.validators())
        .isEqualTo(new Validators(Optional.of("\"v1\""), Optional.of(NEW_DATE)));
  }
}
