package io.invito.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The owner's own names for topics, each with the words that reveal it ("sicurezza informatica":
 * ransomware, phishing, cybersecurity), so an event about ransomware is also filed under the name
 * the owner and the contacts use. Optional: with none, topics are the event's keywords alone.
 */
public final class TopicTaxonomy {
  /** No taxonomy: topics are keywords only. */
  public static final TopicTaxonomy NONE = new TopicTaxonomy(Map.of());

  private final Map<String, Vocabulary<Boolean>> topics = new LinkedHashMap<>();

  /**
   * @param topics each topic's name and the words or phrases (Italian or English, any case or
   *     accents) that reveal it; the name itself always counts as one of them
   */
  public TopicTaxonomy(Map<String, List<String>> topics) {
    topics.forEach(
        (name, words) -> {
          List<String> phrases = new ArrayList<>(words);
          phrases.add(name);
          this.topics.put(
              name.strip(),
              Vocabulary.<Boolean>builder()
                  .add(
                      true,
                      phrases.stream()
                          .map(String::strip)
                          .filter(phrase -> !phrase.isEmpty())
                          .toArray(String[]::new))
                  .build());
        });
  }

  /** The names of the topics whose words the folded text contains, in taxonomy order. */
  List<String> find(String foldedText) {
    return topics.entrySet().stream()
        .filter(topic -> topic.getValue().matches(foldedText))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The taxonomy's topics first, then the keywords not already among them. */
  List<String> topics(String title, String description) {
    List<String> all = new ArrayList<>(find(TextFolder.fold(title + "\n" + description)));
    TopicPicker.topics(title, description).stream()
        .filter(word -> !all.contains(word))
        .forEach(all::add);
    return List.copyOf(all);
  }
}
