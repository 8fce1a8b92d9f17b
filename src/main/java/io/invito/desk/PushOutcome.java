package io.invito.desk;

import io.invito.mail.LeftDraft;
import io.invito.mail.PushReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What "Put in the mailbox's Drafts" did, as the draft page says it: how many drafts went in, were
 * replaced or were already there, which revisions were left so as not to overwrite the owner's
 * copy, or why the mailbox could not be used.
 *
 * @param report the push's report, when it ran
 * @param failure what the mailbox answered, when it could not be used
 * @param names the left drafts' person and event in words, by draft id
 */
public record PushOutcome(
    Optional<PushReport> report, Optional<String> failure, Map<String, String> names) {
  public static final PushOutcome NONE =
      new PushOutcome(Optional.empty(), Optional.empty(), Map.of());

  public PushOutcome {
    names = Map.copyOf(names);
  }

  public static PushOutcome of(PushReport report, Map<String, String> names) {
    return new PushOutcome(Optional.of(report), Optional.empty(), names);
  }

  public static PushOutcome failed(String message) {
    return new PushOutcome(Optional.empty(), Optional.of(message), Map.of());
  }

  /** A left draft's person and event, or its id when it is no longer stored. */
  public String name(LeftDraft left) {
    return names.getOrDefault(left.invitationId(), left.invitationId());
  }

  /** The drafts left, for the template (empty when no push ran). */
  public List<LeftDraft> left() {
    return report.map(PushReport::left).orElse(List.of());
  }
}
