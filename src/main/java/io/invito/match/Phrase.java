package io.invito.match;

import java.util.List;

/** Words as someone wrote them, and the stems they are compared by. */
record Phrase(String text, List<String> stems) {

  Phrase {
    stems = List.copyOf(stems);
  }

  static Phrase of(String text) {
    return new Phrase(text.strip(), TextAnalyzer.phrase(text));
  }

  /** The stems joined by spaces: phrases with equal keys mean the same to the matcher. */
  String key() {
    return String.join(" ", stems);
  }

  boolean isEmpty() {
    return stems.isEmpty();
  }
}
