package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import io.invito.model.SourceHealth;
import io.invito.testing.TestFiles;
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
 * 301 and 308 move a source to its new URL once the content there parsed, and the next pass asks
 * the new URL directly; a 302, or a move to content that does not parse, leaves it where it was.
 */
class RedirectIT {
  private static final Instant SUNDAY_EVENING = Instant.parse("2026-11-29T17:00:00Z");

  @TempDir Path dir;
  private HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  @BeforeEach
  void startSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    redirect("/old.rss", 301, "/new.rss");
    redirect("/moved-again.rss", 308, "/new.rss");
    redirect("/elsewhere-today.rss", 302, "/new.rss");
    redirect("/moved-to-garbage.rss", 301, "/garbage");
    serve("/new.rss", "corsi.rss", "application/rss+xml");
    serve("/garbage", "garbage.bin", "application/rss+xml");
    server.start();
  }

  @AfterEach
  void stopSite() {
    server.stop(0);
  }

  @Test
  void aPermanentRedirectMovesTheSourceOnceTheNewUrlParsed() throws IOException {
    Config config = config();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.fetchSources(config.sources(), SUNDAY_EVENING);

      assertThat(url(pipeline, "moved")).isEqualTo(base + "/new.rss");
      assertThat(url(pipeline, "moved-308")).isEqualTo(base + "/new.rss");
      assertThat(url(pipeline, "temporary")).isEqualTo(base + "/elsewhere-today.rss");
      assertThat(url(pipeline, "broken-move")).isEqualTo(base + "/moved-to-garbage.rss");
      assertThat(pipeline.store().sources().movedFrom("moved")).contains(base + "/old.rss");
      assertThat(pipeline.store().sources().movedFrom("temporary")).isEmpty();

      Pipeline.FetchPass second =
          pipeline.fetchSources(config.sources(), SUNDAY_EVENING.plus(Duration.ofHours(1)));
      assertThat(second.reports())
          .filteredOn(report -> report.sourceId().startsWith("moved"))
          .allSatisfy(report -> assertThat(report.failed()).isFalse());
    }
    // The moved sources asked their old URLs once; the temporary redirect is asked every time.
    assertThat(hits("/old.rss")).isEqualTo(1);
    assertThat(hits("/moved-again.rss")).isEqualTo(1);
    assertThat(hits("/elsewhere-today.rss")).isEqualTo(2);
  }

  @Test
  void anEditedConfigurationWinsOverARememberedMove() throws IOException {
    Config config = config();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.fetchSources(config.sources(), SUNDAY_EVENING);
    }
    Files.writeString(
        dir.resolve("sources.yaml"),
        Files.readString(dir.resolve("sources.yaml")).replace("/old.rss", "/elsewhere-today.rss"));
    Config edited = ConfigLoader.load(dir);
    try (Pipeline pipeline = Pipeline.open(edited, Clock.systemUTC())) {
      pipeline.fetchSources(edited.sources(), SUNDAY_EVENING.plus(Duration.ofHours(1)));

      assertThat(url(pipeline, "moved")).isEqualTo(base + "/elsewhere-today.rss");
    }
    // Once by "temporary" in each pass, once by the edited "moved" source.
    assertThat(hits("/elsewhere-today.rss")).isEqualTo(3);
  }

  private static String url(Pipeline pipeline, String sourceId) {
    return pipeline.store().sources().find(sourceId).map(SourceHealth::url).orElseThrow();
  }

  private int hits(String path) {
    return hits.getOrDefault(path, new AtomicInteger()).get();
  }

  private void redirect(String path, int status, String target) {
    server.createContext(
        path,
        exchange -> {
          count(exchange);
          exchange.getResponseHeaders().set("Location", target);
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
  }

  private void serve(String path, String file, String type) {
    server.createContext(
        path,
        exchange -> {
          count(exchange);
          byte[] body = Files.readAllBytes(Path.of("src/test/resources/site", file));
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }

  private void count(HttpExchange exchange) {
    hits.computeIfAbsent(exchange.getRequestURI().getPath(), key -> new AtomicInteger())
        .incrementAndGet();
  }

  private Config config() throws IOException {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    Files.writeString(
        dir.resolve("invito.yaml"),
        """
        owner:
          name: Giulia Bianchi
          email: giulia@example.it
          signature: Giulia
          language: it
          timeZone: Europe/Rome
        store:
          path: data/invito
        fetch:
          allowedHosts: [127.0.0.1]
          requestTimeout: 5s
          hostSpacing: 0s
        """);
    Files.writeString(
        dir.resolve("sources.yaml"),
        """
        sources:
          - id: moved
            url: %1$s/old.rss
          - id: moved-308
            url: %1$s/moved-again.rss
          - id: temporary
            url: %1$s/elsewhere-today.rss
          - id: broken-move
            url: %1$s/moved-to-garbage.rss
        """
            .formatted(base));
    Files.writeString(
        dir.resolve("contacts.csv"),
        """
        id,first_name,last_name,email,interests,languages,time_zone,formality,channel
        marco-rossi,Marco,Rossi,marco@example.it,sicurezza informatica,it,Europe/Rome,tu,email
        """);
    TestFiles.copyTree(Path.of("config/templates"), dir.resolve("templates"));
    return ConfigLoader.load(dir);
  }
}
