package io.invito.store;

import io.invito.model.Invitation;
import java.time.Instant;
import java.util.Optional;

/**
 * One revision of the draft of an event to a contact on a channel, as the store keeps it: the
 * current draft, or an earlier one that a changed event superseded and that is kept as the record
 * of what was drafted (and perhaps sent) then.
 *
 * @param invitation the draft; its status is {@link Invitation.Status#SUPERSEDED} for every
 *     revision but the latest, and its path names the file it was written to
 * @param revision 1 for the first draft, one more for each draft that superseded the one before;
 *     revision {@code n} was superseded by revision {@code n + 1} of the same invitation id
 * @param supersededStatus the status the draft had when the next revision superseded it; empty for
 *     the current draft
 * @param supersededAt when the next revision superseded it; empty for the current draft
 */
public record DraftRevision(
    Invitation invitation,
    int revision,
    Optional<Invitation.Status> supersededStatus,
    Optional<Instant> supersededAt) {

  public DraftRevision {
    boolean superseded = invitation.status() == Invitation.Status.SUPERSEDED;
    if (revision < 1) {
      throw new IllegalArgumentException(
          "invitation " + invitation.id() + ": revision " + revision + " is not 1 or more");
    }
    if (supersededStatus.isPresent() != superseded || supersededAt.isPresent() != superseded) {
      throw new IllegalArgumentException(
          "invitation "
              + invitation.id()
              + " revision "
              + revision
              + " has status "
              + invitation.status()
              + " but superseded status "
              + supersededStatus
              + " at "
              + supersededAt);
    }
    if (supersededStatus.equals(Optional.of(Invitation.Status.SUPERSEDED))) {
      throw new IllegalArgumentException(
          "invitation " + invitation.id() + " revision " + revision + " was superseded twice");
    }
  }

  /** Whether this is the draft to act on now: no later revision superseded it. */
  public boolean current() {
    return supersededStatus.isEmpty();
  }

  /**
   * Whether the owner had sent this draft before a change to the event superseded it: the contact
   * holds out-of-date details, and the current revision is the correction to send.
   */
  public boolean sentThenSuperseded() {
    return supersededStatus.equals(Optional.of(Invitation.Status.SENT));
  }
}
