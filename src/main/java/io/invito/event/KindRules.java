package io.invito.event;

import io.invito.model.Attendance;
import io.invito.model.EventKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Says what kinds of opportunity an item is: from its structured types first (schema.org, iCalendar
 * CATEGORIES), then from Italian and English words in its title and description. Words that only
 * name a moment of an event ("networking finale", "in diretta") do not make it that kind.
 */
final class KindRules {
  /** schema.org types precise enough to say the kind whatever the text says. */
  private static final Map<String, EventKind> SPECIFIC_TYPES =
      Map.of(
          "courseinstance", EventKind.COURSE,
          "course", EventKind.COURSE,
          "hackathon", EventKind.WORKSHOP,
          "broadcastevent", EventKind.LIVE_STREAM);

  /**
   * Broad schema.org types: an EducationEvent may be a seminar, a workshop or a course, so the type
   * only decides when the words name no kind.
   */
  private static final Map<String, EventKind> BROAD_TYPES =
      Map.of(
          "educationevent", EventKind.COURSE,
          "socialevent", EventKind.MEETUP);

  /** Broadcasts by their nature: a page on a social network going live. */
  private static final String[] STREAM_PHRASES = {
    "linkedin live",
    "youtube live",
    "facebook live",
    "instagram live",
    "diretta facebook",
    "diretta youtube",
    "diretta linkedin",
    "diretta instagram",
    "diretta twitch",
    "diretta su facebook",
    "diretta su youtube",
    "diretta su linkedin",
    "diretta su instagram",
    "diretta su twitch",
    "live su facebook",
    "live su youtube",
    "live su linkedin",
    "live su instagram",
    "live su twitch",
    "live on facebook",
    "live on youtube",
    "live on linkedin",
    "live on instagram",
    "live on twitch",
    "diretta sul nostro canale",
    "diretta sulla nostra pagina",
    "diretta sulla pagina",
    "dev stream"
  };

  static final Vocabulary<EventKind> WORDS =
      Vocabulary.<EventKind>builder()
          .add(
              EventKind.WEBINAR,
              "webinar",
              "webinars",
              "webinario",
              "webinaire",
              "web seminar",
              "web conference",
              "webcast",
              "webcasts",
              "virtual event",
              "evento online",
              "evento virtuale",
              "seminario online",
              "seminario web",
              "seminari online",
              "online seminar",
              "seminario in videoconferenza")
          // "Talk", "panel" and "tavola rotonda" name parts of conferences and meetups, not a kind.
          .add(
              EventKind.SEMINAR,
              "seminario",
              "seminari",
              "seminar",
              "seminars",
              "giornata di studio",
              "giornata di studi",
              "study day")
          // Not "esercitazioni" (every course has exercises) nor "laboratori" (rooms on an open
          // day).
          .add(EventKind.WORKSHOP, "workshop", "workshops", "laboratorio", "hands on", "hackathon")
          // "Formazione" and "training" alone are often the subject ("formazione del personale"),
          // so in a description only phrases that make them the event count.
          .add(
              EventKind.COURSE,
              "corso",
              "corsi",
              "corso di formazione",
              "attivita di formazione",
              "attivita formativa",
              "evento formativo",
              "giornata di formazione",
              "sessione di formazione",
              "percorso di formazione",
              "formazione online",
              "formazione in aula",
              "formazione a distanza",
              "training session",
              "training course",
              "half day training",
              "full day training",
              "training day",
              "online training",
              "masterclass",
              "master class",
              "course",
              "courses",
              "bootcamp",
              "lezione",
              "lezioni",
              "videolezioni",
              "video lezioni",
              "lesson",
              "lessons",
              "percorso formativo",
              "giornata formativa",
              "classes",
              "online class",
              "live class",
              "evening class",
              "cooking class")
          // "Lancio" alone is also a launch price ("prezzo lancio"), so only the launch of
          // something.
          .add(
              EventKind.PRESENTATION,
              "presentazione",
              "presentiamo",
              "presentano",
              "demo",
              "demo live",
              "live demo",
              "demo day",
              "dimostrazione",
              "lancio del",
              "lancio della",
              "lancio dei",
              "lancio delle",
              "lancio di",
              "evento di lancio",
              "launch",
              "launching",
              "product tour",
              "presentation",
              "showcase",
              "anteprima",
              "unveil",
              "unveiled",
              "novita di prodotto",
              "product update")
          .add(
              EventKind.CONFERENCE,
              "convegno",
              "convegni",
              "conferenza",
              "conference",
              "summit",
              "congresso",
              "congress",
              "expo",
              "fiera",
              "forum")
          .add(EventKind.MEETUP, "meetup", "meet up", "user group", "community night")
          .add(EventKind.LIVE_STREAM, STREAM_PHRASES)
          .build();

  /** Gatherings named so only in a title: in a description they are the last half hour. */
  private static final Vocabulary<EventKind> TITLE_WORDS =
      Vocabulary.<EventKind>builder()
          .add(EventKind.COURSE, "formazione", "training")
          .add(
              EventKind.MEETUP,
              "networking",
              "aperitivo",
              "aperitivi",
              "afterwork",
              "after work",
              "happy hour",
              "colazione di lavoro",
              "networking night",
              "serata di networking")
          .build();

  /**
   * Words that say the event is broadcast; they make it a live stream only when nothing else names
   * a meeting (a webinar "trasmesso in streaming" stays a webinar) and nobody attends in person (a
   * convegno "anche in streaming" is a hybrid convegno).
   */
  private static final Vocabulary<Boolean> BROADCAST =
      Vocabulary.<Boolean>builder()
          .add(
              true,
              "live stream",
              "livestream",
              "livestreamed",
              "live streaming",
              "streamed",
              "in streaming",
              "diretta streaming",
              "trasmesso",
              "trasmessa",
              "broadcast",
              "premiere",
              "segui la diretta",
              "guarda la diretta",
              "tune in",
              "watch live",
              "watch it live",
              "in diretta streaming")
          .build();

  private static final Set<EventKind> MEETINGS =
      EnumSet.of(
          EventKind.WEBINAR,
          EventKind.SEMINAR,
          EventKind.WORKSHOP,
          EventKind.COURSE,
          EventKind.MEETUP);

  /** Platforms that host webinars and nothing else. */
  private static final Set<String> WEBINAR_PLATFORMS = Set.of("ON24", "BrightTALK", "GoToWebinar");

  /** "Presentazione del corso": the course is what is presented, not what the event is. */
  private static final Pattern PRESENTED =
      Pattern.compile(
          "(presentazione|presentation|open day)\\s+(?:del|della|dello|dei|degli|delle|di|of the|of)"
              + "\\s+[\\p{L}]+");

  private KindRules() {}

  /** The kinds the item's types and words name, before attendance and platform are known. */
  static Set<EventKind> kinds(List<String> types, String foldedTitle, String foldedText) {
    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    Set<EventKind> broad = EnumSet.noneOf(EventKind.class);
    for (String type : types) {
      String name = localName(type);
      Optional.ofNullable(SPECIFIC_TYPES.get(name)).ifPresent(kinds::add);
      Optional.ofNullable(BROAD_TYPES.get(name)).ifPresent(broad::add);
      // iCalendar CATEGORIES and custom types are often plain words: "Webinar", "Corso".
      kinds.addAll(WORDS.findAll(TextFolder.fold(type)));
      kinds.addAll(TITLE_WORDS.findAll(TextFolder.fold(type)));
    }
    kinds.addAll(WORDS.findAll(PRESENTED.matcher(foldedText).replaceAll("$1")));
    kinds.addAll(TITLE_WORDS.findAll(foldedTitle));
    if (kinds.isEmpty()) {
      kinds.addAll(broad);
    }
    return kinds;
  }

  /** Whether the title alone names a kind: the strongest sign that an item is an event. */
  static boolean namesKind(List<String> types, String foldedTitle) {
    return !kinds(types, foldedTitle, foldedTitle).isEmpty();
  }

  /**
   * Completes the kinds once attendance and platform are known: a seminar held online is a webinar,
   * so is anything on a webinar platform; a broadcast with no meeting in it is a stream.
   */
  static Set<EventKind> complete(
      Set<EventKind> found,
      String foldedText,
      Attendance attendance,
      Optional<String> platform,
      boolean streamingPlatform) {
    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    kinds.addAll(found);
    if (attendance == Attendance.ONLINE && kinds.contains(EventKind.SEMINAR)
        || platform.filter(WEBINAR_PLATFORMS::contains).isPresent()) {
      kinds.add(EventKind.WEBINAR);
    }
    if (streamingPlatform) {
      kinds.add(EventKind.LIVE_STREAM);
    } else if (attendance == Attendance.ONLINE
        && BROADCAST.matches(foldedText)
        && kinds.stream().noneMatch(MEETINGS::contains)) {
      kinds.add(EventKind.LIVE_STREAM);
    }
    return kinds;
  }

  /** {@code https://schema.org/EducationEvent} and {@code EducationEvent} read alike. */
  private static String localName(String type) {
    String name = type.strip();
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf(':'));
    return name.substring(cut + 1).toLowerCase(Locale.ROOT);
  }
}
