package io.invito.mail;

import java.util.List;

/**
 * What a push did.
 *
 * @param appended drafts put in the folder for the first time
 * @param replaced revised drafts that took the place of their untouched earlier copy
 * @param unchanged drafts already there as they are (or already left alone)
 * @param left revisions not pushed because the owner had edited or removed the copy
 */
public record PushReport(
    String folder, int appended, int replaced, int unchanged, List<LeftDraft> left) {

  public PushReport {
    left = List.copyOf(left);
  }

  /** One line for the run's summary and the status. */
  public String summary() {
    return "%d appended, %d replaced, %d unchanged, %d left as the owner changed them (%s)"
        .formatted(appended, replaced, unchanged, left.size(), folder);
  }
}
