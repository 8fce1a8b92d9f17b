package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.invito.config.Config;
import io.invito.config.Source;
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
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host's Retry-After outlives the process that was told it and holds for every pipeline on the
 * store: another one open at the same time (a second cluster node) and the next run. Each pipeline
 * has its own fetcher, so only the store can carry the pause between them.
 */
class HostPauseIT {
  private static final Instant NOON = Instant.parse("2026-11-29T12:00:00Z");

  @TempDir Path dir;
  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/busy.rss", this::tooMany);
    server.createContext("/other.rss", this::feed);
    server.start();
  }

  @AfterEach
  void stopSite() {
    server.stop(0);
  }

  private void tooMany(HttpExchange exchange) throws IOException {
    requests.add(exchange.getRequestURI().getPath());
    exchange.getResponseHeaders().set("Retry-After", "300");
    exchange.sendResponseHeaders(429, -1);
    exchange.close();
  }

  private void feed(HttpExchange exchange) throws IOException {
    requests.add(exchange.getRequestURI().getPath());
    byte[] body = Files.readAllBytes(Path.of("src/test/resources/site/corsi.rss"));
    exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void aRetryAfterHoldsForAnotherPipelineOnTheStoreAndForTheNextRun() throws IOException {
    Config config = config();
    Source busy = config.sources().get(0);
    Source other = config.sources().get(1);

    try (Pipeline first = open(config, NOON);
        Pipeline second = open(config, NOON.plusSeconds(5))) {
      assertThat(first.fetchSources(List.of(busy), NOON).reports().get(0).outcome())
          .isEqualTo("failed");
      SourceReport held = second.fetchSources(List.of(other), NOON.plusSeconds(5)).reports().get(0);
      assertThat(held.outcome()).isEqualTo("failed");
      assertThat(held.error().orElseThrow()).contains("blocked until 2026-11-29T12:05:00Z");
    }
    Instant nextRun = NOON.plusSeconds(55);
    try (Pipeline restarted = open(config, nextRun)) {
      restarted.fetchSources(List.of(other), nextRun);
    }
    assertThat(requests).as("the host was asked once in the pause").containsExactly("/busy.rss");

    Instant after = NOON.plus(Duration.ofSeconds(301));
    try (Pipeline later = open(config, after)) {
      assertThat(later.fetchSources(List.of(other), after).reports().get(0).outcome())
          .isEqualTo("fetched");
      assertThat(later.store().hostPauses().forgetEndedBefore(after))
          .as("the ended pause was forgotten when the pipeline opened")
          .isZero();
    }
    assertThat(requests).containsExactly("/busy.rss", "/other.rss");
  }

  @Test
  void aRetryAfterHoldsForTheNextRunInAnotherProcess() throws Exception {
    String site = "http://127.0.0.1:" + server.getAddress().getPort();
    Path folder =
        ConfigFolder.at(dir)
            .fetchFromLoopback("requestTimeout: 5s", "hostSpacing: 0s")
            .sources("  - id: busy\n    url: " + site + "/busy.rss\n")
            .contacts(ConfigFolder.MARCO)
            .write();

    String first = runInItsOwnProcess(folder);
    // The next run reads another source of the same host: only the host's pause, kept in the
    // store by the first process, can hold it back.
    Files.writeString(
        folder.resolve("sources.yaml"),
        "sources:\n  - id: other\n    url: " + site + "/other.rss\n");
    String next = runInItsOwnProcess(folder);

    assertThat(first).contains("busy");
    assertThat(next).as(next).contains("other").contains("blocked until");
    assertThat(requests)
        .as("the second process asked nothing in the pause")
        .containsExactly("/busy.rss");
  }

  /** {@code invito run} in a JVM of its own, ended before the next starts; its output. */
  private static String runInItsOwnProcess(Path folder) throws Exception {
    Process run =
        io.invito.testing.InvitoProcess.command("run", "--config", folder.toString()).start();
    String output =
        new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(run.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as(output).isTrue();
    return output;
  }

  private static Pipeline open(Config config, Instant at) {
    return Pipeline.open(config, Clock.fixed(at, ZoneOffset.UTC));
  }

  private Config config() throws IOException {
    String site = "http://127.0.0.1:" + server.getAddress().getPort();
    return ConfigFolder.at(dir)
        .fetchFromLoopback("requestTimeout: 5s", "hostSpacing: 0s")
        .sources(
            """
              - id: busy
                url: %s/busy.rss
              - id: other
                url: %s/other.rss
            """
                .formatted(site, site))
        .contacts(ConfigFolder.MARCO)
        .load();
  }
}
