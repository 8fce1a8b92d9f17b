package io.invito.pipeline;

import java.util.Optional;

/**
 * What happened to one source in one pass.
 *
 * @param outcome {@code fetched}, {@code not modified}, {@code skipped} (backing off or disabled)
 *     or {@code failed}
 * @param events how many events it yielded
 * @param error the failure in words, when it failed
 * @param whyNoEvent when content was read and gave no event, why in words ("a list of 12 blocks,
 *     dated but without titles; try selectors", "9 items, none an event: ...")
 */
public record SourceReport(
    String sourceId,
    String outcome,
    int events,
    int rejected,
    Optional<String> error,
    Optional<String> whyNoEvent) {
  public static final String NOT_MODIFIED = "not modified";

  public SourceReport(
      String sourceId, String outcome, int events, int rejected, Optional<String> error) {
    this(sourceId, outcome, events, rejected, error, Optional.empty());
  }

  /** Whether this pass read the source's content: not failed, skipped or unchanged. */
  public boolean read() {
    return error.isEmpty() && !outcome.equals(NOT_MODIFIED) && !outcome.startsWith("skipped");
  }

  public boolean failed() {
    return error.isPresent();
  }
}
