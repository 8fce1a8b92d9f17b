package io.invito.schedule;

import io.invito.pipeline.Pipeline;
import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fetches every due source and stores their events; never runs twice at once. */
@DisallowConcurrentExecution
final class FetchJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(FetchJob.class);
  private final Pipeline pipeline;
  private final Clock clock;

  FetchJob(Pipeline pipeline, Clock clock) {
    this.pipeline = pipeline;
    this.clock = clock;
  }

  @Override
  public void execute(JobExecutionContext context) {
    JobOutcome.log(LOG, "fetch", () -> {
      Pipeline.FetchPass pass = pipeline.fetchSources(pipeline.config().sources(), clock.instant());
      return "%d sources, %d new events, %d updated".formatted(
          pass.reports().size(), pass.upsert().created(), pass.upsert().updated());
    });
  }
}
