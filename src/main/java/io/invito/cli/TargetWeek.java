package io.invito.cli;

import io.invito.config.ConfigException;
import io.invito.model.Week;
import java.time.LocalDate;

/** Reads {@code --week}: an ISO week such as 2026-W49, or by default the coming week. */
final class TargetWeek {
  private TargetWeek() {}

  static Week resolve(String text, LocalDate today) {
    if (text == null) {
      return Week.coming(today);
    }
    try {
      return Week.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--week " + e.getMessage());
    }
  }
}
