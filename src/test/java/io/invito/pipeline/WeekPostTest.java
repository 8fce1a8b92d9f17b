package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Config;
import io.invito.model.Event;
import io.invito.model.Week;
import io.invito.store.PostLog;
import io.invito.testing.ConfigFolder;
import io.invito.testing.EventBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The week's post remembers what it shared: a real H2 store, the digest written as a run does. */
class WeekPostTest {
  private static final Week W49 = Week.parse("2026-W49");
  private static final Week W50 = Week.parse("2026-W50");
  private static final Instant SUNDAY = Instant.parse("2026-11-29T17:00:00Z");

  @TempDir Path dir;

  private static Event webinar(String id, String title, ZonedDateTime start) {
    return EventBuilder.webinar()
        .id(id)
        .title(title)
        .url("https://example.org/" + id)
        .start(start)
        .end(start.plusHours(1))
        .language("it")
        .build();
  }

  @Test
  void anEventSharedOneWeekIsNotSharedAgainWhenItMovesIntoTheNext() throws IOException {
    Config config = ConfigFolder.at(dir).contacts(ConfigFolder.MARCO, ConfigFolder.ANNA).load();
    ZonedDateTime thursday = EventBuilder.NEXT_WEEK;
    Event security = webinar("sicurezza", "Webinar: sicurezza informatica per le PMI", thursday);
    Event ransomware =
        webinar("ransomware", "Ransomware: le difese pratiche", thursday.plusDays(1));
    Event backup = webinar("backup", "Backup e continuità operativa", thursday.plusDays(7));
    Event cloud = webinar("cloud", "Sicurezza del cloud per chi comincia", thursday.plusDays(8));
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.store().events().upsert(List.of(security, ransomware, backup, cloud), SUNDAY);

      pipeline.writeDigest(W49, SUNDAY);
      // Written again (the digest rerun): the same post, the same events remembered.
      pipeline.writeDigest(W49, SUNDAY);
      String first = Files.readString(dir.resolve("out/digest/2026-W49.post.txt"));
      assertThat(first).contains("sicurezza informatica per le PMI").contains("Ransomware");
      assertThat(pipeline.store().posts().all())
          .extracting(PostLog.Entry::week, PostLog.Entry::eventId)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("2026-W49", "sicurezza"),
              org.assertj.core.groups.Tuple.tuple("2026-W49", "ransomware"));

      // The organiser moves one of them into the next week: that week's post leaves it out.
      Event moved =
          EventBuilder.from(security)
              .start(thursday.plusDays(7))
              .end(thursday.plusDays(7).plusHours(1))
              .build();
      pipeline.store().events().upsert(List.of(moved), SUNDAY.plusSeconds(3600));
      pipeline.writeDigest(W50, SUNDAY.plusSeconds(7200));
      String next = Files.readString(dir.resolve("out/digest/2026-W50.post.txt"));
      assertThat(next).contains("Backup").contains("cloud").doesNotContain("PMI");
      assertThat(pipeline.store().posts().sharedOutside(W49))
          .containsExactlyInAnyOrder("backup", "cloud");
    }
  }

  @Test
  void noPostWhenFewerThanTwoPublicEventsAreLeftToShare() throws IOException {
    Config config = ConfigFolder.at(dir).contacts(ConfigFolder.MARCO).load();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      Event alone = webinar("alone", "Webinar: sicurezza informatica", EventBuilder.NEXT_WEEK);
      Event noLink =
          EventBuilder.from(webinar("nolink", "Webinar senza pagina", EventBuilder.NEXT_WEEK))
              .url(null)
              .build();
      pipeline.store().events().upsert(List.of(alone, noLink), SUNDAY);

      List<Path> files = pipeline.writeDigest(W49, SUNDAY);

      assertThat(files).noneMatch(file -> file.toString().contains(".post."));
      assertThat(dir.resolve("out/digest/2026-W49.post.txt")).doesNotExist();
      assertThat(pipeline.store().posts().all()).isEmpty();
      assertThat(Files.readString(dir.resolve("out/digest/2026-W49.md")))
          .doesNotContain("Post della settimana");
    }
  }
}
