package io.invito.fetch;

import static io.invito.testing.TestServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.FetchResult;
import io.invito.model.FetchResult.Outcome;
import io.invito.model.Validators;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DNS rebinding against a real server on 127.0.0.2: a name that answers a public address to the
 * first look-up and the loopback address to every later one. The fetcher's check and its connection
 * must use one look-up, so the loopback server never sees a request.
 */
class FetcherRebindingTest {
  /** TEST-NET-3: public as far as the guard can tell, and never connected to here. */
  private static final String PUBLIC = "203.0.113.7";

  private TestServer loopback;
  private TestServer allowed;
  private final List<String> asked = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws IOException {
    loopback = new TestServer("127.0.0.2");
    loopback.route("/", exchange -> send(exchange, 200, "<feed>secret</feed>"));
    allowed = new TestServer();
  }

  @AfterEach
  void stop() {
    loopback.close();
    allowed.close();
  }

  /** Answers {@code first} to the first look-up of a name, {@code then} to every later one. */
  private AddressGuard.Lookup rebinding(String first, String then) {
    return host -> {
      asked.add(host);
      if (!host.equals("evil.test")) {
        throw new UnknownHostException(host);
      }
      long earlier = asked.stream().filter(host::equals).count() - 1;
      return new InetAddress[] {InetAddress.getByName(earlier == 0 ? first : then)};
    };
  }

  private FetchResult fetch(URI url, List<String> allowedHosts, AddressGuard.Lookup lookup) {
    try (Fetcher fetcher =
        new Fetcher(
            TestServer.settings(Duration.ofSeconds(5), allowedHosts),
            Clock.systemUTC(),
            HostPauses.NONE,
            List.of(),
            lookup)) {
      return fetcher.fetch(url, Validators.NONE);
    }
  }

  @Test
  @Timeout(20)
  void aNameThatTurnsToLoopbackOnTheSecondLookUpReachesNothing() {
    URI url = URI.create("http://evil.test:" + loopback.port() + "/");

    FetchResult result = fetch(url, List.of(), rebinding(PUBLIC, "127.0.0.2"));

    assertThat(loopback.totalHits()).isZero();
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.error())
        .hasValue(
            "refused: evil.test is 127.0.0.2, a loopback address"
                + " (add evil.test:"
                + loopback.port()
                + " to fetch.allowedHosts to allow)");
    // The early check saw the public address; the connection asked again and was refused.
    assertThat(asked).containsExactly("evil.test", "evil.test");
  }

  @Test
  @Timeout(20)
  void aRedirectToSuchANameReachesNothingEither() {
    allowed.route(
        "/feed",
        exchange ->
            send(exchange, 302, "", "Location", "http://evil.test:" + loopback.port() + "/"));

    FetchResult result =
        fetch(allowed.uri("/feed"), List.of("127.0.0.1"), rebinding(PUBLIC, "127.0.0.2"));

    assertThat(allowed.hits("/feed")).isEqualTo(1);
    assertThat(loopback.totalHits()).isZero();
    assertThat(result.error())
        .hasValueSatisfying(
            error -> assertThat(error).startsWith("refused: evil.test is 127.0.0.2"));
  }

  @Test
  @Timeout(20)
  void theConnectionGoesWhereTheResolverSaysWhenTheNameIsAllowed() {
    // The control: the same resolver seam decides where the client connects (the system resolver
    // knows no evil.test), and the request keeps the name in its Host header.
    URI url = URI.create("http://evil.test:" + loopback.port() + "/");
    List<String> hostHeaders = Collections.synchronizedList(new ArrayList<>());
    loopback.route(
        "/",
        exchange -> {
          hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
          send(exchange, 200, "<feed>allowed</feed>");
        });

    FetchResult result = fetch(url, List.of("evil.test"), rebinding("127.0.0.2", "127.0.0.2"));

    assertThat(result.outcome()).isEqualTo(Outcome.OK);
    assertThat(loopback.totalHits()).isEqualTo(1);
    assertThat(hostHeaders).containsExactly("evil.test:" + loopback.port());
  }
}
