package io.invito.schedule;

import io.invito.testing.ConfigFolder;
import java.nio.file.Path;

/** The config folder the scheduler tests share, with the three cron schedules theirs to choose. */
final class ScheduleFolder {
  private ScheduleFolder() {}

  /**
   * Schedules the three jobs by these cron expressions; fetches from loopback with a timeout long
   * enough for a slow site; drafts only for events at least an hour away, for Marco and Anna. The
   * store and the sources are the caller's to add.
   */
  static ConfigFolder at(Path dir, String fetchCron, String draftCron, String digestCron) {
    return ConfigFolder.at(dir)
        .section(
            """
            schedules:
              fetch: "%s"
              matchAndDraft: "%s"
              digest: "%s"
            """
                .formatted(fetchCron, draftCron, digestCron))
        .fetchFromLoopback("requestTimeout: 60s")
        .section("matching:\n  minLeadTime: 1h\n")
        .contacts(ConfigFolder.MARCO, ConfigFolder.ANNA);
  }
}
