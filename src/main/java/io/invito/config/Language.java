package io.invito.config;

import java.util.Locale;
import java.util.Optional;

/** The languages invito writes in; both are first-class everywhere. */
public enum Language {
  IT(Locale.ITALIAN),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** The lower-case code used in files and folders: {@code it}, {@code en}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code it}, {@code IT}, {@code it-IT}, {@code en_GB}; empty for anything else. */
  public static Optional<Language> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String code = text.strip().toLowerCase(Locale.ROOT);
    int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
    if (cut > 0) {
      code = code.substring(0, cut);
    }
    for (Language language : values()) {
      if (language.code().equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
