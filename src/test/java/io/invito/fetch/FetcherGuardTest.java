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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The address guard in the fetcher, against a live server on loopback: every way of writing a
 * loopback address is refused before any connection, so the server sees no request at all.
 */
class FetcherGuardTest {
  private TestServer server;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    server.route("/", exchange -> send(exchange, 200, "<feed/>"));
    server.route("/target", exchange -> send(exchange, 200, "<feed/>"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:%d/",
        "http://localhost:%d/",
        "http://LOCALHOST.:%d/",
        "http://[::1]:%d/",
        "http://[::ffff:127.0.0.1]:%d/",
        "http://0x7f000001:%d/",
        "http://2130706433:%d/",
        "http://0177.0.0.1:%d/",
        "http://127.1:%d/",
        "http://0:%d/"
      })
  void refusesLoopbackInAnyFormWithoutConnecting(String form) {
    URI url = URI.create(form.formatted(server.port()));

    FetchResult result = fetch(url, List.of());

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.status()).isZero();
    assertThat(result.error())
        .hasValueSatisfying(error -> assertThat(error).startsWith("refused: "));
    assertThat(server.totalHits()).isZero();
  }

  @Test
  void namesTheAddressAndTheWayToAllowIt() {
    FetchResult result = fetch(server.uri("/"), List.of());

    assertThat(result.error())
        .contains(
            "refused: 127.0.0.1 is a loopback address (add 127.0.0.1:"
                + server.port()
                + " to fetch.allowedHosts to allow)");
  }

  @Test
  void refusesARedirectToAHostThatIsNotAllowed() {
    server.route(
        "/jump",
        exchange ->
            send(exchange, 302, "", "Location", "http://localhost:" + server.port() + "/target"));

    FetchResult result = fetch(server.uri("/jump"), List.of("127.0.0.1"));

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.error())
        .hasValueSatisfying(
            error ->
                assertThat(error)
                    .startsWith("refused: localhost is 127.0.0.1, a loopback address"));
    assertThat(result.finalUrl())
        .isEqualTo(URI.create("http://localhost:" + server.port() + "/target"));
    assertThat(server.hits("/jump")).isEqualTo(1);
    assertThat(server.hits("/target")).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "ftp://127.0.0.1/feed.xml",
        "jar:file:/tmp/x.jar!/feed.xml",
        "gopher://127.0.0.1:70/"
      })
  void refusesEverySchemeButHttpAndHttps(String url) {
    FetchResult result = fetch(URI.create(url), List.of("127.0.0.1"));

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.error())
        .hasValueSatisfying(
            error -> assertThat(error).startsWith("refused: only http and https URLs are fetched"));
  }

  @Test
  void refusesARedirectToAFileUrl() {
    server.route("/jump", exchange -> send(exchange, 301, "", "Location", "file:///etc/passwd"));

    FetchResult result = fetch(server.uri("/jump"), List.of("127.0.0.1"));

    assertThat(result.error())
        .hasValueSatisfying(
            error ->
                assertThat(error)
                    .startsWith("refused: only http and https URLs are fetched, not file:"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.0.0.0/8"})
  void fetchesLoopbackWhenTheAllowlistNamesIt(String allowed) {
    FetchResult result = fetch(server.uri("/"), List.of(allowed));

    assertThat(result.outcome()).isEqualTo(Outcome.OK);
    assertThat(server.hits("/")).isEqualTo(1);
  }

  @Test
  void fetchesAnAllowedHostNameWhateverItResolvesTo() {
    FetchResult result =
        fetch(URI.create("http://localhost:" + server.port() + "/"), List.of("localhost"));

    assertThat(result.outcome()).isEqualTo(Outcome.OK);
  }

  private FetchResult fetch(URI url, List<String> allowedHosts) {
    try (Fetcher fetcher =
        new Fetcher(TestServer.settings(Duration.ofSeconds(5), allowedHosts), Clock.systemUTC())) {
      return fetcher.fetch(url, Validators.NONE);
    }
  }
}
