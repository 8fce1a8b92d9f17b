package io.invito.schedule;

import io.invito.model.Week;
import io.invito.pipeline.Pipeline;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;

/**
 * Writes the digest of the coming week (weekly). Running it twice for a week rewrites the same
 * files by rename and the same row of the digest log.
 */
@DisallowConcurrentExecution
final class DigestJob extends PipelineJob {
  DigestJob(Pipeline pipeline, Clock clock) {
    super("digest", pipeline, clock);
  }

  @Override
  String work() {
    Instant now = clock.instant();
    Week week = Week.coming(LocalDate.ofInstant(now, pipeline.config().owner().zone()));
    return "week " + week + ": " + pipeline.writeDigest(week, now);
  }
}
