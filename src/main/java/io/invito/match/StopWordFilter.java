package io.invito.match;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops Italian and English stop words and single letters, but keeps short all-capital words: "AI"
 * and "IT" are acronyms, "ai" (to the) and "it" are stop words.
 *
 * <p>Unlike Lucene's StopFilter it leaves no position holes: "protezione dei dati" and "protezione
 * dati" become the same phrase, and a synonym rule with a stop word in it ("protezione dei dati,
 * privacy") can be compiled, which Lucene's synonym parser refuses when it meets a hole.
 */
final class StopWordFilter extends TokenFilter {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  static final CharArraySet WORDS = words();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  StopWordFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (term.length() >= 2 && (acronym() || !stopWord())) {
        return true;
      }
    }
    return false;
  }

  private boolean acronym() {
    if (term.length() > 6) {
      return false;
    }
    for (int index = 0; index < term.length(); index++) {
      char letter = term.charAt(index);
      if (Character.isLetter(letter) && !Character.isUpperCase(letter)) {
        return false;
      }
    }
    return true;
  }

  /** Looks the term up in place; only a word with accents is copied to fold them ("più"). */
  private boolean stopWord() {
    for (int index = 0; index < term.length(); index++) {
      if (term.charAt(index) > 0x7f) {
        return WORDS.contains(fold(term.toString()));
      }
    }
    return WORDS.contains(term.buffer(), 0, term.length());
  }

  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  private static CharArraySet words() {
    CharArraySet words = new CharArraySet(800, true);
    for (Object word : ItalianAnalyzer.getDefaultStopSet()) {
      words.add(fold(new String((char[]) word)));
    }
    for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      words.add(fold(new String((char[]) word)));
    }
    StopWords.all().forEach(words::add);
    return CharArraySet.unmodifiableSet(words);
  }
}
