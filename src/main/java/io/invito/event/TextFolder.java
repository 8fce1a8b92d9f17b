package io.invito.event;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text to the one form the vocabulary tables are written in: lower case, no accents, one
 * apostrophe, hyphens as spaces. "Com’è andato", "COM'E ANDATO" and "com'è andato" then read alike,
 * and "on-demand" meets "on demand".
 */
final class TextFolder {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02BC`\u00B4]");
  private static final Pattern DASHES = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014_]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextFolder() {}

  static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
    folded = MARKS.matcher(folded).replaceAll("");
    folded = APOSTROPHES.matcher(folded).replaceAll("'");
    folded = DASHES.matcher(folded).replaceAll(" ");
    folded = SPACES.matcher(folded).replaceAll(" ");
    return folded.toLowerCase(Locale.ROOT).strip();
  }

  /** A title reduced to its words, so "Webinar: AI, PMI!" and "webinar ai pmi" compare equal. */
  static String foldTitle(String title) {
    return PUNCTUATION.matcher(fold(title)).replaceAll(" ").strip();
  }
}
