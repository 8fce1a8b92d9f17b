package io.invito.schedule;

import io.invito.config.Config;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * One of invito's scheduled jobs as the config wants it: which job, on which cron, and what to do
 * about fires missed while no scheduler was running.
 *
 * @param fireOnceWhenMissed true: a missed fire runs once as soon as a scheduler is up (digest,
 *     drafts: the week's work should not be skipped); false: missed fires are dropped and the job
 *     waits for its next time (fetch: the next poll comes soon, and a burst would hammer sites)
 */
record PlannedJob(
    String name,
    Class<? extends Job> type,
    String cron,
    TimeZone zone,
    boolean fireOnceWhenMissed,
    int priority) {
  static final String GROUP = "invito";
  static final String FETCH = "fetch";
  static final String MATCH_AND_DRAFT = "match-and-draft";
  static final String DIGEST = "digest";
  static final String CALLS = "calls";

  /** Drafts before the digest when both are due at once: the digest lists the drafts. */
  static List<PlannedJob> from(Config config) {
    TimeZone zone = TimeZone.getTimeZone(config.owner().zone());
    return List.of(
        new PlannedJob(FETCH, FetchJob.class, config.schedules().fetch(), zone, false, 5),
        new PlannedJob(
            MATCH_AND_DRAFT, DraftJob.class, config.schedules().matchAndDraft(), zone, true, 7),
        new PlannedJob(DIGEST, DigestJob.class, config.schedules().digest(), zone, true, 6),
        // A morning missed while the machine was off still gets its list, once.
        new PlannedJob(CALLS, CallJob.class, config.schedules().calls(), zone, true, 4));
  }

  JobKey jobKey() {
    return JobKey.jobKey(name, GROUP);
  }

  TriggerKey triggerKey() {
    return TriggerKey.triggerKey(name, GROUP);
  }

  /**
   * Durable so the job outlives a trigger being replaced; recoverable so that when the machine
   * running it dies, another node of a cluster (or this one at its next start) runs it again.
   */
  JobDetail job() {
    return JobBuilder.newJob(type)
        .withIdentity(jobKey())
        .storeDurably()
        .requestRecovery(true)
        .build();
  }

  CronTrigger trigger() {
    return trigger(new Date());
  }

  /** A trigger counting from the given start: tests start it in the past to fake a downtime. */
  CronTrigger trigger(Date start) {
    CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone);
    schedule =
        fireOnceWhenMissed
            ? schedule.withMisfireHandlingInstructionFireAndProceed()
            : schedule.withMisfireHandlingInstructionDoNothing();
    return TriggerBuilder.newTrigger()
        .withIdentity(triggerKey())
        .forJob(jobKey())
        .withPriority(priority)
        .startAt(start)
        .withSchedule(schedule)
        .build();
  }

  /** Whether a stored trigger already says what this plan says, so it can keep its fire times. */
  boolean matches(org.quartz.Trigger stored) {
    return stored instanceof CronTrigger cronTrigger
        && cronTrigger.getCronExpression().equals(cron)
        && cronTrigger.getTimeZone().getID().equals(zone.getID())
        && cronTrigger.getMisfireInstruction() == trigger().getMisfireInstruction()
        && cronTrigger.getPriority() == priority;
  }
}
