package io.invito.mail;

/**
 * A revised draft a push did not put in the mailbox, because the owner's copy there must not be
 * overwritten; each place that shows it (the CLI, the desk in the owner's language) words it.
 *
 * @param invitationId the draft
 * @param why what the owner did to the earlier copy
 * @param folder the Drafts folder, as the server names it
 */
public record LeftDraft(String invitationId, Why why, String folder) {
  /** What kept the revision out. */
  public enum Why {
    /** An earlier revision was already left, so this one is too. */
    EARLIER_LEFT,
    /** The copy in the folder was edited. */
    EDITED,
    /** The copy is no longer in the folder: sent, or deleted. */
    GONE
  }

  /** The line {@code drafts push} and the run's warnings print. */
  public String line() {
    String reason =
        switch (why) {
          case EARLIER_LEFT -> "an earlier revision was already left";
          case EDITED -> "the copy in " + folder + " was edited";
          case GONE -> "the copy is no longer in " + folder + " (sent or deleted)";
        };
    return "draft " + invitationId + " was revised but not pushed: " + reason;
  }
}
