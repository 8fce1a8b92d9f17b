package io.invito.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into the stems the matcher compares: lower-cased, accents folded, split on anything
 * that is not a letter or digit, stop words dropped, lightly stemmed. Each token remembers where it
 * stood, so a reason can quote the event's own words.
 */
final class TextAnalyzer {
  private TextAnalyzer() {}

  /** A stem and the span of the original (NFC) text it came from. */
  record Token(String stem, int start, int end) {}

  /** The text in the form token offsets refer to. */
  static String canonical(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * The tokens of a {@link #canonical} text, stop words left out; but a text of nothing else keeps
   * them, so that the interest "ai" or the topic "IT" still means something.
   */
  static List<Token> tokens(String canonicalText) {
    List<Token> tokens = tokens(canonicalText, true);
    return tokens.isEmpty() ? tokens(canonicalText, false) : tokens;
  }

  /** The stems of a phrase the user wrote (an interest, a role, a synonym), analysed as events. */
  static List<String> phrase(String text) {
    List<Token> tokens = tokens(canonical(text));
    List<String> stems = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      stems.add(token.stem());
    }
    return stems;
  }

  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static List<Token> tokens(String text, boolean dropStopWords) {
    // In an all-capitals title every word looks like an acronym; only mixed text tells them apart
    // (so "AI PER LE PMI" loses its AI: a known loss, rarer than "ai" the preposition).
    boolean mixedCase = !text.equals(text.toUpperCase(Locale.ROOT));
    List<Token> tokens = new ArrayList<>();
    int index = 0;
    while (index < text.length()) {
      int codePoint = text.codePointAt(index);
      if (!Character.isLetterOrDigit(codePoint)) {
        index += Character.charCount(codePoint);
        continue;
      }
      int start = index;
      while (index < text.length() && wordPart(text.codePointAt(index))) {
        index += Character.charCount(text.codePointAt(index));
      }
      String word = text.substring(start, index);
      String folded = fold(word);
      // Single letters are elisions (l', d') or list markers; "R" and "C" are a known loss.
      if (folded.length() < 2) {
        continue;
      }
      // "AI" and "IT" are acronyms; "ai" (to the) and "it" are stop words.
      boolean acronym = mixedCase && word.length() <= 6 && word.equals(word.toUpperCase(Locale.ROOT));
      if (dropStopWords && !acronym && StopWords.contains(folded)) {
        continue;
      }
      tokens.add(new Token(Stemmer.stem(folded), start, index));
    }
    return tokens;
  }

  private static boolean wordPart(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
  }
}
