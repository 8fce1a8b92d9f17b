package io.invito.model;

import java.time.Instant;

/**
 * An e-mail draft put in the owner's Drafts folder, as it was put there.
 *
 * @param messageId the Message-ID of the copy pushed, with its angle brackets
 * @param contentHash SHA-256 of the bytes appended (line ends aside), so a copy still holding them
 *     is known to be untouched
 * @param state {@link State#LEFT} when a revision was not pushed because the copy in the mailbox
 *     had been edited or removed; the hash is then the revision's, so it is reported once
 */
public record PushedDraft(
    String invitationId, String messageId, String contentHash, State state, Instant at) {

  /** Pushed, or a revision left unpushed out of respect for the owner's changes. */
  public enum State {
    PUSHED,
    LEFT
  }
}
