package io.invito.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * What {@code invito status} shows for one scheduled job.
 *
 * @param nextFire empty when the job has never been scheduled (no {@code invito serve} yet)
 */
public record JobStatus(
    String job, String cron, Optional<Instant> nextFire, Optional<JobRun> lastRun) {}
