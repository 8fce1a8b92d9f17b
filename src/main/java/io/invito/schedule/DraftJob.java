package io.invito.schedule;

import io.invito.pipeline.Pipeline;
import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches stored events with contacts and writes the drafts (daily). Not interruptible: it is
 * short, and every draft is written by rename with its invitation row keyed on event, contact and
 * channel, so a run cut short by a crash is completed by the next.
 */
@DisallowConcurrentExecution
final class DraftJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(DraftJob.class);
  private final Pipeline pipeline;
  private final Clock clock;

  DraftJob(Pipeline pipeline, Clock clock) {
    this.pipeline = pipeline;
    this.clock = clock;
  }

  @Override
  public void execute(JobExecutionContext context) {
    context.setResult(
        JobOutcome.of(
            LOG,
            "match and draft",
            () -> {
              Pipeline.DraftPass pass = pipeline.matchAndDraft(clock.instant());
              return "%d matches, %d drafts".formatted(pass.matches(), pass.drafts().size());
            }));
  }
}
