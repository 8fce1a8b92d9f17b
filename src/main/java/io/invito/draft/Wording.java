package io.invito.draft;

import io.invito.config.Language;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.Formality;
import io.invito.model.KnownEvent;
import io.invito.model.Reason;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The phrases of a draft in one language: what the templates cannot say by themselves. */
interface Wording {

  static Wording of(Language language) {
    return switch (language) {
      case IT -> new ItalianWording();
      case EN -> new EnglishWording();
    };
  }

  /** "Ciao Marco," / "Gentile Dott.ssa Rossi,". */
  String salutation(Contact contact);

  /** The name the salutation uses: "Marco", "Dott.ssa Rossi", "Dr. Okafor". */
  String addressed(Contact contact);

  /**
   * The name after "to": Italian's euphonic "ad" before a vowel a ("ad Andrea", "a Marco"); the
   * name alone in English, whose templates write their own "to".
   */
  String to(String name);

  /** At least three opening sentences for the formality; one is picked per contact and event. */
  List<String> openings(Formality formality);

  /** Why this contact, from the match's first reasons, to follow a comma in a sentence. */
  String reason(List<Reason> reasons, Formality formality, int maxTerms);

  /** The start in the contact's zone and words: "giovedì 3 dicembre alle 18:00, ora italiana". */
  String when(ZonedDateTime start, boolean allDay, boolean withZone);

  /** What a draft says instead of a date for a recording: "you can watch it whenever suits you". */
  String anyTime();

  /** When the event is in that zone, with the zone named; for a recording, {@link #anyTime()}. */
  default String when(Event event, ZoneId zone) {
    return event
        .start()
        .map(start -> when(start.withZoneSameInstant(zone), event.allDay(), true))
        .orElseGet(this::anyTime);
  }

  /** A date in few characters for a short post: "gio 3 dic, 18:00", "Thu 3 Dec, 5:00 pm". */
  String shortWhen(ZonedDateTime start, boolean allDay);

  /** The week a post is about: "la settimana dal 30 novembre al 6 dicembre". */
  String week(LocalDate monday);

  /**
   * Why an event is worth it, for people who work on the topic: several phrasings, one per event of
   * a post in turn, so four events do not read as one sentence four times.
   */
  List<String> worthIt(String topic);

  /**
   * Why an event is worth it when no interest of the audience names its topic: several phrasings.
   */
  List<String> worthIt(Event event);

  /** How one attends: "online su Zoom, in diretta con registrazione disponibile, ...". */
  String format(Event event);

  /** "gratuito", the price as written, "a pagamento", or empty when unknown. */
  String price(Event event);

  /** A note on a reschedule, a cancellation or a move online; empty when nothing changed. */
  String changeNote(KnownEvent known, ZoneId zone);

  /** The interest-like terms of the reasons, once each, in the order the matcher ranked them. */
  static List<String> terms(List<Reason> reasons, int maxTerms) {
    List<String> terms = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Reason reason : reasons) {
      boolean interest =
          reason.kind() == Reason.Kind.INTEREST || reason.kind() == Reason.Kind.NOTES;
      String term = Texts.oneLine(reason.term());
      String key = term.toLowerCase(Locale.ROOT);
      if (interest && !term.isEmpty() && !seen.contains(key) && terms.size() < maxTerms) {
        terms.add(term);
        seen.add(key);
      }
    }
    return terms;
  }

  /** The first reason that is not about language: that one leads the sentence. */
  static Reason.Kind leadingKind(List<Reason> reasons) {
    return reasons.stream()
        .map(Reason::kind)
        .filter(kind -> kind != Reason.Kind.LANGUAGE)
        .findFirst()
        .orElse(Reason.Kind.LANGUAGE);
  }

  /** The first term of the given kind, for role and company reasons. */
  /**
   * Whether a role term names what a person is ("commercialista", "data scientist", "CISO") rather
   * than the field they work in ("e-commerce", "marketing"): only the first reads after "ruolo di"
   * or "role as".
   */
  static boolean namesAPerson(String role) {
    String text = role.strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return false;
    }
    if (role.strip().matches("C[A-Z]{1,3}O|VP|SVP|EVP")) {
      return true; // CEO, CTO, CISO
    }
    String last = text.substring(text.lastIndexOf(' ') + 1);
    String first = text.contains(" ") ? text.substring(0, text.indexOf(' ')) : text;
    return PERSON_WORDS.contains(last)
        || PERSON_WORDS.contains(first)
        || last.matches(
            ".*(ista|iste|tore|trice|ente|ante|logo|loga|iere|iera|ario|aria|er|or|ist|ant|ent)");
  }

  /** Words that name a person's position wherever they stand in a role. */
  java.util.Set<String> PERSON_WORDS =
      java.util.Set.of(
          "responsabile",
          "direttore",
          "direttrice",
          "titolare",
          "socio",
          "socia",
          "avvocato",
          "avvocata",
          "medico",
          "tecnico",
          "tecnica",
          "architetto",
          "notaio",
          "head",
          "lead",
          "chief",
          "officer",
          "partner",
          "owner",
          "founder",
          "manager",
          "engineer",
          "scientist",
          "analyst",
          "consultant",
          "director",
          "designer",
          "architect",
          "specialist");

  static String firstTerm(List<Reason> reasons, Reason.Kind kind) {
    return reasons.stream()
        .filter(reason -> reason.kind() == kind)
        .map(reason -> Texts.oneLine(reason.term()))
        .findFirst()
        .orElse("");
  }

  /** Only http and https links go into a draft; anything else a feed claims is dropped. */
  static String link(Event event) {
    return event.url().filter(Wording::web).map(URI::toASCIIString).orElse("");
  }

  private static boolean web(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }
}
