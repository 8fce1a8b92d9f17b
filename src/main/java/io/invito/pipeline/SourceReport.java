package io.invito.pipeline;

import java.util.Optional;

/**
 * What happened to one source in one pass.
 *
 * @param outcome {@code fetched}, {@code not modified}, {@code skipped} (backing off or disabled)
 *     or {@code failed}
 * @param events how many events it yielded
 * @param error the failure in words, when it failed
 */
public record SourceReport(
    String sourceId, String outcome, int events, int rejected, Optional<String> error) {
  public static final String NOT_MODIFIED = "not modified";

  public boolean failed() {
    return error.isPresent();
  }
}
