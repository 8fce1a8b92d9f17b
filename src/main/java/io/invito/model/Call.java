package io.invito.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A phone call proposed for a day: whom to call and the opportunity the call can mention.
 *
 * @param id what the owner types to mark it done ({@code invito calls done ID})
 * @param eventId the upcoming event that suits the contact, when one does
 * @param topic the contact's interest the event meets, for the reason and the opening line
 * @param lastContact the last sent invitation or done call before the day, when there was one
 * @param planned true when a day's list proposed it, false for a call recorded without one
 * @param doneOn the day the call was made, once it was
 */
public record Call(
    String id,
    LocalDate day,
    String contactId,
    Optional<String> eventId,
    Optional<String> topic,
    Optional<Instant> lastContact,
    boolean planned,
    Status status,
    Instant proposedAt,
    Optional<LocalDate> doneOn) {

  /** A call is proposed, then made (or left, and the next lists go on without it). */
  public enum Status {
    PROPOSED,
    DONE
  }

  public boolean done() {
    return status == Status.DONE;
  }
}
