package io.invito.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One run of a scheduled job, as recorded in {@code job_runs}.
 *
 * @param scheduledAt the fire time the run was for (empty for a run started by hand)
 * @param finishedAt empty while the job runs, and forever when its machine died under it
 * @param recovering true when this run re-does a run whose machine died
 * @param outcome SUCCEEDED, FAILED or INTERRUPTED once finished
 */
public record JobRun(
    String fireId,
    String job,
    String instanceId,
    Optional<Instant> scheduledAt,
    Instant startedAt,
    Optional<Instant> finishedAt,
    boolean recovering,
    Optional<String> outcome,
    Optional<String> message) {

  public Optional<Duration> duration() {
    return finishedAt.map(end -> Duration.between(startedAt, end));
  }
}
