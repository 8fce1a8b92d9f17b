package io.invito.draft;

import io.invito.config.Language;
import io.invito.config.Owner;
import io.invito.model.Attendance;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Delivery;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.model.Formality;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Reason;
import io.invito.model.Week;
import io.invito.testing.EventBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** A fixed small world of contacts and events, the same on every run, for drafts tests. */
final class Fixtures {
  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Week WEEK = Week.parse("2026-W49");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);
  static final Path TEMPLATES = Path.of("config/templates");
  static final Owner OWNER =
      new Owner(
          "Laura Bianchi", "laura@example.org", "Laura Bianchi\nStudio Bianchi", Language.IT, ROME);

  private Fixtures() {}

  static Contact contact(
      String id,
      String first,
      String last,
      Optional<String> title,
      Language language,
      Formality formality,
      Channel channel,
      ZoneId zone) {
    return new Contact(
        id,
        first,
        last,
        title,
        Optional.of(id + "@example.org"),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(language),
        zone,
        formality,
        channel,
        false,
        Optional.empty());
  }

  static final Contact MARCO =
      contact(
          "marco-rossi",
          "Marco",
          "Rossi",
          Optional.empty(),
          Language.IT,
          Formality.INFORMAL,
          Channel.WHATSAPP,
          ROME);
  static final Contact GIULIA =
      contact(
          "giulia-verdi",
          "Giulia",
          "Verdi",
          Optional.of("Dott.ssa"),
          Language.IT,
          Formality.FORMAL,
          Channel.PHONE,
          ROME);
  static final Contact PAOLO =
      contact(
          "paolo-neri",
          "Paolo",
          "Neri",
          Optional.empty(),
          Language.IT,
          Formality.FORMAL,
          Channel.LINKEDIN,
          ROME);
  static final Contact ANNA =
      contact(
          "anna-taylor",
          "Anna",
          "Taylor",
          Optional.empty(),
          Language.EN,
          Formality.INFORMAL,
          Channel.LINKEDIN,
          LONDON);
  static final Contact JOHN =
      contact(
          "john-smith",
          "John",
          "Smith",
          Optional.of("Dr."),
          Language.EN,
          Formality.FORMAL,
          Channel.EMAIL,
          ZoneId.of("America/New_York"));

  static final Contact SARA =
      contact(
          "sara-galli",
          "Sara",
          "Galli",
          Optional.empty(),
          Language.IT,
          Formality.INFORMAL,
          Channel.LINKEDIN,
          ROME);
  static final Contact LUCA =
      contact(
          "luca-ferri",
          "Luca",
          "Ferri",
          Optional.of("Ing."),
          Language.IT,
          Formality.FORMAL,
          Channel.WHATSAPP,
          ROME);
  static final Contact CHIARA =
      contact(
          "chiara-cantu",
          "Chiara",
          "Cantù",
          Optional.empty(),
          Language.IT,
          Formality.INFORMAL,
          Channel.PHONE,
          ROME);
  static final Contact EMMA =
      contact(
          "emma-jones",
          "Emma",
          "Jones",
          Optional.empty(),
          Language.EN,
          Formality.INFORMAL,
          Channel.PHONE,
          LONDON);
  static final Contact OLIVER =
      contact(
          "oliver-brown",
          "Oliver",
          "Brown",
          Optional.empty(),
          Language.EN,
          Formality.FORMAL,
          Channel.WHATSAPP,
          LONDON);

  /** An event of this world: an hour and a half long, from the feed the drafts tests read. */
  static EventBuilder event(String id, ZonedDateTime start) {
    return EventBuilder.webinar()
        .id(id)
        .start(start)
        .end(start.plusMinutes(90))
        .sources("clusit-feed");
  }

  static final KnownEvent CLOUD =
      event("ev-cloud-security", LocalDateTime.of(2026, 12, 3, 18, 0).atZone(ROME))
          .title("Sicurezza nel cloud: perché il ransomware è ancora una minaccia")
          .description(
              "Un'ora con esperti del settore su backup, segmentazione e risposta agli incidenti.")
          .url("https://example.org/eventi/cloud-security")
          .platform("Zoom")
          .delivery(Delivery.LIVE_AND_RECORDED)
          .interactive(true)
          .free(true)
          .organizer("Clusit")
          .known(Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:00Z"));

  static final KnownEvent RAG =
      new KnownEvent(
          event("ev-rag-workshop", LocalDateTime.of(2026, 12, 2, 17, 0).atZone(LONDON))
              .title(
                  "Hands-on workshop: building reliable retrieval-augmented generation pipelines"
                      + " for regulated industries with open-source tools and careful evaluation")
              .description("A practical afternoon on retrieval, evaluation and governance.")
              .url(
                  "https://example.org/workshops/rag?utm_source=feed&ref=invito-weekly-digest-2026")
              .kinds(EventKind.WORKSHOP, EventKind.COURSE)
              .attendance(Attendance.MIXED)
              .platform("Microsoft Teams")
              .language("en")
              .free(false)
              .price("£45")
              .organizer("Data Guild")
              .location("Impact Hub, London")
              .status(EventStatus.RESCHEDULED)
              .build(),
          Instant.parse("2026-11-20T10:00:00Z"),
          Instant.parse("2026-11-27T10:00:00Z"),
          Optional.of(LocalDateTime.of(2026, 12, 1, 17, 0).atZone(LONDON)),
          Optional.of(EventStatus.SCHEDULED));

  static Reason interest(String term, String found, String where) {
    return new Reason(Reason.Kind.INTEREST, term, found, where);
  }

  static Match match(KnownEvent event, Contact contact, Reason... reasons) {
    return new Match(event.event().id(), contact.id(), 0.8, List.of(reasons));
  }

  /** Every contact with the event that suits them, covering both languages and formalities. */
  static List<Match> matches() {
    return List.of(
        match(
            CLOUD,
            MARCO,
            interest("sicurezza informatica", "sicurezza", "title"),
            interest("cloud", "cloud", "title")),
        match(CLOUD, PAOLO, new Reason(Reason.Kind.ROLE, "CTO", "cloud", "description")),
        match(CLOUD, JOHN, interest("cybersecurity", "ransomware", "title")),
        match(
            RAG,
            GIULIA,
            interest("intelligenza artificiale", "retrieval-augmented generation", "title")),
        match(
            RAG,
            ANNA,
            interest("machine learning", "retrieval-augmented generation", "title"),
            interest("open source", "open-source", "title")),
        match(
            RAG,
            SARA,
            interest("reti neurali", "retrieval-augmented generation", "title"),
            interest("dati", "evaluation", "description")),
        match(CLOUD, LUCA, new Reason(Reason.Kind.COMPANY, "Clusit", "Clusit", "organizer")),
        match(RAG, CHIARA, new Reason(Reason.Kind.LANGUAGE, "en", "en", "language")),
        match(CLOUD, EMMA, interest("backups", "backup", "description")),
        match(RAG, OLIVER, interest("governance", "governance", "description")));
  }

  static List<Contact> contacts() {
    return List.of(MARCO, GIULIA, PAOLO, ANNA, JOHN, SARA, LUCA, CHIARA, EMMA, OLIVER);
  }

  static List<KnownEvent> events() {
    return List.of(CLOUD, RAG);
  }
}
