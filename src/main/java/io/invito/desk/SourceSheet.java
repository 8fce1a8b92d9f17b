package io.invito.desk;

import java.util.List;
import java.util.Optional;

/**
 * The Sources page's table: every configured source with its health in the owner's words, as {@code
 * invito sources status} shows it.
 *
 * @param problem why the sources could not be listed (sources.yaml no longer reads), in words
 */
public record SourceSheet(List<Row> rows, Optional<String> problem) {
  public SourceSheet {
    rows = List.copyOf(rows);
  }

  /**
   * One source.
   *
   * @param state its health in words ("ok", "failing", "disabled by you")
   * @param stateKind a CSS class name for the state: new, ok, failing, degraded, disabled, paused
   * @param lastError the last error, as the fetch stage wrote it; empty when none
   * @param whyNoEvent why its last read gave no event; empty when it gave some
   * @param movedTo where it moved permanently (301/308) while sources.yaml names the old address
   */
  public record Row(
      String id,
      String url,
      String type,
      boolean enabled,
      boolean page,
      String state,
      String stateKind,
      String lastSuccess,
      int failures,
      String nextAttempt,
      String events,
      Optional<String> lastError,
      Optional<String> whyNoEvent,
      Optional<String> movedTo) {}
}
