package io.invito.model;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * An event as the store knows it: with when it was first seen and what changed last, so the digest
 * and the drafts can say "new", "rescheduled" or "cancelled".
 *
 * @param previousStart the start before the last reschedule, if it was rescheduled
 * @param previousStatus the status before the last status change, if it changed
 */
public record KnownEvent(
    Event event,
    Instant firstSeen,
    Instant lastChanged,
    Optional<ZonedDateTime> previousStart,
    Optional<EventStatus> previousStatus) {

  public boolean rescheduled() {
    // Dated again after being dated before; a recording has no start to have moved.
    return previousStart.isPresent()
        && event.start().filter(start -> !start.isEqual(previousStart.get())).isPresent();
  }

  public boolean newSince(Instant since) {
    return firstSeen.isAfter(since);
  }

  public boolean changedSince(Instant since) {
    return lastChanged.isAfter(since);
  }
}
