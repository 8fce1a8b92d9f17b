package io.invito.event;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Says whether two titles name the same event: "Webinar: AI per le PMI", "Webinar - AI per le PMI!"
 * and "AI per le PMI | Formazione Digitale" do; "Webinar: AI per le PMI" and "Webinar: AI per i
 * professionisti" do not. Jaro-Winkler alone rewards a shared beginning, and event titles share
 * beginnings ("Webinar: ..."), so the words naming the kind are set aside and the remaining words
 * must also overlap.
 */
final class TitleMatcher {
  static final double SIMILARITY = 0.92;
  private static final double OVERLAP = 0.6;
  private static final double CONTAINED = 0.9;
  private static final int CONTAINED_MIN_WORDS = 3;

  /** "Webinar" and "Workshop mensile" say too little to tell one event from another. */
  private static final int MIN_WORDS = 2;

  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

  /** Whether the titles, already reduced by {@link #words}, name the same event. */
  boolean same(Set<String> a, Set<String> b) {
    if (a.size() < MIN_WORDS || b.size() < MIN_WORDS) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    Set<String> common = new LinkedHashSet<>(a);
    common.retainAll(b);
    Set<String> smaller = a.size() <= b.size() ? a : b;
    if (smaller.size() >= CONTAINED_MIN_WORDS && common.size() >= CONTAINED * smaller.size()) {
      return true;
    }
    int union = a.size() + b.size() - common.size();
    return (double) common.size() / union >= OVERLAP
        && similarity.apply(String.join(" ", a), String.join(" ", b)) >= SIMILARITY;
  }

  /** The title's words without punctuation, accents or the words naming the kind of event. */
  static Set<String> words(String title) {
    Set<String> words = new LinkedHashSet<>();
    Arrays.stream(TextFolder.foldTitle(title).split(" "))
        .filter(word -> !word.isEmpty() && !KindRules.WORDS.matches(word))
        .forEach(words::add);
    return words;
  }
}
