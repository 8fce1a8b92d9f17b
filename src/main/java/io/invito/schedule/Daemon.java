package io.invito.schedule;

import io.invito.config.Config;
import io.invito.pipeline.Pipeline;
import java.time.Clock;
import java.util.Properties;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * {@code invito serve}: Quartz runs the pipeline on the configured cron schedules, in the owner's
 * time zone. The scheduler decides only when; the pipeline decides what.
 */
public final class Daemon implements AutoCloseable {
  private final Scheduler scheduler;

  private Daemon(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  public static Daemon start(Pipeline pipeline, Clock clock) {
    Config config = pipeline.config();
    try {
      Properties properties = new Properties();
      properties.setProperty("org.quartz.scheduler.instanceName", "invito");
      properties.setProperty("org.quartz.threadPool.threadCount", "3");
      properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
      properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
      Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
      scheduler.setJobFactory(new PipelineJobFactory(pipeline, clock));
      TimeZone zone = TimeZone.getTimeZone(config.owner().zone());
      schedule(scheduler, FetchJob.class, "fetch", config.schedules().fetch(), zone, false);
      schedule(scheduler, DraftJob.class, "match-and-draft", config.schedules().matchAndDraft(), zone,
          false);
      schedule(scheduler, DigestJob.class, "digest", config.schedules().digest(), zone, true);
      scheduler.start();
      return new Daemon(scheduler);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
    }
  }

  /**
   * Missed polls are not worth a burst (the next one comes soon); a missed digest is, once.
   */
  private static void schedule(Scheduler scheduler, Class<? extends org.quartz.Job> type,
      String name, String cron, TimeZone zone, boolean fireOnceWhenMissed)
      throws SchedulerException {
    CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone);
    schedule = fireOnceWhenMissed
        ? schedule.withMisfireHandlingInstructionFireAndProceed()
        : schedule.withMisfireHandlingInstructionDoNothing();
    Trigger trigger = TriggerBuilder.newTrigger().withIdentity(name).withSchedule(schedule).build();
    scheduler.scheduleJob(JobBuilder.newJob(type).withIdentity(name).build(), trigger);
  }

  /** Lines for the log: each job's next fire time. */
  public java.util.List<String> nextFireTimes() {
    try {
      java.util.List<String> lines = new java.util.ArrayList<>();
      for (String name : java.util.List.of("fetch", "match-and-draft", "digest")) {
        Trigger trigger = scheduler.getTrigger(org.quartz.TriggerKey.triggerKey(name));
        lines.add(name + ": next at " + trigger.getNextFireTime().toInstant());
      }
      return lines;
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot read the schedule: " + e.getMessage(), e);
    }
  }

  /** Stops taking new fires and waits for running jobs to finish. */
  @Override
  public void close() {
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("scheduler did not shut down cleanly: " + e.getMessage(), e);
    }
  }
}
