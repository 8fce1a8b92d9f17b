package io.invito.desk;

import io.invito.mail.LeftDraft;
import io.invito.mail.PushReport;
import java.util.List;
import java.util.Optional;

/**
 * What "Put in the mailbox's Drafts" did, as the draft page says it: how many drafts went in, were
 * replaced or were already there, which revisions were left so as not to overwrite the owner's
 * copy, or why the mailbox could not be used.
 *
 * @param report the push's report, when it ran
 * @param failure what the mailbox answered, when it could not be used
 */
public record PushOutcome(Optional<PushReport> report, Optional<String> failure) {
  public static final PushOutcome NONE = new PushOutcome(Optional.empty(), Optional.empty());

  public static PushOutcome of(PushReport report) {
    return new PushOutcome(Optional.of(report), Optional.empty());
  }

  public static PushOutcome failed(String message) {
    return new PushOutcome(Optional.empty(), Optional.of(message));
  }

  /** The drafts left, for the template (empty when no push ran). */
  public List<LeftDraft> left() {
    return report.map(PushReport::left).orElse(List.of());
  }
}
