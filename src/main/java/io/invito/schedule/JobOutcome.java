package io.invito.schedule;

import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * How one run of a job ended. Running a job's work through {@link #of} means an exception never
 * kills a Quartz worker silently: it is logged with the job's name, becomes the run's outcome in
 * {@code job_runs}, and the next fire tries again.
 */
record JobOutcome(Status status, String message) {
  /** What {@code invito status} prints for a finished run. */
  enum Status {
    SUCCEEDED,
    FAILED,
    INTERRUPTED
  }

  static JobOutcome of(Logger log, String job, Supplier<String> work) {
    long started = System.nanoTime();
    try {
      String outcome = work.get();
      log.info("{} done in {} ms: {}", job, (System.nanoTime() - started) / 1_000_000, outcome);
      return new JobOutcome(Status.SUCCEEDED, outcome);
    } catch (RuntimeException e) {
      long elapsed = (System.nanoTime() - started) / 1_000_000;
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      if (Thread.currentThread().isInterrupted()) {
        log.warn("{} interrupted after {} ms: {}", job, elapsed, message);
        return new JobOutcome(Status.INTERRUPTED, message);
      }
      log.error("{} failed after {} ms: {}", job, elapsed, message, e);
      return new JobOutcome(Status.FAILED, message);
    }
  }
}
