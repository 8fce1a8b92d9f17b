package io.invito.draft;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the definite article before an interest ("la sicurezza informatica", "l'intelligenza
 * artificiale", "il cloud") when the first word makes the gender and number clear; empty when it
 * does not ("reti", "cliente"), so the caller can choose a phrasing that needs no article.
 */
final class ItalianArticles {
  // Masculine nouns in -a, common in interests ("il sistema", "il programma").
  private static final Set<String> MASCULINE_IN_A =
      Set.of(
          "sistema",
          "sistemi",
          "programma",
          "tema",
          "problema",
          "clima",
          "schema",
          "diploma",
          "dilemma",
          "panorama",
          "teorema",
          "design",
          "marketing");
  private static final Set<String> FEMININE_FOREIGN =
      Set.of(
          "blockchain",
          "supply",
          "governance",
          "cybersecurity",
          "security",
          "privacy",
          "leadership",
          "customer");

  private ItalianArticles() {}

  static Optional<String> withArticle(String phrase) {
    String text = phrase.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String word = text.split("\\s+", 2)[0].toLowerCase(Locale.ITALIAN);
    char first = word.charAt(0);
    if (!Character.isLetter(first)) {
      return Optional.empty();
    }
    if ("aeiouàèéìòùh".indexOf(first) >= 0) {
      return beforeAVowel(word, text);
    }
    if (MASCULINE_IN_A.contains(word)) {
      return Optional.of(masculine(word) + " " + text);
    }
    if (FEMININE_FOREIGN.contains(word)
        || word.endsWith("ione")
        || word.endsWith("tà")
        || word.endsWith("tù")
        || word.endsWith("a")) {
      return Optional.of("la " + text);
    }
    if (word.endsWith("o") || !isVowel(word.charAt(word.length() - 1))) {
      return Optional.of(masculine(word) + " " + text); // also loanwords: "il cloud", "lo storage"
    }
    return Optional.empty(); // -e and -i: "la rete" / "il cliente", "le reti" / "i dati"
  }

  /**
   * Before a vowel the singular elides ("l'export", "l'intelligenza artificiale", "l'analisi") but
   * the plural does not: "gli investimenti", "le applicazioni". A word in -e may be either
   * ("l'arte", "le aziende"): only endings that are singular get an article, the rest none.
   */
  private static Optional<String> beforeAVowel(String word, String text) {
    String letters = word.replaceAll("[^\\p{L}]", "");
    if (letters.endsWith("ioni")) {
      return Optional.of("le " + text);
    }
    if (letters.endsWith("i") && !letters.endsWith("si") && letters.length() > 3) {
      return Optional.of("gli " + text); // "gli eventi"; not "AI", "HR" or Greek "-si" words
    }
    if (letters.endsWith("e") && !SINGULAR_IN_E.matcher(letters).find()) {
      return Optional.empty(); // "aziende", "energie", "imprese": plural, or unsure
    }
    return Optional.of("l'" + text);
  }

  /** Endings of Italian nouns in -e that are singular: "automazione", "ambiente", "e-commerce". */
  private static final java.util.regex.Pattern SINGULAR_IN_E =
      java.util.regex.Pattern.compile("(ione|ore|nte|ale|ile|gine|ce|ge|re|me)$");

  /** "lo" before s + consonant, z, gn, ps, x, y; "il" otherwise. */
  private static String masculine(String word) {
    boolean impure = word.length() > 1 && word.charAt(0) == 's' && !isVowel(word.charAt(1));
    boolean lo =
        impure
            || word.startsWith("z")
            || word.startsWith("gn")
            || word.startsWith("ps")
            || word.startsWith("x")
            || word.startsWith("y");
    return lo ? "lo" : "il";
  }

  private static boolean isVowel(char letter) {
    return "aeiouàèéìòù".indexOf(letter) >= 0;
  }
}
