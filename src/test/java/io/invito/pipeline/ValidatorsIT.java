package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Config;
import io.invito.testing.ConfigFolder;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that ignores validators: every GET, conditional or not, gets a 200 with the same feed
 * and a new ETag. Reading it again must cost parsing but must store no event twice.
 */
class ValidatorsIT {
  private static final Instant SUNDAY_EVENING = Instant.parse("2026-11-29T17:00:00Z");

  private static final String SECOND_ITEM =
      """
      <item>
        <title>Webinar: fatturazione elettronica senza errori</title>
        <link>https://formazione.example.it/webinar/fatturazione</link>
        <guid isPermaLink="false">corsi-fatturazione-2026</guid>
        <pubDate>Sun, 29 Nov 2026 20:00:00 +0100</pubDate>
        <description>Webinar gratuito giovedì 3 dicembre 2026 ore 18:00 su Zoom.</description>
      </item>
      """;

  @TempDir Path dir;
  private TestServer site;
  private final AtomicInteger version = new AtomicInteger();
  private final List<Optional<String>> ifNoneMatch = new CopyOnWriteArrayList<>();
  private volatile String feed;
  private volatile boolean broken;

  @BeforeEach
  void startSite() throws IOException {
    feed = Files.readString(Path.of("src/test/resources/site/corsi.rss"));
    site =
        new TestServer()
            .route(
                "/corsi.rss",
                exchange -> {
                  Optional<String> sent =
                      Optional.ofNullable(exchange.getRequestHeaders().getFirst("If-None-Match"));
                  ifNoneMatch.add(sent);
                  if (broken && sent.isPresent()) {
                    TestServer.send(exchange, 304, "");
                  } else {
                    TestServer.send(
                        exchange,
                        200,
                        feed,
                        "Content-Type",
                        "application/rss+xml",
                        "ETag",
                        "\"v" + version.incrementAndGet() + "\"");
                  }
                });
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void aServerThatIgnoresValidatorsGivesNoDuplicateEventsOnTheSecondPass() throws IOException {
    Config config = config();
    Pipeline.FetchPass first;
    Pipeline.FetchPass second;
    int storedAfterFirst;
    int storedAfterSecond;
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      first = pipeline.fetchSources(config.sources(), SUNDAY_EVENING);
      storedAfterFirst = pipeline.store().events().all().size();
      second = pipeline.fetchSources(config.sources(), SUNDAY_EVENING.plusSeconds(3600));
      storedAfterSecond = pipeline.store().events().all().size();
    }

    assertThat(first.upsert().created()).isEqualTo(1);
    // The second GET was conditional and the server answered 200 anyway: read, not "not modified".
    assertThat(ifNoneMatch).containsExactly(Optional.empty(), Optional.of("\"v1\""));
    assertThat(second.reports())
        .singleElement()
        .extracting(SourceReport::outcome)
        .isEqualTo("fetched");
    assertThat(second.reports().get(0).events()).isEqualTo(1);
    assertThat(second.upsert().created()).isZero();
    assertThat(second.upsert().updated()).isZero();
    assertThat(storedAfterSecond).isEqualTo(storedAfterFirst).isEqualTo(1);
  }

  @Test
  void anUnconditionalGetEveryTwelveHoursFindsWhatABrokenServerHidesBehind304() throws IOException {
    Config config = config();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.fetchSources(config.sources(), SUNDAY_EVENING);
      // From now on the server answers every conditional GET with 304, whatever its feed says.
      broken = true;
      feed = feed.replace("</channel>", SECOND_ITEM + "</channel>");

      Pipeline.FetchPass hidden =
          pipeline.fetchSources(config.sources(), SUNDAY_EVENING.plus(Duration.ofHours(11)));
      Pipeline.FetchPass forced =
          pipeline.fetchSources(config.sources(), SUNDAY_EVENING.plus(Duration.ofHours(12)));
      Pipeline.FetchPass conditionalAgain =
          pipeline.fetchSources(config.sources(), SUNDAY_EVENING.plus(Duration.ofHours(13)));

      assertThat(hidden.reports().get(0).outcome()).isEqualTo(SourceReport.NOT_MODIFIED);
      assertThat(forced.reports().get(0).outcome()).isEqualTo("fetched");
      assertThat(forced.upsert().created()).isEqualTo(1);
      assertThat(conditionalAgain.reports().get(0).outcome()).isEqualTo(SourceReport.NOT_MODIFIED);
    }
    assertThat(ifNoneMatch)
        .containsExactly(
            Optional.empty(), Optional.of("\"v1\""), Optional.empty(), Optional.of("\"v2\""));
  }

  @Test
  void aFeedsTtlPutsOffItsNextFetchUntilTheTtlHasPassed() throws IOException {
    feed = feed.replace("<channel>", "<channel><ttl>180</ttl>");
    Config config = config();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.fetchSources(config.sources(), SUNDAY_EVENING);
      assertThat(pipeline.store().sources().find("corsi"))
          .hasValueSatisfying(
              health ->
                  assertThat(health.nextAttempt())
                      .contains(SUNDAY_EVENING.plus(Duration.ofMinutes(180))));

      Pipeline.FetchPass early =
          pipeline.fetchSources(config.sources(), SUNDAY_EVENING.plus(Duration.ofHours(2)));
      Pipeline.FetchPass due =
          pipeline.fetchSources(config.sources(), SUNDAY_EVENING.plus(Duration.ofHours(3)));

      assertThat(early.reports().get(0).outcome()).startsWith("skipped");
      assertThat(due.reports().get(0).outcome()).isEqualTo("fetched");
    }
    assertThat(ifNoneMatch).hasSize(2);
  }

  private Config config() throws IOException {
    return ConfigFolder.at(dir)
        .fetchFromLoopback("requestTimeout: 5s", "hostSpacing: 0s")
        .sources(
            """
              - id: corsi
                url: %s/corsi.rss
                language: it
            """
                .formatted(site.origin()))
        .contacts(ConfigFolder.MARCO)
        .load();
  }
}
