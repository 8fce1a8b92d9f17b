package io.invito.schedule;

import io.invito.config.Config;
import io.invito.pipeline.Pipeline;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code invito serve}: Quartz runs the pipeline on the configured cron schedules, in the owner's
 * time zone, with its triggers in the store's database so that fires missed while the machine was
 * off are known at the next start, and several machines on one PostgreSQL share one schedule. The
 * scheduler decides only when; the pipeline decides what.
 */
public final class Daemon implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

  private final Scheduler scheduler;
  private final Config config;
  private final Timing timing;

  private Daemon(Scheduler scheduler, Config config, Timing timing) {
    this.scheduler = scheduler;
    this.config = config;
    this.timing = timing;
  }

  /** Plans the jobs of the config (keeping stored triggers that already match) and starts. */
  public static Daemon start(Pipeline pipeline, Clock clock) {
    return start(pipeline, clock, Timing.PRODUCTION);
  }

  static Daemon start(Pipeline pipeline, Clock clock, Timing timing) {
    Config config = pipeline.config();
    Scheduler scheduler = null;
    try {
      scheduler = QuartzSetup.scheduler(config, timing);
      scheduler.setJobFactory(new PipelineJobFactory(pipeline, clock));
      RunLog log = new RunLog(StoreConnections.forUrl(config.storeUrl()));
      scheduler
          .getListenerManager()
          .addJobListener(
              new RunRecorder(log, Clock.systemUTC()),
              GroupMatcher.jobGroupEquals(PlannedJob.GROUP));
      plan(scheduler, PlannedJob.from(config));
      // Starting recovers: misfired triggers get their misfire policy, and recoverable jobs that
      // were running when this instance (or, clustered, another node) died run again.
      scheduler.start();
      return new Daemon(scheduler, config, timing);
    } catch (SchedulerException e) {
      if (scheduler != null) {
        shutdownAfterFailure(scheduler, e);
      }
      throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
    }
  }

  /**
   * Brings the stored jobs in line with the config. A stored trigger that already says what the
   * config says is kept as it is: replacing it would forget the fire it missed while invito was not
   * running, which is exactly what its misfire policy is for.
   */
  private static void plan(Scheduler scheduler, List<PlannedJob> planned)
      throws SchedulerException {
    Set<JobKey> wanted = planned.stream().map(PlannedJob::jobKey).collect(Collectors.toSet());
    for (JobKey stored : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(PlannedJob.GROUP))) {
      if (!wanted.contains(stored)) {
        LOG.info("removing job {}: no longer in the config", stored.getName());
        scheduler.deleteJob(stored);
      }
    }
    for (PlannedJob job : planned) {
      scheduler.addJob(job.job(), true, true);
      Trigger stored = scheduler.getTrigger(job.triggerKey());
      if (stored == null) {
        try {
          scheduler.scheduleJob(job.trigger());
        } catch (ObjectAlreadyExistsException anotherNodeWasFaster) {
          // Clustered nodes starting together: another node stored the same trigger first.
          LOG.debug("trigger {} stored by another node", job.name());
        }
      } else if (!job.matches(stored)) {
        LOG.info("{}: schedule changed to '{}'", job.name(), job.cron());
        scheduler.rescheduleJob(job.triggerKey(), job.trigger());
      }
    }
  }

  /** This node's name in the schedule: {@code NON_CLUSTERED}, or a unique id in a cluster. */
  public String instanceId() {
    try {
      return scheduler.getSchedulerInstanceId();
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot read the scheduler's instance id", e);
    }
  }

  /** Every job with its next fire and its latest run, as {@code invito status} shows them. */
  public List<JobStatus> jobs() {
    return status(config);
  }

  /** The schedule as stored, read without starting a scheduler (for {@code invito status}). */
  public static List<JobStatus> status(Config config) {
    RunLog log = new RunLog(StoreConnections.forUrl(config.storeUrl()));
    Map<String, java.time.Instant> nextFires = log.nextFires(QuartzSetup.SCHEDULER_NAME);
    List<JobStatus> jobs = new ArrayList<>();
    for (PlannedJob job : PlannedJob.from(config)) {
      jobs.add(
          new JobStatus(
              job.name(),
              job.cron(),
              java.util.Optional.ofNullable(nextFires.get(job.name())),
              log.latest(job.name())));
    }
    return jobs;
  }

  /**
   * Stops within the deadline: no new fires; fetches in flight are interrupted; the other jobs,
   * which are short, may finish. A job still running at the deadline is abandoned to the JVM's
   * exit, which is safe because every output is written by rename and every store change is one
   * transaction; its recoverable fire runs again at the next start (or on another node).
   *
   * @return the jobs that had not ended by the deadline (empty when the stop was clean)
   */
  public List<String> stop() {
    List<String> running = running();
    Thread stopper =
        new Thread(
            () -> {
              try {
                scheduler.shutdown(true);
              } catch (SchedulerException e) {
                LOG.warn("scheduler did not shut down cleanly: {}", e.getMessage(), e);
              }
            },
            "invito-scheduler-stop");
    stopper.start();
    try {
      stopper.join(timing.shutdownDeadline().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (stopper.isAlive()) {
      LOG.warn(
          "stopping: still running after {} s, abandoned: {}",
          timing.shutdownDeadline().toSeconds(),
          running);
      return running;
    }
    return List.of();
  }

  @Override
  public void close() {
    stop();
  }

  private List<String> running() {
    try {
      return scheduler.getCurrentlyExecutingJobs().stream()
          .map(JobExecutionContext::getJobDetail)
          .map(detail -> detail.getKey().getName())
          .toList();
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot list the running jobs: " + e.getMessage(), e);
    }
  }

  private static void shutdownAfterFailure(Scheduler scheduler, SchedulerException cause) {
    try {
      scheduler.shutdown(false);
    } catch (SchedulerException e) {
      cause.addSuppressed(e);
    }
  }
}
