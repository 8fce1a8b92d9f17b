package io.invito.cli;

import io.invito.config.ConfigException;
import io.invito.model.Week;
import io.invito.pipeline.Pipeline;
import java.time.Instant;

/**
 * Reads {@code --week}: an ISO week such as 2026-W49, or by default the week the waiting drafts are
 * for ({@link Pipeline#digestWeek}), the same for {@code digest}, {@code match} and {@code invites
 * list}.
 */
final class TargetWeek {
  private TargetWeek() {}

  static Week resolve(String text, Pipeline pipeline, Instant now) {
    if (text == null) {
      return pipeline.digestWeek(now);
    }
    try {
      return Week.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--week " + e.getMessage());
    }
  }
}
