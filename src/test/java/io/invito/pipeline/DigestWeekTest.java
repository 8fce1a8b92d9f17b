package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Config;
import io.invito.testing.ConfigFolder;
import io.invito.testing.EventBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest a run writes covers the days its drafts are for, whatever the day of the run: a
 * Saturday run that drafts for Sunday's webinar shows this week, not the next one where nobody is
 * invited.
 */
class DigestWeekTest {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @TempDir Path dir;

  private Path runWithOneWebinar(ZonedDateTime webinar, ZonedDateTime run) throws IOException {
    Config config = ConfigFolder.at(dir).contacts(ConfigFolder.MARCO).load();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline
          .store()
          .events()
          .upsert(
              List.of(
                  EventBuilder.webinar()
                      .id("ev-sicurezza")
                      .title("Webinar: sicurezza informatica per le PMI")
                      .url("https://example.it/eventi/sicurezza")
                      .language("it")
                      .start(webinar)
                      .end(webinar.plusMinutes(90))
                      .sources("rss")
                      .build()),
              run.minusDays(1).toInstant());
      RunSummary summary = pipeline.runOnce(run.toInstant());
      assertThat(summary.drafts()).as("drafted").isNotEmpty();
      return summary.digestFiles().get(0);
    }
  }

  private String draftWeek() throws IOException {
    try (var weeks = Files.list(dir.resolve("out/invites"))) {
      return weeks.map(week -> week.getFileName().toString()).sorted().toList().get(0);
    }
  }

  @Test
  void aSaturdayRunThatDraftsForSundayWritesThisWeeksDigest() throws IOException {
    Path digest =
        runWithOneWebinar(
            LocalDateTime.of(2026, 12, 6, 18, 0).atZone(ROME),
            LocalDateTime.of(2026, 12, 5, 10, 0).atZone(ROME));

    assertThat(draftWeek()).isEqualTo("2026-W49");
    assertThat(digest.getFileName()).hasToString("2026-W49.md");
    assertThat(Files.readString(digest)).contains("Marco Rossi").contains("sicurezza informatica");
  }

  @Test
  void aMondayRunThatDraftsForThursdayWritesThisWeeksDigest() throws IOException {
    Path digest =
        runWithOneWebinar(
            LocalDateTime.of(2026, 12, 10, 18, 0).atZone(ROME),
            LocalDateTime.of(2026, 12, 7, 8, 0).atZone(ROME));

    assertThat(draftWeek()).isEqualTo("2026-W50");
    assertThat(digest.getFileName()).hasToString("2026-W50.md");
    assertThat(Files.readString(digest)).contains("Marco Rossi");
  }

  @Test
  void aSaturdayRunThatDraftsForNextWeekWritesNextWeeksDigest() throws IOException {
    Path digest =
        runWithOneWebinar(
            LocalDateTime.of(2026, 12, 9, 18, 0).atZone(ROME),
            LocalDateTime.of(2026, 12, 5, 10, 0).atZone(ROME));

    assertThat(draftWeek()).isEqualTo("2026-W50");
    assertThat(digest.getFileName()).hasToString("2026-W50.md");
    assertThat(Files.readString(digest)).contains("Marco Rossi");
  }
}
