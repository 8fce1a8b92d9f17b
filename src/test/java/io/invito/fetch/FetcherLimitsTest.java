package io.invito.fetch;

import static io.invito.testing.TestServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.FetchResult;
import io.invito.model.FetchResult.Outcome;
import io.invito.model.Validators;
import io.invito.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bounds that keep one hostile or broken server from holding a worker or the heap. */
class FetcherLimitsTest {
  private static final int MIB = 1024 * 1024;

  private TestServer server;
  private Fetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    // A 1 s deadline for the whole request, body included; a 1 MiB cap.
    fetcher =
        new Fetcher(
            TestServer.settings(Duration.ofSeconds(1), List.of("127.0.0.1")), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  @Timeout(10)
  void timesOutWhenTheServerDoesNotAnswerWithinTheRequestTimeout() {
    server.route(
        "/slow",
        exchange -> {
          Thread.sleep(8_000);
          send(exchange, 200, "too late");
        });

    FetchResult result = fetcher.fetch(server.uri("/slow"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.error()).contains("timed out after 1 s");
  }

  @Test
  @Timeout(10)
  void timesOutWhenTheBodyDripsPastTheDeadline() {
    server.route(
        "/drip",
        exchange -> {
          exchange.sendResponseHeaders(200, 0); // chunked: no end in sight
          OutputStream out = exchange.getResponseBody();
          for (int i = 0; i < 80; i++) {
            out.write('<');
            out.flush();
            Thread.sleep(100);
          }
          out.close();
        });

    FetchResult result = fetcher.fetch(server.uri("/drip"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.error()).contains("timed out after 1 s");
    assertThat(result.size()).isZero();
  }

  @Test
  @Timeout(10)
  void timesOutWhenTheBodyStallsHalfWay() {
    server.route(
        "/stall",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          out.write("<rss><channel>".getBytes(StandardCharsets.UTF_8));
          out.flush();
          Thread.sleep(
              8_000); // no byte arrives that could wake a reader blocked without a deadline
          out.close();
        });

    FetchResult result = fetcher.fetch(server.uri("/stall"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.error()).contains("timed out after 1 s");
  }

  @Test
  @Timeout(10)
  void stopsAStreamedBodyAtTheCap() {
    server.route(
        "/big",
        exchange -> {
          exchange.sendResponseHeaders(200, 0); // chunked, so only counting can find the size
          byte[] block = new byte[64 * 1024];
          try (OutputStream out = exchange.getResponseBody()) {
            for (int written = 0; written < 5 * MIB; written += block.length) {
              out.write(block);
            }
          }
        });

    FetchResult result = fetcher.fetch(server.uri("/big"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.error()).contains("body larger than 1 MiB");
  }

  @Test
  void refusesABodyWhoseContentLengthIsOverTheCap() {
    server.route("/big", exchange -> send(exchange, 200, new byte[5 * MIB]));

    FetchResult result = fetcher.fetch(server.uri("/big"), Validators.NONE);

    assertThat(result.error()).contains("body larger than 1 MiB");
  }

  @Test
  void acceptsABodyOfExactlyTheCap() {
    server.route("/full", exchange -> send(exchange, 200, new byte[MIB]));

    FetchResult result = fetcher.fetch(server.uri("/full"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.OK);
    assertThat(result.size()).isEqualTo(MIB);
  }

  @Test
  @Timeout(30)
  void stopsAGzipBombAtTheCapWithoutInflatingIt() throws IOException {
    byte[] bomb = gzippedZeros(256L * MIB);
    assertThat(bomb.length).isLessThan(MIB); // small on the wire: the cap must act on the output
    server.route(
        "/bomb",
        exchange ->
            send(
                exchange,
                200,
                bomb,
                "Content-Encoding",
                "gzip",
                "Content-Type",
                "application/xml"));

    FetchResult result = fetcher.fetch(server.uri("/bomb"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.error()).contains("body larger than 1 MiB");
  }

  @Test
  void failsCleanlyOnABodyThatIsNotTheGzipItClaims() {
    server.route(
        "/liar", exchange -> send(exchange, 200, "<rss/> plain text", "Content-Encoding", "gzip"));

    FetchResult result = fetcher.fetch(server.uri("/liar"), Validators.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.error())
        .hasValueSatisfying(error -> assertThat(error).startsWith("body does not decompress"));
  }

  @Test
  void refusesAnEncodingItDidNotOffer() {
    server.route("/br", exchange -> send(exchange, 200, "xxxx", "Content-Encoding", "br"));

    FetchResult result = fetcher.fetch(server.uri("/br"), Validators.NONE);

    assertThat(result.error()).contains("unsupported Content-Encoding 'br'");
  }

  private static byte[] gzippedZeros(long size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] zeros = new byte[MIB];
    try (GZIPOutputStream out = new GZIPOutputStream(bytes, 64 * 1024)) {
      for (long written = 0; written < size; written += zeros.length) {
        out.write(zeros);
      }
    }
    return bytes.toByteArray();
  }
}
