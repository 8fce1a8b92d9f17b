package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import io.invito.model.SourceHealth;
import io.invito.pipeline.Pipeline;
import io.invito.testing.TestFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
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
    Files.writeString(
        dir.resolve("invito.yaml"),
        "owner:\n  name: Giulia Bianchi\n  email: giulia@example.it\n"
            + "store:\n  path: data/invito\n");
    Files.writeString(
        dir.resolve("sources.yaml"),
        """
        sources:
          - id: moved
            url: https://old.example.com/feed.xml
          - id: stale
            url: https://edited.example.com/feed.xml
        """);
    Files.writeString(
        dir.resolve("contacts.csv"),
        "id,first_name,last_name,email,interests,languages,time_zone,formality,channel\n");
    TestFiles.copyTree(Path.of("config/templates"), dir.resolve("templates"));
    Config config = ConfigLoader.load(dir);
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
    StringWriter out = new StringWriter();

    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "sources",
            "status",
            "--config",
            dir.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
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
