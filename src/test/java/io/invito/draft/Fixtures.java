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
import io.invito.testing.ContactBuilder;
import io.invito.testing.EventBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

  // Each contact is the builder's default (Italian, informal, by e-mail, in Rome) but for what
  // is spelled out: together they cover both languages, both formalities and every channel.
  static final Contact MARCO =
      ContactBuilder.italian()
          .id("marco-rossi")
          .name("Marco", "Rossi")
          .channel(Channel.WHATSAPP)
          .build();
  static final Contact GIULIA =
      ContactBuilder.italian()
          .id("giulia-verdi")
          .name("Giulia", "Verdi")
          .title("Dott.ssa")
          .formality(Formality.FORMAL)
          .channel(Channel.PHONE)
          .build();
  static final Contact PAOLO =
      ContactBuilder.italian()
          .id("paolo-neri")
          .name("Paolo", "Neri")
          .formality(Formality.FORMAL)
          .channel(Channel.LINKEDIN)
          .build();
  static final Contact ANNA =
      ContactBuilder.italian()
          .id("anna-taylor")
          .name("Anna", "Taylor")
          .languages(Language.EN)
          .zone(LONDON)
          .channel(Channel.LINKEDIN)
          .build();
  static final Contact JOHN =
      ContactBuilder.italian()
          .id("john-smith")
          .name("John", "Smith")
          .title("Dr.")
          .languages(Language.EN)
          .zone("America/New_York")
          .formality(Formality.FORMAL)
          .build();
  static final Contact SARA =
      ContactBuilder.italian()
          .id("sara-galli")
          .name("Sara", "Galli")
          .channel(Channel.LINKEDIN)
          .build();
  static final Contact LUCA =
      ContactBuilder.italian()
          .id("luca-ferri")
          .name("Luca", "Ferri")
          .title("Ing.")
          .formality(Formality.FORMAL)
          .channel(Channel.WHATSAPP)
          .build();
  static final Contact CHIARA =
      ContactBuilder.italian()
          .id("chiara-cantu")
          .name("Chiara", "Cantù")
          .channel(Channel.PHONE)
          .build();
  static final Contact EMMA =
      ContactBuilder.italian()
          .id("emma-jones")
          .name("Emma", "Jones")
          .languages(Language.EN)
          .zone(LONDON)
          .channel(Channel.PHONE)
          .build();
  static final Contact OLIVER =
      ContactBuilder.italian()
          .id("oliver-brown")
          .name("Oliver", "Brown")
          .languages(Language.EN)
          .zone(LONDON)
          .formality(Formality.FORMAL)
          .channel(Channel.WHATSAPP)
          .build();

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

  static Map<String, Contact> contactsById() {
    return contacts().stream().collect(Collectors.toMap(Contact::id, Function.identity()));
  }

  static List<KnownEvent> events() {
    return List.of(CLOUD, RAG);
  }

  static Map<String, KnownEvent> eventsById() {
    return events().stream()
        .collect(Collectors.toMap(known -> known.event().id(), Function.identity()));
  }

  /**
   * What {@code writer} writes for every fixture match, each with its event from {@code events}.
   */
  static List<Draft> draftAll(InvitationWriter writer, Map<String, KnownEvent> events) {
    Map<String, Contact> contacts = contactsById();
    List<Draft> drafts = new ArrayList<>();
    for (Match match : matches()) {
      drafts.addAll(
          writer.write(match, events.get(match.eventId()), contacts.get(match.contactId()), WEEK));
    }
    return drafts;
  }
}
