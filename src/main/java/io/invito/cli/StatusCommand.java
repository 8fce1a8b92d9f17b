package io.invito.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.invito.config.Config;
import io.invito.model.SourceHealth;
import io.invito.pipeline.Pipeline;
import io.invito.schedule.Daemon;
import io.invito.schedule.JobRun;
import io.invito.schedule.JobStatus;
import io.invito.store.MailboxStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code invito status}: the scheduled jobs, how their last runs went, and the sources' health. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Every scheduled job with its last run, outcome, duration and next fire time "
            + "(in the owner's zone), then how many sources are ok, failing, degraded or disabled.")
final class StatusCommand extends ReportCommand {
  /**
   * Made on the first --json: picocli makes every command object when it starts, so a mapper made
   * with the class cost every invito command, and the text status, Jackson's start-up.
   */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  @Mixin ListFormat format;

  @Override
  void print(Config loaded, PrintWriter out) {
    OwnerTime zone = new OwnerTime(loaded.owner().zone());
    Instant now = Clock.systemUTC().instant();
    try (Pipeline pipeline = Pipeline.openForReading(loaded, Clock.systemUTC())) {
      List<JobStatus> jobs = Daemon.status(loaded);
      List<SourceHealth> health = pipeline.store().sources().all();
      if (format.json) {
        List<MailboxStore.Pass> passes =
            loaded.mail().isPresent() ? pipeline.store().mailbox().passes() : List.of();
        out.println(json(loaded, jobs, health, passes, zone, now));
        return;
      }
      out.printf(
          "%-16s %-22s %-12s %9s  %-23s %s%n",
          "JOB", "LAST RUN", "OUTCOME", "DURATION", "NEXT FIRE", "CRON / LAST MESSAGE");
      for (JobStatus job : jobs) {
        Optional<JobRun> last = job.lastRun();
        out.printf(
            "%-16s %-22s %-12s %9s  %-23s %s%n",
            job.job(),
            last.map(run -> time(run.startedAt(), zone)).orElse("never"),
            last.map(StatusCommand::outcome).orElse("-"),
            last.flatMap(JobRun::duration).map(StatusCommand::duration).orElse("-"),
            job.nextFire()
                .map(next -> time(next, zone) + (next.isBefore(now) ? "!" : ""))
                .orElse("not scheduled"),
            job.cron() + last.flatMap(JobRun::message).map(m -> "  " + oneLine(m)).orElse(""));
      }
      if (jobs.stream().anyMatch(job -> job.nextFire().isEmpty())) {
        out.println("(jobs are scheduled by the first `invito serve`)");
      }
      if (jobs.stream().anyMatch(job -> job.nextFire().filter(now::isAfter).isPresent())) {
        out.println(
            "(! = missed while no scheduler ran: the digest and drafts run once when "
                + "`invito serve` starts, missed fetches are skipped)");
      }
      if (jobs.stream().anyMatch(job -> job.lastRun().filter(JobRun::recovering).isPresent())) {
        out.println("(* = a re-run of a run whose machine stopped under it)");
      }
      out.println();
      Map<SourceHealth.State, Integer> counts = counts(health);
      int unseen = neverFetched(loaded, health);
      StringBuilder summary = new StringBuilder("sources: " + loaded.sources().size());
      counts.forEach(
          (state, count) ->
              summary
                  .append(", ")
                  .append(count)
                  .append(' ')
                  .append(state.name().toLowerCase(Locale.ROOT)));
      if (unseen > 0) {
        summary.append(", ").append(unseen).append(" never fetched");
      }
      out.println(summary);
      needingAttention(health)
          .forEach(
              source ->
                  out.printf(
                      "  %-24s %-9s %s%n",
                      source.sourceId(),
                      source.state().name().toLowerCase(Locale.ROOT),
                      source.lastError().map(StatusCommand::oneLine).orElse("")));
      if (loaded.mail().isPresent()) {
        MailboxLines.print(pipeline.store().mailbox().passes(), zone, out);
      }
    }
  }

  /**
   * The same report as one JSON object, for scripts and monitoring: the jobs, the sources counted
   * by state with those needing attention, and the mailbox's last push and sync; times in ISO 8601
   * with the owner's offset.
   */
  private static String json(
      Config loaded,
      List<JobStatus> jobs,
      List<SourceHealth> health,
      List<MailboxStore.Pass> passes,
      OwnerTime zone,
      Instant now) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put(
        "jobs",
        jobs.stream()
            .map(
                job -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  Optional<JobRun> last = job.lastRun();
                  row.put("job", job.job());
                  row.put("cron", job.cron());
                  row.put("last_run", last.map(run -> zone.json(run.startedAt())).orElse(null));
                  row.put("outcome", last.map(StatusCommand::outcome).orElse(null));
                  row.put(
                      "duration_ms",
                      last.flatMap(JobRun::duration).map(Duration::toMillis).orElse(null));
                  row.put("message", last.flatMap(JobRun::message).orElse(null));
                  row.put("next_fire", job.nextFire().map(zone::json).orElse(null));
                  row.put("missed", job.nextFire().filter(now::isAfter).isPresent());
                  return row;
                })
            .toList());
    Map<String, Object> sources = new LinkedHashMap<>();
    sources.put("configured", loaded.sources().size());
    counts(health)
        .forEach((state, count) -> sources.put(state.name().toLowerCase(Locale.ROOT), count));
    sources.put("never_fetched", neverFetched(loaded, health));
    sources.put(
        "needing_attention",
        needingAttention(health)
            .map(
                source -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("source", source.sourceId());
                  row.put("state", source.state().name().toLowerCase(Locale.ROOT));
                  row.put("last_error", source.lastError().orElse(null));
                  return row;
                })
            .toList());
    report.put("sources", sources);
    if (loaded.mail().isPresent()) {
      report.put(
          "mailbox",
          passes.stream()
              .map(
                  pass -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kind", pass.kind());
                    row.put("attempted_at", zone.json(pass.attemptedAt()));
                    row.put("succeeded_at", pass.succeededAt().map(zone::json).orElse(null));
                    row.put("outcome", pass.outcome());
                    return row;
                  })
              .toList());
    }
    try {
      return Json.MAPPER.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the status could not be written as JSON: " + e, e);
    }
  }

  private static Map<SourceHealth.State, Integer> counts(List<SourceHealth> health) {
    Map<SourceHealth.State, Integer> counts = new TreeMap<>();
    health.forEach(source -> counts.merge(source.state(), 1, Integer::sum));
    return counts;
  }

  private static int neverFetched(Config loaded, List<SourceHealth> health) {
    return (int)
        loaded.sources().stream()
            .filter(source -> health.stream().noneMatch(h -> h.sourceId().equals(source.id())))
            .count();
  }

  private static java.util.stream.Stream<SourceHealth> needingAttention(List<SourceHealth> health) {
    return health.stream()
        .filter(
            source ->
                source.state() != SourceHealth.State.OK
                    && source.state() != SourceHealth.State.NEW);
  }

  /** A run with no end is still running, or its machine died under it. */
  private static String outcome(JobRun run) {
    String outcome = run.outcome().map(text -> text.toLowerCase(Locale.ROOT)).orElse("unfinished");
    return run.recovering() ? outcome + "*" : outcome;
  }

  private static String time(Instant instant, OwnerTime zone) {
    return zone.text(instant);
  }

  private static String duration(Duration duration) {
    if (duration.toMillis() < 1000) {
      return duration.toMillis() + " ms";
    }
    return duration.toSeconds() >= 100
        ? duration.toSeconds() + " s"
        : "%.1f s".formatted(duration.toMillis() / 1000.0);
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 100 ? line.substring(0, 99) + "…" : line;
  }
}
