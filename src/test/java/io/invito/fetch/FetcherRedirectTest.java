package io.invito.fetch;

import static io.invito.testing.TestServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.FetchResult;
import io.invito.model.FetchResult.Outcome;
import io.invito.model.Validators;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redirects: followed by the fetcher itself, counted, resolved against the hop that sent them. */
class FetcherRedirectTest {
  private TestServer server;
  private Fetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    // /hop/N redirects to /hop/N-1; /hop/0 is the feed.
    for (int hop = 1; hop <= 7; hop++) {
      String target = "/hop/" + (hop - 1);
      int status = hop % 2 == 0 ? 301 : 302;
      server.route("/hop/" + hop, exchange -> send(exchange, status, "moved", "Location", target));
    }
    server.route("/hop/0", exchange -> send(exchange, 200, "<feed/>"));
    fetcher = new Fetcher(TestServer.settings(), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void followsAChainOfThreeRedirectsAndReportsTheFinalUrl() {
    FetchResult result = fetcher.fetch(server.uri("/hop/3"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.OK);
    assertThat(result.url()).isEqualTo(server.uri("/hop/3"));
    assertThat(result.finalUrl()).isEqualTo(server.uri("/hop/0"));
    assertThat(server.hits("/hop/2")).isEqualTo(1);
    assertThat(server.hits("/hop/1")).isEqualTo(1);
  }

  @Test
  void followsExactlyTheMaximumOfFiveRedirects() {
    FetchResult result = fetcher.fetch(server.uri("/hop/5"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.OK);
    assertThat(result.finalUrl()).isEqualTo(server.uri("/hop/0"));
  }

  @Test
  void refusesASixthRedirectWithoutRequestingItsTarget() {
    FetchResult result = fetcher.fetch(server.uri("/hop/6"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.error()).contains("more than 5 redirects");
    assertThat(server.hits("/hop/1")).isEqualTo(1);
    assertThat(server.hits("/hop/0")).isZero();
  }

  @Test
  void sendsTheValidatorsOnEveryHop() {
    server.route("/moved", exchange -> send(exchange, 308, "", "Location", "/hop/0"));
    server.route(
        "/hop/0",
        exchange -> {
          boolean conditional =
              "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
          send(exchange, conditional ? 304 : 200, conditional ? "" : "<feed/>");
        });

    FetchResult result =
        fetcher.fetch(
            server.uri("/moved"), new Validators(Optional.of("\"v1\""), Optional.empty()));

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(result.finalUrl()).isEqualTo(server.uri("/hop/0"));
  }

  @Test
  void flagsAChainOfOnly301And308AsPermanent() {
    server.route("/old", exchange -> send(exchange, 301, "", "Location", "/older"));
    server.route("/older", exchange -> send(exchange, 308, "", "Location", "/hop/0"));

    FetchResult result = fetcher.fetch(server.uri("/old"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.OK);
    assertThat(result.finalUrl()).isEqualTo(server.uri("/hop/0"));
    assertThat(result.permanentRedirect()).isTrue();
  }

  @Test
  void doesNotFlagAChainWithATemporaryHopOrNoRedirectAsPermanent() {
    // /hop/2 is a 301 to /hop/1, a 302 to the feed.
    FetchResult mixed = fetcher.fetch(server.uri("/hop/2"), Validators.NONE);
    FetchResult direct = fetcher.fetch(server.uri("/hop/0"), Validators.NONE);

    assertThat(mixed.outcome()).isEqualTo(Outcome.OK);
    assertThat(mixed.permanentRedirect()).isFalse();
    assertThat(direct.permanentRedirect()).isFalse();
  }

  @Test
  void failsOnARedirectWithoutALocation() {
    server.route("/nowhere", exchange -> send(exchange, 302, "moved, but where?"));

    FetchResult result = fetcher.fetch(server.uri("/nowhere"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.status()).isEqualTo(302);
    assertThat(result.error()).contains("HTTP 302 Found without a Location header");
  }

  @Test
  void resolvesRelativeLocationsAgainstTheUrlThatRedirected() {
    assertThat(Fetcher.resolve(URI.create("http://example.org/a/b.xml"), "c.xml"))
        .contains(URI.create("http://example.org/a/c.xml"));
    assertThat(Fetcher.resolve(URI.create("http://example.org"), "feed.xml"))
        .contains(URI.create("http://example.org/feed.xml"));
    assertThat(Fetcher.resolve(URI.create("https://example.org/a"), "//cdn.example.net/f"))
        .contains(URI.create("https://cdn.example.net/f"));
    assertThat(Fetcher.resolve(URI.create("http://example.org/"), "not a uri")).isEmpty();
  }
}
