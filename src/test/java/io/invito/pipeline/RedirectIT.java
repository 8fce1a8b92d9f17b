package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import io.invito.model.SourceHealth;
import io.invito.testing.ConfigFolder;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
  private static final Path SITE = Path.of("src/test/resources/site");

  @TempDir Path dir;
  private TestServer site;

  @BeforeEach
  void startSite() throws IOException {
    site =
        new TestServer()
            .redirect("/old.rss", 301, "/new.rss")
            .redirect("/moved-again.rss", 308, "/new.rss")
            .redirect("/elsewhere-today.rss", 302, "/new.rss")
            .redirect("/moved-to-garbage.rss", 301, "/garbage")
            .file("/new.rss", SITE.resolve("corsi.rss"), "application/rss+xml")
            .file("/garbage", SITE.resolve("garbage.bin"), "application/rss+xml");
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void aPermanentRedirectMovesTheSourceOnceTheNewUrlParsed() throws IOException {
    Config config = config();
    String base = site.origin();
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
    assertThat(site.hits("/old.rss")).isEqualTo(1);
    assertThat(site.hits("/moved-again.rss")).isEqualTo(1);
    assertThat(site.hits("/elsewhere-today.rss")).isEqualTo(2);
  }

  @Test
  void anEditedConfigurationWinsOverARememberedMove() throws IOException {
    Config config = config();
    String base = site.origin();
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
    assertThat(site.hits("/elsewhere-today.rss")).isEqualTo(3);
  }

  private static String url(Pipeline pipeline, String sourceId) {
    return pipeline.store().sources().find(sourceId).map(SourceHealth::url).orElseThrow();
  }

  private Config config() throws IOException {
    return ConfigFolder.at(dir)
        .fetchFromLoopback("requestTimeout: 5s", "hostSpacing: 0s")
        .sources(
            """
              - id: moved
                url: %1$s/old.rss
              - id: moved-308
                url: %1$s/moved-again.rss
              - id: temporary
                url: %1$s/elsewhere-today.rss
              - id: broken-move
                url: %1$s/moved-to-garbage.rss
            """
                .formatted(site.origin()))
        .contacts(ConfigFolder.MARCO)
        .load();
  }
}
