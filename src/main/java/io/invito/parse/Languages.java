package io.invito.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the language tags and names sources declare ("it-IT", "Italiano", "en_GB") as a code, or as
 * a locale that keeps the region.
 */
final class Languages {
  private static final Map<String, String> NAMES =
      Map.of("italian", "it", "italiano", "it", "english", "en", "inglese", "en");
  // Constants: a feed's items ask for their language one by one.
  private static final Pattern SEPARATOR = Pattern.compile("[-_]");
  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

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
    String primary = SEPARATOR.split(lower, 2)[0];
    return CODE.matcher(primary).matches() ? Optional.of(primary) : Optional.empty();
  }

  /**
   * The declared language with its region kept ("en-US", "en_GB", "English"), which {@link
   * #normalize} drops: the region decides how a numeric date such as "12/10/2026" is read.
   */
  static Optional<Locale> locale(String declared) {
    Remembered remembered = last;
    if (declared != null && declared.equals(remembered.declared())) {
      return remembered.locale();
    }
    Optional<Locale> locale = read(declared);
    last = new Remembered(declared, locale);
    return locale;
  }

  /**
   * The last declaration {@link #locale} read and what it gave: a feed's items ask for their
   * channel's, item after item, and each answer took a pattern match and two language-tag parses.
   */
  private record Remembered(String declared, Optional<Locale> locale) {}

  private static volatile Remembered last = new Remembered(null, Optional.empty());

  private static Optional<Locale> read(String declared) {
    return normalize(declared)
        .map(
            code -> {
              String region =
                  Locale.forLanguageTag(declared.strip().replace('_', '-')).getCountry();
              return Locale.forLanguageTag(region.isEmpty() ? code : code + "-" + region);
            });
  }

  /**
   * What a part of a document declares, read within the whole: its own language, else the
   * document's; and the document's region when the part gives none in the same language ("en" on an
   * "en-US" page is US English).
   */
  static Optional<Locale> within(Optional<Locale> own, Optional<Locale> around) {
    if (own.isEmpty()) {
      return around;
    }
    boolean aroundSaysMore =
        own.get().getCountry().isEmpty()
            && around
                .filter(outer -> outer.getLanguage().equals(own.get().getLanguage()))
                .isPresent();
    return aroundSaysMore ? around : own;
  }
}
