package io.invito.cli;

import static io.invito.cli.CliRun.invito;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Config;
import io.invito.model.SourceHealth;
import io.invito.pipeline.Pipeline;
import io.invito.testing.ConfigFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesStatusTest {
  private static final Instant AT = Instant.parse("2026-11-29T17:00:00Z");

  @TempDir Path dir;

  @Test
  void showsWhereAPermanentRedirectMovedASourceWhileTheConfigNamesTheOldUrl() throws IOException {
    Config config =
        ConfigFolder.at(dir)
            .sources(
                """
                  - id: moved
                    url: https://old.example.com/feed.xml
                  - id: stale
                    url: https://edited.example.com/feed.xml
                """)
            .load();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline
          .store()
          .sources()
          .save(
              health("moved", "https://new.example.com/feed.xml"),
              Optional.of("https://old.example.com/feed.xml"));
      // Moved from a URL the configuration no longer names: the edit wins, nothing to show.
      pipeline
          .store()
          .sources()
          .save(
              health("stale", "https://new.example.com/other.xml"),
              Optional.of("https://before-the-edit.example.com/feed.xml"));
    }
    CliRun run = invito("sources", "status", "--config", dir.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("moved permanently (301/308) to https://new.example.com/feed.xml")
        .doesNotContain("other.xml");
  }

  private static SourceHealth health(String id, String url) {
    return new SourceHealth(
        id,
        url,
        SourceHealth.State.OK,
        Optional.of(AT),
        Optional.of(AT),
        Optional.empty(),
        0,
        Optional.empty(),
        3,
        false);
  }
}
