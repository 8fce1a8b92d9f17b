package io.invito.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reduces the language tags and names sources declare ("it-IT", "Italiano", "en_GB") to a code. */
final class Languages {
  private static final Map<String, String> NAMES =
      Map.of("italian", "it", "italiano", "it", "english", "en", "inglese", "en");

  private Languages() {}

  static Optional<String> normalize(String declared) {
    if (declared == null || declared.isBlank()) {
      return Optional.empty();
    }
    String lower = declared.strip().toLowerCase(Locale.ROOT);
    String named = NAMES.get(lower);
    if (named != null) {
      return Optional.of(named);
    }
    String primary = lower.split("[-_]", 2)[0];
    return primary.matches("[a-z]{2,3}") ? Optional.of(primary) : Optional.empty();
  }
}
