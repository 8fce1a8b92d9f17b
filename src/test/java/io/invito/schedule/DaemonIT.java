package io.invito.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Config;
import io.invito.model.SourceHealth;
import io.invito.model.SourceHealth.State;
import io.invito.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * The daemon on a real H2 file with Quartz's JDBC job store: what happens to fires missed while it
 * was off, to a fetch that outlasts its interval, and to fetches in flight at shutdown.
 */
class DaemonIT {
  private static final String WEEKLY = "0 0 7 ? * MON";
  private static final String DAILY = "0 30 6 * * ?";
  private static final String EVERY_TWO_SECONDS = "0/2 * * * * ?";
  private static final String EVERY_SECOND = "* * * * * ?";
  private static final String THREE_HOURLY = "0 0 */3 * * ?";

  @TempDir Path dir;
  private TestSite site;
  private Pipeline pipeline;
  private Daemon daemon;
  private TestSite other; // a second site, on a port of its own

  @BeforeEach
  void startSite() throws IOException {
    site = TestSite.start();
  }

  @AfterEach
  void stopEverything() {
    if (daemon != null) {
      daemon.stop();
    }
    if (pipeline != null) {
      pipeline.close();
    }
    site.close();
    if (other != null) {
      other.close();
    }
  }

  private Config config(String fetchCron, String digestCron, String sourcePath) throws IOException {
    return ScheduleFolder.at(dir, fetchCron, DAILY, digestCron)
        .sources(
            """
              - id: corsi
                url: %s
                language: it
            """
                .formatted(site.url(sourcePath)))
        .load();
  }

  /** Stores the job's trigger as a scheduler that last ran at {@code since} would have left it. */
  private static void leaveTriggerFrom(Config config, Timing timing, String job, Instant since)
      throws SchedulerException {
    PlannedJob planned =
        PlannedJob.from(config).stream()
            .filter(candidate -> candidate.name().equals(job))
            .findFirst()
            .orElseThrow();
    Scheduler scheduler = QuartzSetup.scheduler(config, timing);
    try {
      scheduler.addJob(planned.job(), true);
      scheduler.scheduleJob(planned.trigger(Date.from(since)));
    } finally {
      scheduler.shutdown();
    }
  }

  @Test
  void aDigestMissedByMoreThanTheMisfireThresholdRunsOnceAtStartUp() throws Exception {
    Config config = config(THREE_HOURLY, WEEKLY, "/corsi.rss");
    pipeline = Pipeline.open(config, Clock.systemUTC());
    // Off for ten days: at least one Monday 07:00 went by, days beyond the one-minute threshold.
    leaveTriggerFrom(
        config, Timing.PRODUCTION, PlannedJob.DIGEST, Instant.now().minus(Duration.ofDays(10)));
    RunLog log = new RunLog(StoreConnections.forUrl(config.storeUrl()));

    daemon = Daemon.start(pipeline, Clock.systemUTC(), Timing.PRODUCTION);
    await(() -> log.runs(PlannedJob.DIGEST).stream().anyMatch(run -> run.finishedAt().isPresent()));

    List<JobRun> runs = log.runs(PlannedJob.DIGEST);
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).outcome()).contains("SUCCEEDED");
    // Nothing more is pending: the next digest is next Monday at 07:00, not another missed one.
    Instant next = nextFire(PlannedJob.DIGEST);
    ZonedDateTime local = next.atZone(ZoneId.of("Europe/Rome"));
    assertThat(next).isAfter(Instant.now());
    assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(local.getHour()).isEqualTo(7);
    assertThat(Files.list(dir.resolve("out/digest")).map(path -> path.getFileName().toString()))
        .anyMatch(name -> name.endsWith(".md"));
  }

  @Test
  void aPollingTriggerMissedThreeTimesRunsOnceNotThreeTimes() throws Exception {
    Timing timing =
        new Timing(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
    Config config = config(EVERY_TWO_SECONDS, WEEKLY, "/corsi.rss");
    pipeline = Pipeline.open(config, Clock.systemUTC());
    // The last poll was seven seconds ago: the polls of -6, -4 and -2 s were missed.
    leaveTriggerFrom(config, timing, PlannedJob.FETCH, Instant.now().minusSeconds(7));
    RunLog log = new RunLog(StoreConnections.forUrl(config.storeUrl()));
    Instant restart = Instant.now();

    daemon = Daemon.start(pipeline, Clock.systemUTC(), timing);
    await(() -> log.runs(PlannedJob.FETCH).stream().anyMatch(run -> run.finishedAt().isPresent()));

    // A burst would have run the missed polls, each for its own past fire time; instead the first
    // run is a regular poll after the restart.
    JobRun first = log.runs(PlannedJob.FETCH).get(0);
    assertThat(first.scheduledAt())
        .hasValueSatisfying(
            scheduled -> assertThat(scheduled).isAfterOrEqualTo(restart.minusMillis(999)));
    assertThat(log.runs(PlannedJob.FETCH))
        .allSatisfy(
            run -> assertThat(run.scheduledAt().orElseThrow()).isAfter(restart.minusSeconds(1)));
  }

  @Test
  void aFetchStillRunningWhenItsNextFireComesIsNotRunTwice() throws Exception {
    Timing timing =
        new Timing(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
    site.stallMillis = 2_500;
    Config config = config(EVERY_SECOND, WEEKLY, "/stall");
    pipeline = Pipeline.open(config, Clock.systemUTC());
    RunLog log = new RunLog(StoreConnections.forUrl(config.storeUrl()));

    daemon = Daemon.start(pipeline, Clock.systemUTC(), timing);
    // Two fetches went by, each outlasting two or three fires of its every-second trigger.
    await(
        () ->
            site.stallRequests.get() >= 2
                && log.runs(PlannedJob.FETCH).stream()
                        .filter(run -> run.finishedAt().isPresent())
                        .count()
                    >= 1);

    assertThat(site.stallMaxConcurrent.get()).isEqualTo(1);
    List<JobRun> runs = log.runs(PlannedJob.FETCH);
    for (int i = 1; i < runs.size(); i++) {
      Instant previousEnd = runs.get(i - 1).finishedAt().orElseThrow();
      assertThat(runs.get(i).startedAt()).isAfterOrEqualTo(previousEnd);
    }
  }

  @Test
  void shutdownInterruptsFetchesInFlightAndEndsWithinTheDeadline() throws Exception {
    Timing timing =
        new Timing(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10));
    site.stallMillis = 120_000; // far beyond the deadline: only an interrupt ends the fetch in time
    Config config = config(EVERY_SECOND, WEEKLY, "/stall");
    pipeline = Pipeline.open(config, Clock.systemUTC());
    RunLog log = new RunLog(StoreConnections.forUrl(config.storeUrl()));
    daemon = Daemon.start(pipeline, Clock.systemUTC(), timing);
    assertThat(site.stallEntered.await(30, TimeUnit.SECONDS)).isTrue();

    List<String> abandoned = daemon.stop();
    daemon = null;

    assertThat(abandoned).isEmpty();
    JobRun run = log.runs(PlannedJob.FETCH).get(0);
    assertThat(run.outcome()).contains("INTERRUPTED");
    // Nothing half-written: the store still works and recorded nothing for the cut-short pass.
    assertThat(pipeline.store().events().all()).isEmpty();
    assertThat(pipeline.store().sources().all()).isEmpty();
  }

  @Test
  void aSourceAddedWhileServingIsFetchedByTheNextFetchAndAHalfEditedFileKeepsTheLastSources()
      throws Exception {
    other = TestSite.start();
    Timing timing =
        new Timing(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
    Config config = config(EVERY_SECOND, WEEKLY, "/corsi.rss");
    pipeline = Pipeline.open(config, Clock.systemUTC());
    RunLog log = new RunLog(StoreConnections.forUrl(config.storeUrl()));
    daemon = Daemon.start(pipeline, Clock.systemUTC(), timing);
    await(() -> sourceIds().contains("corsi"));

    // Added by hand (or on the desk) while serve runs: fetched without a restart, though it is
    // on a port of its own that allowedHosts' 127.0.0.1 did not reach when serve started.
    Path yaml = config.directory().resolve("sources.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            + "  - id: nuovi\n    url: %s\n".formatted(other.url("/upcoming.rss")));
    await(() -> health("nuovi").filter(known -> known.state() == State.OK).isPresent());

    // Caught half-edited: the fetches go on with the sources as last read, and say so.
    Files.writeString(yaml, "sources:\n  - id: [nuovi\n");
    int runs = finishedFetches(log);
    Instant broken = Instant.now();
    await(() -> finishedFetches(log) >= runs + 2);
    JobRun after =
        log.runs(PlannedJob.FETCH).stream()
            .filter(run -> run.startedAt().isAfter(broken))
            .filter(run -> run.finishedAt().isPresent())
            .findFirst()
            .orElseThrow();
    assertThat(after.outcome()).contains("SUCCEEDED");
    assertThat(after.message())
        .hasValueSatisfying(text -> assertThat(text).startsWith("2 sources"));
  }

  private Optional<SourceHealth> health(String sourceId) {
    return pipeline.store().sources().all().stream()
        .filter(known -> known.sourceId().equals(sourceId))
        .findFirst();
  }

  private List<String> sourceIds() {
    return pipeline.store().sources().all().stream()
        .map(io.invito.model.SourceHealth::sourceId)
        .toList();
  }

  private static int finishedFetches(RunLog log) {
    return (int)
        log.runs(PlannedJob.FETCH).stream().filter(run -> run.finishedAt().isPresent()).count();
  }

  private Instant nextFire(String job) {
    return daemon.jobs().stream()
        .filter(status -> status.job().equals(job))
        .findFirst()
        .flatMap(JobStatus::nextFire)
        .orElseThrow();
  }

  /** Waits for what a background scheduler thread will do; fails after a generous bound. */
  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 45 s");
      }
      Thread.sleep(100);
    }
  }
}
