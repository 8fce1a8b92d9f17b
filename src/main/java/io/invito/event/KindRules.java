package io.invito.event;

import io.invito.model.EventKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Says what kinds of opportunity an item is: from its structured types first (schema.org, iCalendar
 * CATEGORIES), then from Italian and English words in its title and description.
 */
final class KindRules {
  /** schema.org types that say the kind on their own. */
  private static final Map<String, EventKind> TYPES = Map.of(
      "educationevent", EventKind.COURSE,
      "courseinstance", EventKind.COURSE,
      "course", EventKind.COURSE,
      "socialevent", EventKind.MEETUP,
      "broadcastevent", EventKind.LIVE_STREAM,
      "hackathon", EventKind.WORKSHOP);

  static final Vocabulary<EventKind> WORDS = Vocabulary.<EventKind>builder()
      .add(EventKind.WEBINAR, "webinar", "webinars", "webinario", "web seminar", "web conference",
          "webcast", "webcasts",
          "virtual event", "evento online", "evento virtuale")
      // "Talk", "panel" and "tavola rotonda" name parts of conferences and meetups, not a kind.
      .add(EventKind.SEMINAR, "seminario", "seminari", "seminar", "seminars")
      .add(EventKind.WORKSHOP, "workshop", "workshops", "laboratorio", "laboratori", "hands on",
          "hackathon", "esercitazione", "esercitazioni")
      .add(EventKind.COURSE, "corso", "corsi", "formazione", "training", "masterclass",
          "master class", "course", "courses", "bootcamp", "lezione", "lezioni", "lesson",
          "lessons", "percorso formativo")
      .add(EventKind.PRESENTATION, "presentazione", "presentiamo", "demo", "demo live",
          "live demo", "dimostrazione", "lancio", "launch", "launching", "product tour",
          "presentation", "showcase", "anteprima", "unveil", "novita di prodotto", "product update")
      .add(EventKind.CONFERENCE, "convegno", "convegni", "conferenza", "conference", "summit",
          "congresso", "congress", "expo", "fiera", "forum")
      .add(EventKind.MEETUP, "meetup", "meet up", "networking", "aperitivo", "aperitivi",
          "community night", "afterwork", "after work", "happy hour", "colazione di lavoro")
      .add(EventKind.LIVE_STREAM, "diretta", "in diretta", "dirette", "live stream", "livestream",
          "live streaming", "streaming", "in live", "live su", "live on", "linkedin live",
          "youtube live", "facebook live", "twitch")
      .build();

  private KindRules() {}

  /** The kinds the item names, empty when none is named. */
  static Set<EventKind> kinds(List<String> types, String foldedText) {
    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    for (String type : types) {
      String name = localName(type);
      EventKind kind = TYPES.get(name);
      if (kind != null) {
        kinds.add(kind);
      }
      // iCalendar CATEGORIES and custom types are often plain words: "Webinar", "Corso".
      kinds.addAll(WORDS.findAll(TextFolder.fold(type)));
    }
    kinds.addAll(WORDS.findAll(foldedText));
    return kinds;
  }

  /** {@code https://schema.org/EducationEvent} and {@code EducationEvent} read alike. */
  private static String localName(String type) {
    String name = type.strip();
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf(':'));
    return name.substring(cut + 1).toLowerCase(Locale.ROOT);
  }
}
