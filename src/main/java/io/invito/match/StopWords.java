package io.invito.match;

import java.util.List;
import java.util.Set;

/**
 * Italian and English words too common to say anything about a topic, in their accent-folded
 * form. Elided Italian articles ({@code dell'}, {@code all'}) appear without the apostrophe,
 * as the tokenizer leaves them.
 */
final class StopWords {
  // Set.copyOf, not Set.of: the languages share words ("a", "in", "all") and Set.of refuses twins.
  private static final Set<String> WORDS = Set.copyOf(List.of(
      // Italian
      "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "da", "in", "con", "su", "per",
      "tra", "fra", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai",
      "agli", "alle", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel", "nello", "nella",
      "nei", "negli", "nelle", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "dell", "all",
      "dall", "nell", "sull", "quest", "quell", "e", "ed", "o", "od", "ma", "se", "che", "chi",
      "cui", "non", "come", "anche", "piu", "meno", "molto", "poco", "questo", "questa", "questi",
      "queste", "quello", "quella", "quelli", "quelle", "sono", "essere", "stato", "stata", "ha",
      "hanno", "ho", "hai", "abbiamo", "avere", "sara", "ci", "vi", "si", "mi", "ti", "ne", "noi",
      "voi", "loro", "lui", "lei", "suo", "sua", "suoi", "sue", "nostro", "nostra", "vostro",
      "vostra", "mio", "mia", "tuo", "tua", "dove", "quando", "perche", "quale", "quali", "quanto",
      "tutto", "tutti", "tutte", "ogni", "gia", "solo", "ancora", "oppure", "ovvero", "cioe",
      "cosa", "dopo", "prima", "sempre", "mai", "senza", "verso", "presso", "durante", "oltre",
      "po", "nostri", "nostre", "vostri", "vostre",
      // English
      "a", "an", "the", "and", "or", "but", "if", "of", "to", "on", "at", "by", "for", "with",
      "from", "as", "into", "about", "over", "under", "between", "is", "are", "was", "were", "be",
      "been", "being", "have", "has", "had", "do", "does", "did", "will", "would", "can", "could",
      "should", "may", "might", "must", "this", "that", "these", "those", "it", "its", "we",
      "you", "they", "he", "she", "our", "your", "their", "his", "her", "my", "me", "us", "them",
      "not", "no", "yes", "so", "than", "then", "there", "here", "what", "which", "who", "whom",
      "how", "when", "where", "why", "all", "any", "each", "more", "most", "some", "such", "only",
      "own", "same", "too", "very", "just", "also", "out", "up", "off", "via"));

  private StopWords() {}

  static boolean contains(String foldedWord) {
    return WORDS.contains(foldedWord);
  }

  /** Every word, for the Lucene analysis, which adds Lucene's own Italian and English lists. */
  static Set<String> all() {
    return WORDS;
  }
}
