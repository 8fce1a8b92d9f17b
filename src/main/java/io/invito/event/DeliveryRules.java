package io.invito.event;

import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.EventKind;
import java.util.Set;

/**
 * Says whether an event is watched live, live with a recording afterwards, or only on demand, and
 * whether it lets people take part (chat, Q&amp;A, polls, breakout rooms, networking): the seed's
 * criterion for a good opportunity.
 */
final class DeliveryRules {
  private enum Clue {
    ON_DEMAND,
    RECORDED,
    LIVE
  }

  private static final Vocabulary<Clue> WORDS = Vocabulary.<Clue>builder()
      .add(Clue.ON_DEMAND, "on demand", "guarda quando vuoi", "guardalo quando vuoi",
          "rivedi quando vuoi", "watch anytime", "watch any time", "watch now", "guarda ora",
          "disponibile in qualsiasi momento", "fruibile in qualsiasi momento", "self paced",
          "al tuo ritmo", "at your own pace", "videocorso", "video corso", "in differita")
      // "Registrazione" alone is also Italian for signing up, so only recording phrases count.
      .add(Clue.RECORDED, "registrazione disponibile", "registrazione sara disponibile",
          "riceverai la registrazione", "riceveranno la registrazione",
          "invieremo la registrazione",
          "registrazione del webinar", "registrazione della diretta", "registrazione video",
          "verra registrato", "sara registrato", "verra registrata", "sara registrata",
          "potrai rivederlo", "potrai rivedere", "replay", "recording available",
          "recording will be", "the recording", "will be recorded", "is recorded",
          "video disponibile", "slide e registrazione")
      .add(Clue.LIVE, "live", "in diretta", "diretta", "dal vivo", "in presenza", "in person",
          "livestream", "live stream")
      .build();

  // "Per domande scrivete a..." is a contact line: questions count only as a moment of the event.
  private static final Vocabulary<Boolean> INTERACTIVE = Vocabulary.<Boolean>builder()
      .add(true, "chat", "live chat", "q&a", "q & a", "q and a", "questions and answers",
          "ask questions", "ask your questions", "your questions", "domande dal pubblico",
          "domande in diretta", "spazio per le domande", "spazio alle domande",
          "sessione di domande", "fare domande", "porre domande", "le vostre domande",
          "le tue domande", "domande e risposte", "botta e risposta", "sondaggi", "sondaggio",
          "poll", "polls", "polling", "breakout", "breakout room", "breakout rooms", "networking",
          "interattivo", "interattiva", "interattivi", "interactive", "interagire", "interact",
          "dibattito", "ask me anything")
      .build();

  private DeliveryRules() {}

  /**
   * @param meeting whether the event has a join link or runs on a meeting platform, which only a
   *     live event has
   */
  static Delivery delivery(String foldedText, Set<EventKind> kinds, Attendance attendance,
      boolean meeting) {
    Set<Clue> clues = WORDS.findAll(foldedText);
    boolean live = clues.contains(Clue.LIVE) || meeting
        || kinds.contains(EventKind.WEBINAR) && !clues.contains(Clue.ON_DEMAND)
        || kinds.contains(EventKind.LIVE_STREAM)
        || attendance == Attendance.OFFLINE || attendance == Attendance.MIXED;
    if (clues.contains(Clue.RECORDED)) {
      return Delivery.LIVE_AND_RECORDED;
    }
    if (clues.contains(Clue.ON_DEMAND)) {
      // "Live on 3 March, then on demand" is both; "on demand" alone is only later.
      return clues.contains(Clue.LIVE) ? Delivery.LIVE_AND_RECORDED : Delivery.ON_DEMAND;
    }
    return live ? Delivery.LIVE : Delivery.UNKNOWN;
  }

  static boolean interactive(String foldedText) {
    return INTERACTIVE.matches(foldedText);
  }
}
