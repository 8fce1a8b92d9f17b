package io.invito.schedule;

import java.time.Clock;
import java.util.Optional;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every run of every job to {@code job_runs}: a row when it starts, completed when it ends.
 * Bookkeeping that fails is logged and never stops the job it describes.
 */
final class RunRecorder implements JobListener {
  private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);
  private final RunLog log;
  private final Clock clock;

  RunRecorder(RunLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @Override
  public String getName() {
    return "invito-run-recorder";
  }

  @Override
  public void jobToBeExecuted(JobExecutionContext context) {
    try {
      JobRun run =
          new JobRun(
              context.getFireInstanceId(),
              context.getJobDetail().getKey().getName(),
              context.getScheduler().getSchedulerInstanceId(),
              Optional.ofNullable(context.getScheduledFireTime()).map(java.util.Date::toInstant),
              clock.instant(),
              Optional.empty(),
              context.isRecovering(),
              Optional.empty(),
              Optional.empty());
      log.started(run);
      if (run.recovering()) {
        log.closeAbandoned(run);
      }
    } catch (IllegalStateException | SchedulerException e) {
      LOG.warn("{}: run not recorded: {}", context.getJobDetail().getKey(), e.getMessage());
    }
  }

  @Override
  public void jobExecutionVetoed(JobExecutionContext context) {
    // invito vetoes nothing; a vetoed fire never started, so there is no run to record.
  }

  @Override
  public void jobWasExecuted(JobExecutionContext context, JobExecutionException exception) {
    JobOutcome outcome =
        context.getResult() instanceof JobOutcome result
            ? result
            : new JobOutcome(
                JobOutcome.Status.FAILED,
                exception == null ? "ended without an outcome" : exception.getMessage());
    try {
      log.finished(context.getFireInstanceId(), clock.instant(), outcome);
    } catch (IllegalStateException e) {
      LOG.warn("{}: end of run not recorded: {}", context.getJobDetail().getKey(), e.getMessage());
    }
  }
}
