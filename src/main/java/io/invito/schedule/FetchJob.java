package io.invito.schedule;

import io.invito.pipeline.Pipeline;
import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;

/**
 * Fetches every due source and stores their events; never runs twice at once. Interrupting it
 * (shutdown, or {@code Scheduler.interrupt}) interrupts the thread waiting on the fetch pool, which
 * stops the fetches in flight; nothing is stored for an interrupted pass.
 */
@DisallowConcurrentExecution
final class FetchJob extends PipelineJob implements InterruptableJob {
  private volatile Thread runner;

  FetchJob(Pipeline pipeline, Clock clock) {
    super("fetch", pipeline, clock);
  }

  @Override
  public void execute(JobExecutionContext context) {
    runner = Thread.currentThread();
    try {
      super.execute(context);
    } finally {
      runner = null;
      // The interrupt was meant for this run, which is over; left set, it would reach the next
      // job on this worker thread and the database calls that record this run.
      Thread.interrupted();
    }
  }

  @Override
  String work() {
    Pipeline.FetchPass pass = pipeline.fetchSources(pipeline.enabledSourcesNow(), clock.instant());
    return "%d sources, %d new events, %d updated"
        .formatted(pass.reports().size(), pass.upsert().created(), pass.upsert().updated());
  }

  @Override
  public void interrupt() {
    Thread thread = runner;
    if (thread != null) {
      thread.interrupt();
    }
  }
}
