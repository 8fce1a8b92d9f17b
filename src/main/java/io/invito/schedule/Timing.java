package io.invito.schedule;

import java.time.Duration;

/**
 * The scheduler's time limits.
 *
 * @param misfireThreshold how late a fire may be and still run as a normal fire; later than this it
 *     is a misfire and the job's misfire policy decides. One minute: a busy thread pool or a slow
 *     start-up only delays a fire, while a machine that slept or was off for longer than that has
 *     really missed it.
 * @param clusterCheckin how often a clustered node says it is alive; a node silent for about this
 *     long plus 7.5 s is taken for dead and its recoverable jobs run elsewhere
 * @param shutdownDeadline how long stopping may take: fetches in flight are interrupted at once; a
 *     job that still has not ended by then is abandoned (every file is written by rename and the
 *     store changes in transactions, so nothing is left half-written)
 */
record Timing(Duration misfireThreshold, Duration clusterCheckin, Duration shutdownDeadline) {
  static final Timing PRODUCTION =
      new Timing(Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
}
