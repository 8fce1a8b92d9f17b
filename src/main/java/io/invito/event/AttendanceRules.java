package io.invito.event;

import io.invito.model.Attendance;
import io.invito.model.EventKind;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Says how people attend: what the source stated wins; otherwise a join link, a platform, a
 * location and words such as "online", "in presenza" or "ibrido" are weighed.
 */
final class AttendanceRules {
  private enum Clue {
    HYBRID,
    ONLINE,
    IN_PERSON,
    PLACE
  }

  private static final Vocabulary<Clue> WORDS =
      Vocabulary.<Clue>builder()
          // Not "ibrido" or "hybrid" alone: "lavoro ibrido" and "hybrid workforces" are topics.
          .add(
              Clue.HYBRID,
              "in formato ibrido",
              "formato ibrido",
              "modalita ibrida",
              "in modalita ibrida",
              "evento ibrido",
              "evento in forma ibrida",
              "in forma ibrida",
              "is hybrid",
              "hybrid event",
              "hybrid format",
              "hybrid conference",
              "hybrid workshop",
              "hybrid seminar",
              "hybrid session",
              "hybrid meeting",
              "hybrid edition",
              "in presenza e online",
              "in presenza o online",
              "in presenza e in streaming",
              "in presenza o in streaming",
              "online e in presenza",
              "online o in presenza",
              "in person and online",
              "in person or online",
              "online and in person",
              "online or in person",
              "anche online",
              "anche in streaming",
              "also online",
              "also streamed",
              "also be streamed",
              "anche da remoto",
              "follow the livestream",
              "oppure da remoto",
              "or join online",
              "in sala e in diretta",
              "in sala e online",
              "in sede o collegandosi",
              "posti in sala",
              "in person and virtually")
          // Not "virtual" alone: a Java meetup on Virtual Threads happens in a room.
          .add(
              Clue.ONLINE,
              "online",
              "on line",
              "in streaming",
              "diretta streaming",
              "a distanza",
              "fad",
              "fad sincrona",
              "piattaforma dedicata",
              "piattaforma e learning",
              "webcast",
              "evento virtuale",
              "virtual event",
              "virtual conference",
              "virtual meeting",
              "virtual session",
              "virtually",
              "da remoto",
              "remote",
              "remotely",
              "da casa",
              "from home",
              "link di accesso",
              "videoconferenza",
              "in videoconferenza",
              "videoconference",
              "video conference",
              "discord",
              "en ligne",
              "en linea",
              // Whoever watches a broadcast watches it online; a place beside it makes it hybrid.
              "live streaming",
              "livestream",
              "livestreamed",
              "live stream",
              "streamed",
              "link per collegarsi",
              "join link",
              "join the meeting",
              "collegati",
              "collegatevi")
          .add(
              Clue.IN_PERSON,
              "in presenza",
              "in person",
              "in aula",
              "in sala",
              "in sede",
              "presso la sede",
              "presso la nostra sede",
              "at our office",
              "in biblioteca",
              "sala consiliare",
              "ci vediamo al",
              "ci vediamo presso",
              "appuntamento alle",
              "in officina",
              "in cantina",
              "in classroom",
              "classroom course",
              "training centre",
              "training center",
              "church hall",
              "town hall",
              "village hall",
              "in our kitchen",
              "doors open",
              "drop in",
              "no appointment needed",
              "at our offices",
              "on site",
              "onsite")
          // Words that name a place but also turn up in online events' text ("la sede
          // dell'azienda").
          .add(
              Clue.PLACE,
              "presso",
              "venue",
              "indirizzo",
              "address",
              "auditorium",
              "hotel",
              "centro congressi",
              "aula magna",
              "via roma",
              "piazza",
              "biblioteca",
              "library",
              "sala",
              "teatro",
              "theatre",
              "palestra",
              "coworking",
              "makerspace",
              "laboratori",
              "parcheggio",
              "municipio",
              "clubhouse",
              "boathouse",
              "students' union",
              "student hub")
          // A street and number: "via Po 18", "44 Bristol Road", "piazza Ravegnana".
          .addPattern(
              Clue.PLACE,
              "(?<![\\p{L}])(?:via|viale|piazza|piazzale|corso|largo|vicolo)\\s+(?:[\\p{L}']+\\s+){0,3}\\d{1,3}\\b")
          .addPattern(
              Clue.PLACE, "(?<![\\p{L}])[\\p{L}']+\\s+(?:street|road|lane|avenue|square)\\b")
          .addPattern(Clue.IN_PERSON, "(?<![\\p{L}])(?:room|aula|sala)\\s+[a-z]?\\d{1,4}\\b")
          .build();

  /** Words a location field uses when it is not a place. */
  private static final Vocabulary<Boolean> ONLINE_PLACE =
      Vocabulary.<Boolean>builder()
          .add(
              true,
              "online",
              "on line",
              "virtual",
              "virtuale",
              "web",
              "webinar",
              "streaming",
              "zoom",
              "teams",
              "internet",
              "remote",
              "da remoto",
              "meet",
              "webex",
              "youtube",
              "linkedin",
              "facebook",
              "twitch")
          .build();

  private AttendanceRules() {}

  /** Whether the location names a place one can go to, not "Online" or "Zoom". */
  static boolean placed(Optional<String> location) {
    return location
        .map(TextFolder::fold)
        .filter(where -> !where.isBlank())
        .filter(where -> !ONLINE_PLACE.matches(where))
        .isPresent();
  }

  /**
   * Whether how to attend is said firmly: stated, a join link, a platform, a place in the location
   * field, or words such as "in presenza" or "online"; not a place word in passing ("Piazza
   * Armerina" in a stamp's name).
   */
  static boolean firm(
      Attendance stated,
      Optional<URI> joinUrl,
      Optional<String> location,
      Optional<String> platform,
      String foldedText) {
    Set<Clue> clues = WORDS.findAll(foldedText);
    return stated != Attendance.UNKNOWN
        || joinUrl.isPresent()
        || platform.isPresent()
        || placed(location)
        || clues.contains(Clue.HYBRID)
        || clues.contains(Clue.ONLINE)
        || clues.contains(Clue.IN_PERSON);
  }

  static Attendance attendance(
      Attendance stated,
      Optional<URI> joinUrl,
      Optional<String> location,
      Optional<String> platform,
      Set<EventKind> kinds,
      String foldedText) {
    if (stated != Attendance.UNKNOWN) {
      return stated;
    }
    Set<Clue> clues = WORDS.findAll(foldedText);
    if (clues.contains(Clue.HYBRID)) {
      return Attendance.MIXED;
    }
    Optional<String> where = location.map(TextFolder::fold).filter(text -> !text.isBlank());
    boolean onlineWhere = where.filter(ONLINE_PLACE::matches).isPresent();
    boolean online =
        onlineWhere
            || joinUrl.isPresent()
            || platform.isPresent()
            || kinds.contains(EventKind.WEBINAR)
            || kinds.contains(EventKind.LIVE_STREAM)
            || clues.contains(Clue.ONLINE);
    boolean inPerson = (where.isPresent() && !onlineWhere) || clues.contains(Clue.IN_PERSON);
    if (online && inPerson) {
      return Attendance.MIXED;
    }
    if (online) {
      return Attendance.ONLINE;
    }
    return inPerson || clues.contains(Clue.PLACE) ? Attendance.OFFLINE : Attendance.UNKNOWN;
  }
}
