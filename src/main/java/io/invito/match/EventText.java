package io.invito.match;

import io.invito.match.TextAnalyzer.Token;
import io.invito.model.Event;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An event's words, analysed once per run and searched for each contact's phrases field by field.
 */
final class EventText {

  /** The fields searched, with how much a phrase found there counts. */
  enum Field {
    TITLE("title", 3),
    TOPICS("topics", 2),
    DESCRIPTION("description", 1),
    ORGANIZER("organizer", 1);

    private final String label;
    private final int weight;

    Field(String label, int weight) {
      this.label = label;
      this.weight = weight;
    }

    String label() {
      return label;
    }

    int weight() {
      return weight;
    }
  }

  /** A stretch of text within which a phrase's words must stand together: one topic, one title. */
  private record Segment(String text, List<Token> tokens) {}

  private final Map<Field, List<Segment>> segments = new EnumMap<>(Field.class);
  private final Set<String> stems = new HashSet<>();

  EventText(Event event) {
    add(Field.TITLE, List.of(event.title()));
    add(Field.TOPICS, event.topics());
    add(Field.DESCRIPTION, List.of(event.description()));
    add(Field.ORGANIZER, event.organizer().map(List::of).orElse(List.of()));
  }

  private void add(Field field, List<String> texts) {
    List<Segment> list = new ArrayList<>();
    for (String text : texts) {
      String canonical = TextAnalyzer.canonical(text);
      List<Token> tokens = TextAnalyzer.tokens(canonical);
      tokens.forEach(token -> stems.add(token.stem()));
      list.add(new Segment(canonical, tokens));
    }
    segments.put(field, list);
  }

  /**
   * Where a phrase occurs in a field, as the event wrote it. A phrase of several words matches when
   * they all stand within a window one word wider than the phrase, in any order: Italian puts the
   * adjective after ("marketing digitale"), English before ("digital marketing"), and "sicurezza
   * fisica e informatica" still speaks of "sicurezza informatica".
   */
  Optional<String> find(Field field, Phrase phrase) {
    List<String> wanted = phrase.stems();
    if (wanted.isEmpty() || !stems.containsAll(wanted)) {
      return Optional.empty();
    }
    int window = wanted.size() == 1 ? 1 : wanted.size() + 1;
    for (Segment segment : segments.get(field)) {
      List<Token> tokens = segment.tokens();
      for (int start = 0; start < tokens.size(); start++) {
        if (!wanted.contains(tokens.get(start).stem())) {
          continue; // a match starts on one of the phrase's words, so the quote is tight
        }
        int end = Math.min(tokens.size(), start + window);
        Optional<Integer> last = lastOfAll(wanted, tokens, start, end);
        if (last.isPresent()) {
          return Optional.of(
              segment.text().substring(tokens.get(start).start(), tokens.get(last.get()).end()));
        }
      }
    }
    return Optional.empty();
  }

  /** The index of the token that completes the phrase within [start, end), if it completes. */
  private static Optional<Integer> lastOfAll(
      List<String> wanted, List<Token> tokens, int start, int end) {
    Set<String> missing = new HashSet<>(wanted);
    for (int index = start; index < end; index++) {
      missing.remove(tokens.get(index).stem());
      if (missing.isEmpty()) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }
}
