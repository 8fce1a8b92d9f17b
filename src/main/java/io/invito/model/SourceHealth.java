package io.invito.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What invito knows about how a source has been doing, shown by {@code sources status} and in the
 * digest's sources section.
 *
 * @param eventsLastTime how many events the last successful read found
 * @param suddenlyEmpty it used to yield events and the last read yielded none
 */
public record SourceHealth(
    String sourceId,
    String url,
    State state,
    Optional<Instant> lastAttempt,
    Optional<Instant> lastSuccess,
    Optional<String> lastError,
    int consecutiveFailures,
    Optional<Instant> nextAttempt,
    int eventsLastTime,
    boolean suddenlyEmpty) {

  /** OK; failing (1–2 failures); degraded (3 or more); disabled (gone, or failing for 30 days). */
  public enum State {
    NEW,
    OK,
    FAILING,
    DEGRADED,
    DISABLED
  }
}
