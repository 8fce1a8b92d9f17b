package io.invito.schedule;

import io.invito.pipeline.Pipeline;
import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;

/**
 * Matches stored events with contacts and writes the drafts (daily). Not interruptible: it is
 * short, and every draft is written by rename with its invitation row keyed on event, contact and
 * channel, so a run cut short by a crash is completed by the next.
 */
@DisallowConcurrentExecution
final class DraftJob extends PipelineJob {
  DraftJob(Pipeline pipeline, Clock clock) {
    super("match and draft", pipeline, clock);
  }

  @Override
  String work() {
    Pipeline.DraftPass pass = pipeline.matchAndDraft(clock.instant());
    return "%d matches, %d drafts".formatted(pass.matches(), pass.drafts().size());
  }
}
