package io.invito.schedule;

import io.invito.model.Week;
import io.invito.pipeline.Pipeline;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the digest of the coming week (weekly). Running it twice for a week rewrites the same
 * files by rename and the same row of the digest log.
 */
@DisallowConcurrentExecution
final class DigestJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);
  private final Pipeline pipeline;
  private final Clock clock;

  DigestJob(Pipeline pipeline, Clock clock) {
    this.pipeline = pipeline;
    this.clock = clock;
  }

  @Override
  public void execute(JobExecutionContext context) {
    context.setResult(
        JobOutcome.of(
            LOG,
            "digest",
            () -> {
              Instant now = clock.instant();
              Week week = Week.coming(LocalDate.ofInstant(now, pipeline.config().owner().zone()));
              return "week " + week + ": " + pipeline.writeDigest(week, now);
            }));
  }
}
