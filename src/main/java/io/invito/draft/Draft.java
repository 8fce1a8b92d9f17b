package io.invito.draft;

import io.invito.model.Invitation;
import io.invito.model.Reason;
import java.nio.file.Path;
import java.util.List;

/**
 * One draft file the writer produced or found already up to date.
 *
 * @param file the absolute draft file
 * @param written false when the file already held exactly this content and was left alone
 * @param reasons why the contact was invited, for the review index
 */
public record Draft(Invitation invitation, Path file, boolean written, List<Reason> reasons) {

  public Draft {
    reasons = List.copyOf(reasons);
  }
}
