package io.invito.schedule;

import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * Runs a job's work so that an exception never kills a Quartz worker silently: it is logged with
 * the job's name and the job returns; the next fire tries again.
 */
final class JobOutcome {
  private JobOutcome() {}

  static void log(Logger log, String job, Supplier<String> work) {
    long started = System.nanoTime();
    try {
      String outcome = work.get();
      log.info("{} done in {} ms: {}", job, (System.nanoTime() - started) / 1_000_000, outcome);
    } catch (RuntimeException e) {
      log.error("{} failed after {} ms: {}", job, (System.nanoTime() - started) / 1_000_000,
          e.getMessage(), e);
    }
  }
}
