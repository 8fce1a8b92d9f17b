package io.invito.match;

import io.invito.config.Language;
import io.invito.model.Event;

/** The fields of an event a contact's words are looked for in, with how much a find counts. */
enum EventField {
  TITLE("title", 3),
  TOPICS("topics", 2),
  DESCRIPTION("description", 1),
  ORGANIZER("organizer", 1);

  private final String label;
  private final int weight;

  EventField(String label, int weight) {
    this.label = label;
    this.weight = weight;
  }

  /** The word a reason uses for where it found something: title, topics, description. */
  String label() {
    return label;
  }

  int weight() {
    return weight;
  }

  int bit() {
    return 1 << ordinal();
  }

  /** The Lucene field holding this text analysed in the language: {@code title_it}. */
  String name(Language language) {
    return label + "_" + language.code();
  }

  /**
   * The field's text as indexed; topics are joined by one space, matching the offset gap Lucene
   * leaves between the values of a field, so a match's offsets point into this string.
   */
  String text(Event event) {
    return switch (this) {
      case TITLE -> event.title();
      case TOPICS -> String.join(" ", event.topics());
      case DESCRIPTION -> event.description();
      case ORGANIZER -> event.organizer().orElse("");
    };
  }
}
