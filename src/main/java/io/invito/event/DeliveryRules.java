package io.invito.event;

import io.invito.model.Delivery;
import java.util.Set;

/**
 * Says whether an event is watched live, live with a recording afterwards, or only on demand, and
 * whether it lets people take part (chat, Q&amp;A, polls, breakout rooms, networking): the seed's
 * criterion for a good opportunity.
 */
final class DeliveryRules {
  private enum Clue {
    ALREADY_RECORDED,
    ON_DEMAND,
    RECORDED,
    LIVE
  }

  private static final Vocabulary<Clue> WORDS =
      Vocabulary.<Clue>builder()
          // The session is over and its recording is what is offered, whatever date the page gives.
          .add(
              Clue.ALREADY_RECORDED,
              "now on demand",
              "ora on demand",
              "now available on demand",
              "ora disponibile on demand",
              "webinar on demand",
              "on demand webinar",
              "registrato il",
              "registrata il",
              "was broadcast",
              "was recorded",
              "vi siete persi",
              "missed it",
              "ecco il replay",
              "webinar replay",
              "rivedi il webinar",
              "la registrazione integrale",
              "watch the on demand recording",
              "guardalo on demand")
          .add(
              Clue.ON_DEMAND,
              "quando vuoi",
              "quando volete",
              "in qualsiasi momento",
              "sempre disponibili",
              "sempre disponibile",
              "videolezioni",
              "video lezioni",
              "e learning",
              "elearning",
              "asincrona",
              "fad asincrona",
              "24 ore su 24",
              "24h su 24",
              "accesso per 12 mesi",
              "pre recorded",
              "prerecorded",
              "recorded lecture",
              "recorded lectures",
              "start anytime",
              "start any time",
              "your own pace",
              "instant access",
              "lifetime access",
              "video lessons",
              "short videos",
              "video brevi",
              "brevi video",
              "video course",
              "available to stream",
              "available on demand",
              "whenever suits you",
              "video library",
              "catch up on",
              "on demand",
              "guarda quando vuoi",
              "guardalo quando vuoi",
              "rivedi quando vuoi",
              "watch anytime",
              "watch any time",
              "watch now",
              "guarda ora",
              "disponibile in qualsiasi momento",
              "fruibile in qualsiasi momento",
              "self paced",
              "al tuo ritmo",
              "at your own pace",
              "videocorso",
              "video corso",
              "in differita")
          // "Registrazione" alone is also Italian for signing up, so only recording phrases count.
          .add(
              Clue.RECORDED,
              "registrazione disponibile",
              "registrazione sara disponibile",
              "riceverai la registrazione",
              "riceveranno la registrazione",
              "invieremo la registrazione",
              "registrazione del webinar",
              "registrazione della diretta",
              "registrazione video",
              "verra registrato",
              "sara registrato",
              "verra registrata",
              "sara registrata",
              "potrai rivederlo",
              "potrai rivedere",
              "replay",
              "recording available",
              "recording will be",
              "the recording",
              "will be recorded",
              "is recorded",
              "video disponibile",
              "slide e registrazione",
              "saranno registrate",
              "saranno registrati",
              "verranno registrate",
              "verranno registrati",
              "are recorded",
              "video degli interventi",
              "video saranno disponibili",
              "videos will be available",
              "video will be available",
              "rewatch",
              "restera visibile",
              "restera disponibile",
              "rimarra disponibile",
              "rimarra visibile",
              "remains available",
              "stays online",
              "available afterwards",
              "riceveranno il video",
              "email you the recording")
          .add(
              Clue.LIVE,
              "live",
              "in diretta",
              "diretta",
              "dal vivo",
              "in presenza",
              "in person",
              "livestream",
              "live stream")
          .build();

  // "Per domande scrivete a..." is a contact line: questions count only as a moment of the event.
  private static final Vocabulary<Boolean> INTERACTIVE =
      Vocabulary.<Boolean>builder()
          .add(
              true,
              "chat",
              "live chat",
              "office hours",
              "open discussion",
              "discussione aperta",
              "open space",
              "open spaces",
              "small groups",
              "piccoli gruppi",
              "in gruppi",
              "lavoro di gruppo",
              "group work",
              "mixed groups",
              "in groups",
              "form a team",
              "questions reponses",
              "questions and answers",
              "nei commenti",
              "in the comments",
              "comments from viewers",
              "time for questions",
              "time for your questions",
              "q&a",
              "q & a",
              "q and a",
              "questions and answers",
              "ask questions",
              "ask your questions",
              "your questions",
              "domande dal pubblico",
              "domande in diretta",
              "spazio per le domande",
              "spazio alle domande",
              "sessione di domande",
              "fare domande",
              "porre domande",
              "le vostre domande",
              "le tue domande",
              "domande e risposte",
              "botta e risposta",
              "sondaggi",
              "sondaggio",
              "poll",
              "polls",
              "polling",
              "breakout",
              "breakout room",
              "breakout rooms",
              "networking",
              "interattivo",
              "interattiva",
              "interattivi",
              "interactive",
              "interagire",
              "interact",
              "dibattito",
              "ask me anything")
          // A verb of asking within a few words of the questions: "ask the presenter questions",
          // "il pubblico potra intervenire con domande", "rispondono alle domande".
          .addPattern(true, "(?<![\\p{L}])ask(?:ing)?\\b[^.!?]{0,30}\\bquestions?\\b")
          .addPattern(
              true,
              "(?<![\\p{L}])(?:fare|porre|rivolgere|inviare|lasciate|lascia|scrivete"
                  + "|intervenire con|rispond\\p{L}*\\s+(?:alle|a)|risponde\\p{L}*)\\b[^.!?]{0,25}"
                  + "\\bdomande\\b")
          .build();

  private DeliveryRules() {}

  /**
   * Live, live and recorded, or on demand. "Live" words matter only beside "on demand": an event
   * with a start and no recording to watch later happens at that start, live.
   */
  static Delivery delivery(String foldedText, boolean dated) {
    Set<Clue> clues = WORDS.findAll(foldedText);
    if (clues.contains(Clue.ALREADY_RECORDED)) {
      return Delivery.ON_DEMAND;
    }
    if (!dated && (clues.contains(Clue.ON_DEMAND) || clues.contains(Clue.RECORDED))) {
      // With no date to attend at, a recording or video lessons are all there is: on demand.
      return Delivery.ON_DEMAND;
    }
    if (clues.contains(Clue.RECORDED)) {
      return Delivery.LIVE_AND_RECORDED;
    }
    if (clues.contains(Clue.ON_DEMAND)) {
      // "Live on 3 March, then on demand" is both; "on demand" alone is only later.
      return clues.contains(Clue.LIVE) ? Delivery.LIVE_AND_RECORDED : Delivery.ON_DEMAND;
    }
    return Delivery.LIVE;
  }

  static boolean interactive(String foldedText) {
    return INTERACTIVE.matches(foldedText);
  }
}
