package io.invito.draft;

import io.invito.model.Invitation;
import io.invito.model.Reason;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One draft file the writer produced, or found already written with exactly this content.
 *
 * @param invitation what to record in the store; its id is stable for the event, contact and
 *     channel, so the store keeps a superseded draft as an earlier revision of the same id
 * @param file the absolute draft file (for {@link Outcome#UNCHANGED}, possibly in another week's
 *     folder: nothing new was written)
 * @param superseded where the earlier draft of the same event, contact and channel is now, the one
 *     this one replaces because its content differs (the event or a template changed): a file in
 *     another week's folder, left in place, or, when this draft was written over it in this week's
 *     folder, the copy {@link DraftKeeper} made first; either way the record of what was drafted
 *     then
 * @param reasons why the contact was invited, for the review index
 */
public record Draft(
    Invitation invitation,
    Path file,
    Outcome outcome,
    Optional<Path> superseded,
    List<Reason> reasons) {

  /** What writing did to the files. */
  public enum Outcome {
    /** No earlier draft of this event, contact and channel: a new file. */
    CREATED,
    /** An earlier draft held exactly this content: nothing was written. */
    UNCHANGED,
    /** An earlier, different draft exists: a new file was written, the earlier one superseded. */
    REPLACED
  }

  public Draft {
    reasons = List.copyOf(reasons);
    if (superseded.isPresent() != (outcome == Outcome.REPLACED)) {
      throw new IllegalArgumentException(
          "draft " + file + ": superseded " + superseded + " does not fit outcome " + outcome);
    }
  }

  /** Whether a file was written in this run. */
  public boolean written() {
    return outcome != Outcome.UNCHANGED;
  }
}
