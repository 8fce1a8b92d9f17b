package io.invito.match;

import java.time.Duration;
import java.time.Instant;

/**
 * The per-contact pause (matching.perContactPause): after an invitation, a contact is left out of
 * the matches until the pause has passed. One rule, used by the matcher to decide and by the desk's
 * history to show when each contact can next be invited, so the two never disagree.
 */
public record ContactPause(Duration length) {
  /** Whether a contact last invited then is still resting now. */
  public boolean paused(Instant lastInvited, Instant now) {
    return lastInvited != null && now.isBefore(endsAt(lastInvited));
  }

  /** The first instant a contact last invited then can be matched again. */
  public Instant endsAt(Instant lastInvited) {
    return lastInvited.plus(length);
  }
}
