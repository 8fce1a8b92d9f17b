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

/**
 * {@code allowedHosts} is port-scoped: two real servers on loopback, the source's and "another
 * service on the machine". Allowing 127.0.0.1 for the source must not let its redirect reach the
 * other port; an entry with a port allows exactly that port.
 */
class FetcherPortScopeTest {
  private TestServer source;
  private TestServer other;

  @BeforeEach
  void start() throws IOException {
    source = new TestServer();
    other = new TestServer();
    source.route("/feed", exchange -> send(exchange, 200, "<feed/>"));
    source.route(
        "/jump", exchange -> send(exchange, 302, "", "Location", other.origin() + "/admin"));
    source.route(
        "/jump-by-name",
        exchange ->
            send(exchange, 302, "", "Location", "http://localhost:" + other.port() + "/admin"));
    other.route("/admin", exchange -> send(exchange, 200, "<feed>internal</feed>"));
  }

  @AfterEach
  void stop() {
    source.close();
    other.close();
  }

  private FetchResult fetch(URI url, List<String> allowedHosts, List<URI> sources) {
    try (Fetcher fetcher =
        new Fetcher(
            TestServer.settings(Duration.ofSeconds(5), allowedHosts),
            Clock.systemUTC(),
            HostPauses.NONE,
            sources)) {
      return fetcher.fetch(url, Validators.NONE);
    }
  }

  @Test
  void anEntryWithoutAPortAllowsOnlyTheSourcesPortsOnThatHost() {
    List<URI> sources = List.of(source.uri("/jump"));

    FetchResult direct = fetch(source.uri("/feed"), List.of("127.0.0.1"), sources);
    FetchResult redirected = fetch(source.uri("/jump"), List.of("127.0.0.1"), sources);

    assertThat(direct.outcome()).isEqualTo(Outcome.OK);
    assertThat(redirected.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(redirected.error())
        .hasValue(
            "refused: 127.0.0.1 is a loopback address (add 127.0.0.1:"
                + other.port()
                + " to fetch.allowedHosts to allow)");
    assertThat(source.hits("/jump")).isEqualTo(1);
    assertThat(other.totalHits()).isZero();
  }

  @Test
  void aNameEntryIsScopedTheSameWay() {
    List<URI> sources = List.of(URI.create("http://localhost:" + source.port() + "/jump-by-name"));

    FetchResult result = fetch(sources.get(0), List.of("localhost"), sources);

    assertThat(source.hits("/jump-by-name")).isEqualTo(1);
    assertThat(other.totalHits()).isZero();
    assertThat(result.error())
        .hasValueSatisfying(
            error ->
                assertThat(error)
                    .startsWith("refused: localhost is 127.0.0.1, a loopback address")
                    .endsWith(
                        "(add localhost:" + other.port() + " to fetch.allowedHosts to allow)"));
  }

  @Test
  void anEntryWithAPortAllowsThatPortWhereverTheSourcesAre() {
    FetchResult result =
        fetch(
            source.uri("/jump"),
            List.of("127.0.0.1:" + source.port(), "127.0.0.1:" + other.port()),
            List.of(source.uri("/jump")));

    assertThat(result.outcome()).isEqualTo(Outcome.OK);
    assertThat(other.hits("/admin")).isEqualTo(1);
  }

  @Test
  void anEntryWithAPortAllowsNoOtherPort() {
    FetchResult result =
        fetch(other.uri("/admin"), List.of("127.0.0.1:" + source.port()), List.of());

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.error())
        .hasValueSatisfying(error -> assertThat(error).startsWith("refused: 127.0.0.1 is"));
    assertThat(other.totalHits()).isZero();
  }

  @Test
  void aRangeEntryWithoutAPortCoversTheSourcesInsideIt() {
    List<URI> sources = List.of(source.uri("/jump"));

    FetchResult direct = fetch(source.uri("/feed"), List.of("127.0.0.0/8"), sources);
    FetchResult redirected = fetch(source.uri("/jump"), List.of("127.0.0.0/8"), sources);

    assertThat(direct.outcome()).isEqualTo(Outcome.OK);
    assertThat(redirected.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(other.totalHits()).isZero();
  }

  /** A serve's fetcher as it starts: 127.0.0.1 allowed, one source on it. */
  private Fetcher startedWithTheSourceAlone() {
    return new Fetcher(
        TestServer.settings(Duration.ofSeconds(5), List.of("127.0.0.1")),
        Clock.systemUTC(),
        HostPauses.NONE,
        List.of(source.uri("/feed")));
  }

  @Test
  void aSourceAdmittedLaterReachesItsPortAndNoOther() {
    // serve started with one source; the other server's feed was added to sources.yaml since.
    try (Fetcher fetcher = startedWithTheSourceAlone()) {
      FetchResult before = fetcher.fetch(other.uri("/admin"), Validators.NONE);
      fetcher.admit(List.of(other.uri("/admin")));
      FetchResult after = fetcher.fetch(other.uri("/admin"), Validators.NONE);
      FetchResult first = fetcher.fetch(source.uri("/feed"), Validators.NONE);

      assertThat(before.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(before.error())
          .hasValueSatisfying(error -> assertThat(error).startsWith("refused: 127.0.0.1 is"));
      assertThat(after.outcome()).isEqualTo(Outcome.OK);
      assertThat(first.outcome()).isEqualTo(Outcome.OK);
      assertThat(other.hits("/admin")).isEqualTo(1);
    }
  }

  @Test
  void admittingASourceOnAnotherHostOpensNothing() {
    try (Fetcher fetcher = startedWithTheSourceAlone()) {
      fetcher.admit(List.of(URI.create("http://127.0.0.2:" + other.port() + "/admin")));

      FetchResult result = fetcher.fetch(other.uri("/admin"), Validators.NONE);

      assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(other.totalHits()).isZero();
    }
  }
}
