package io.invito.cli;

import io.invito.config.Config;
import io.invito.model.SourceHealth;
import io.invito.pipeline.Pipeline;
import io.invito.schedule.Daemon;
import io.invito.schedule.JobRun;
import io.invito.schedule.JobStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;

/** {@code invito status}: the scheduled jobs, how their last runs went, and the sources' health. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Every scheduled job with its last run, outcome, duration and next fire time "
            + "(in the owner's zone), then how many sources are ok, failing, degraded or disabled.")
final class StatusCommand extends ReportCommand {
  @Override
  void print(Config loaded, PrintWriter out) {
    OwnerTime zone = new OwnerTime(loaded.owner().zone());
    Instant now = Clock.systemUTC().instant();
    try (Pipeline pipeline = Pipeline.openForReading(loaded, Clock.systemUTC())) {
      List<JobStatus> jobs = Daemon.status(loaded);
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
      Map<SourceHealth.State, Integer> counts = new TreeMap<>();
      List<SourceHealth> health = pipeline.store().sources().all();
      health.forEach(source -> counts.merge(source.state(), 1, Integer::sum));
      int unseen =
          (int)
              loaded.sources().stream()
                  .filter(
                      source -> health.stream().noneMatch(h -> h.sourceId().equals(source.id())))
                  .count();
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
      health.stream()
          .filter(
              source ->
                  source.state() != SourceHealth.State.OK
                      && source.state() != SourceHealth.State.NEW)
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
