package io.invito.match;

/**
 * A deliberately light stemmer for Italian and English: it removes plural and gender endings only,
 * so {@code webinars} meets {@code webinar}, {@code informatiche} meets {@code informatica}, and
 * {@code corsi} meets {@code courses}. It never strips derivational suffixes ({@code marketing}
 * stays apart from {@code market}): a wrong conflation costs precision the owner sees, a missed one
 * is what the synonym table is for.
 */
final class Stemmer {
  private Stemmer() {}

  /** Stems a lower-case, accent-folded word; words of three letters or fewer are kept whole. */
  static String stem(String word) {
    if (word.length() <= 3 || !letters(word)) {
      return word;
    }
    String stem = englishSingular(word);
    if (stem.length() >= 4) {
      if (stem.endsWith("che") || stem.endsWith("chi") || stem.endsWith("ghe")
          || stem.endsWith("ghi")) {
        // Italian keeps the hard sound in the plural: banca/banche, dialogo/dialoghi.
        stem = stem.substring(0, stem.length() - 2);
      } else if (vowel(stem.charAt(stem.length() - 1))) {
        // Italian gender and number (digitale/digitali, corso/corsi) and English silent e
        // (machine/machines) end in a vowel: dropping it lets each pair meet.
        stem = stem.substring(0, stem.length() - 1);
      }
    }
    return stem;
  }

  private static String englishSingular(String word) {
    int length = word.length();
    if (word.endsWith("ies") && length > 4) {
      return word.substring(0, length - 3) + "y";
    }
    if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes")
        || word.endsWith("xes")) {
      return word.substring(0, length - 2);
    }
    if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, length - 1);
    }
    return word;
  }

  private static boolean vowel(char letter) {
    return letter == 'a' || letter == 'e' || letter == 'i' || letter == 'o';
  }

  private static boolean letters(String word) {
    for (int index = 0; index < word.length(); index++) {
      if (word.charAt(index) < 'a' || word.charAt(index) > 'z') {
        return false;
      }
    }
    return true;
  }
}
