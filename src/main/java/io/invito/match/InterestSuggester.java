package io.invito.match;

import io.invito.config.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Interests to suggest for a new contact: the phrases of a vocabulary (the topics of the events
 * invito has seen, the interests the owner's contacts already have) whose every word occurs in the
 * person's position and company, compared as the matcher compares them (the same Lucene analysis:
 * elisions, stop words, accents, stems), so "Responsabile sicurezza informatica" suggests
 * "sicurezza informatica" and "Cloud Security Engineer" suggests "cloud security". Only
 * suggestions: the owner decides what a person is interested in.
 */
public final class InterestSuggester {
  /** More than a few reads as a guess at everything. */
  private static final int MOST = 3;

  private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

  /** Each phrase with its stems in each language, in the vocabulary's order. */
  private final Map<String, Map<Language, List<String>>> phrases = new LinkedHashMap<>();

  /**
   * The suggester the import uses: its vocabulary is the topics of {@code events} (the store's) and
   * the interests {@code contacts} (the owner's) already have.
   */
  public static InterestSuggester of(
      Collection<io.invito.model.Event> events, Collection<io.invito.model.Contact> contacts) {
    List<String> words = new java.util.ArrayList<>();
    events.forEach(event -> words.addAll(event.topics()));
    contacts.forEach(contact -> words.addAll(contact.interests()));
    return new InterestSuggester(words);
  }

  public InterestSuggester(Collection<String> vocabulary) {
    for (Language language : Language.values()) {
      analyzers.put(language, new LanguageAnalyzer(language, null, true));
    }
    for (String phrase : vocabulary) {
      String text = phrase.strip();
      if (text.isEmpty() || phrases.containsKey(text.toLowerCase(Locale.ROOT))) {
        continue;
      }
      Map<Language, List<String>> stems = new EnumMap<>(Language.class);
      analyzers.forEach((language, analyzer) -> stems.put(language, stems(analyzer, text)));
      if (stems.values().stream().noneMatch(List::isEmpty)) {
        phrases.put(text.toLowerCase(Locale.ROOT), stems);
      }
    }
  }

  /**
   * The vocabulary's phrases all of whose words are in {@code text}, the longest first, at most
   * three, none contained in another one suggested ("cloud" not beside "cloud security").
   */
  public List<String> suggest(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Map<Language, Set<String>> words = new EnumMap<>(Language.class);
    analyzers.forEach(
        (language, analyzer) -> words.put(language, new LinkedHashSet<>(stems(analyzer, text))));
    List<String> found = new ArrayList<>();
    phrases.forEach(
        (phrase, stems) -> {
          boolean all =
              stems.entrySet().stream()
                  .anyMatch(entry -> words.get(entry.getKey()).containsAll(entry.getValue()));
          if (all) {
            found.add(phrase);
          }
        });
    found.sort(Comparator.comparingInt((String phrase) -> -phrase.length()));
    List<String> chosen = new ArrayList<>();
    for (String phrase : found) {
      if (chosen.size() < MOST && chosen.stream().noneMatch(longer -> longer.contains(phrase))) {
        chosen.add(phrase);
      }
    }
    return List.copyOf(chosen);
  }

  /** The terms an analyzer gives for a text, in order. */
  static List<String> stems(Analyzer analyzer, String text) {
    List<String> stems = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        stems.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing '" + text + "' failed", e);
    }
    return stems;
  }
}
