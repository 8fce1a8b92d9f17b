package io.invito.digest;

import io.invito.config.Language;
import io.invito.config.Owner;
import io.invito.model.Attendance;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Reason;
import io.invito.model.SourceHealth;
import io.invito.model.Week;
import io.invito.testing.ContactBuilder;
import io.invito.testing.EventBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** A fixed week of events, contacts and sources, the same on every run, for digest tests. */
final class DigestFixtures {
  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Week WEEK = Week.parse("2026-W49");
  static final Instant GENERATED = Instant.parse("2026-11-28T08:00:00Z");
  static final Instant PREVIOUS = Instant.parse("2026-11-21T08:00:00Z");

  private DigestFixtures() {}

  static Owner owner(Language language) {
    return new Owner("Laura Bianchi", "laura@example.org", "Laura", language, ROME);
  }

  /** An event of this week: an hour and a half long; the digest reads nothing else by default. */
  static EventBuilder event(String id, ZonedDateTime start) {
    return EventBuilder.webinar().id(id).start(start).end(start.plusMinutes(90));
  }

  static KnownEvent known(
      Event event, String firstSeen, String lastChanged, ZonedDateTime previousStart) {
    return new KnownEvent(
        event,
        Instant.parse(firstSeen),
        Instant.parse(lastChanged),
        Optional.ofNullable(previousStart),
        Optional.empty());
  }

  static Digest.Suggestion suggest(
      Contact contact, KnownEvent event, double score, List<Reason> reasons, String... drafts) {
    return Digest.Suggestion.ofFiles(
        contact,
        new Match(event.event().id(), contact.id(), score, reasons),
        List.of(drafts).stream().map(Path::of).toList());
  }

  static final Contact MARCO =
      ContactBuilder.italian()
          .id("marco-rossi")
          .name("Marco", "Rossi")
          .phone("+393471234567")
          .channel(Channel.WHATSAPP)
          .build();
  static final Contact ANNA =
      ContactBuilder.italian()
          .id("anna-taylor")
          .name("Anna", "Taylor")
          .languages(Language.EN)
          .build();
  static final Contact GIULIA =
      ContactBuilder.italian().id("giulia-verdi").name("Giulia", "Verdi").build();

  static final KnownEvent CLOUD =
      known(
          event("ev-cloud-security", LocalDateTime.of(2026, 12, 3, 18, 0).atZone(ROME))
              .title("Sicurezza nel cloud: difendersi dal ransomware")
              .description(
                  "Un'ora con esperti del settore su backup, segmentazione e risposta agli"
                      + " incidenti. Porta le tue domande: la seconda mezz'ora è dedicata al Q&A con"
                      + " i relatori, e la registrazione sarà inviata a tutti gli iscritti nei"
                      + " giorni successivi insieme alle slide e a una lista di letture consigliate"
                      + " per approfondire i temi trattati durante l'incontro, dalla progettazione"
                      + " dei backup immutabili alla gestione della crisi.")
              .url("https://example.org/eventi/cloud-security")
              .platform("Zoom")
              .delivery(Delivery.LIVE_AND_RECORDED)
              .interactive(true)
              .free(true)
              .organizer("Clusit")
              .sources("clusit-feed", "eventbrite-it")
              .build(),
          "2026-11-25T10:00:00Z",
          "2026-11-25T10:00:00Z",
          null);

  static final KnownEvent RAG =
      known(
          event("ev-rag-workshop", LocalDateTime.of(2026, 12, 2, 17, 0).atZone(LONDON))
              .title("Hands-on workshop: retrieval-augmented generation for regulated industries")
              .description("A practical afternoon on retrieval, evaluation and governance.")
              .url("https://example.org/workshops/rag?utm_source=feed&ref=(weekly)")
              .kinds(EventKind.WORKSHOP, EventKind.COURSE)
              .attendance(Attendance.MIXED)
              .platform("Microsoft Teams")
              .language("en")
              .free(false)
              .price("£45")
              .organizer("Data Guild")
              .location("Impact Hub, London")
              .status(EventStatus.RESCHEDULED)
              .sources("data-guild-ics")
              .build(),
          "2026-11-10T10:00:00Z",
          "2026-11-27T10:00:00Z",
          LocalDateTime.of(2026, 12, 1, 17, 0).atZone(LONDON));

  static final KnownEvent DEMO =
      known(
          event("ev-product-demo", LocalDateTime.of(2026, 12, 3, 11, 0).atZone(ROME))
              .title("Presentazione prodotto: la nuova console di monitoraggio")
              .kinds(EventKind.PRESENTATION)
              .platform("YouTube Live")
              .delivery(Delivery.ON_DEMAND)
              .sources("vendor-news")
              .build(),
          "2026-11-26T10:00:00Z",
          "2026-11-26T10:00:00Z",
          null);

  static final KnownEvent MEETUP =
      known(
          event("ev-meetup", LocalDateTime.of(2026, 12, 4, 19, 0).atZone(ROME))
              .title("Meetup DevOps Milano")
              .description("Talk e networking.")
              .url("ftp://example.org/meetup")
              .kinds(EventKind.MEETUP)
              .attendance(Attendance.OFFLINE)
              .delivery(Delivery.UNKNOWN)
              .interactive(true)
              .language(null)
              .free(true)
              .organizer("DevOps Milano")
              .location("Talent Garden, Milano")
              .status(EventStatus.CANCELLED)
              .sources("meetup-devops")
              .build(),
          "2026-11-01T10:00:00Z",
          "2026-11-24T10:00:00Z",
          null);

  static Digest.Entry cloudEntry() {
    return new Digest.Entry(
        CLOUD,
        List.of(
            // Marco's drafts were read back, so his links carry their text.
            new Digest.Suggestion(
                MARCO,
                new Match(
                    CLOUD.event().id(),
                    MARCO.id(),
                    0.9,
                    List.of(
                        new Reason(
                            Reason.Kind.INTEREST, "sicurezza informatica", "sicurezza", "title"),
                        new Reason(Reason.Kind.INTEREST, "cloud", "cloud", "title"))),
                List.of(
                    new Digest.DraftFile(
                        Channel.EMAIL,
                        Path.of("invites/2026-W49/marco-rossi/ev-cloud-security.eml"),
                        Optional.of("Un evento sul cloud"),
                        "Ciao Marco,\nti segnalo «Sicurezza nel cloud».\n\nA presto,\nLaura\n"),
                    new Digest.DraftFile(
                        Channel.WHATSAPP,
                        Path.of("invites/2026-W49/marco-rossi/ev-cloud-security.whatsapp.txt"),
                        Optional.empty(),
                        "Ciao Marco! Giovedì c'è «Sicurezza nel cloud», ti interessa?\n"))),
            suggest(
                ANNA,
                CLOUD,
                0.6,
                List.of(new Reason(Reason.Kind.INTEREST, "backups", "backup", "description")),
                "invites/2026-W49/anna-taylor/ev-cloud-security.email.txt")));
  }

  static Digest.Entry ragEntry() {
    return new Digest.Entry(
        RAG,
        List.of(
            suggest(
                GIULIA,
                RAG,
                0.7,
                List.of(
                    new Reason(Reason.Kind.ROLE, "data scientist", "evaluation", "description")),
                "invites/2026-W49/giulia-verdi/ev-rag-workshop.email.txt")));
  }

  static List<SourceHealth> sources() {
    Instant last = Instant.parse("2026-11-27T06:00:00Z");
    return List.of(
        new SourceHealth(
            "clusit-feed",
            "https://example.org/feed.xml",
            SourceHealth.State.OK,
            Optional.of(last),
            Optional.of(last),
            Optional.empty(),
            0,
            Optional.empty(),
            4,
            false),
        new SourceHealth(
            "vendor-news",
            "https://vendor.example.com/news.rss",
            SourceHealth.State.FAILING,
            Optional.of(last),
            Optional.of(Instant.parse("2026-11-26T06:00:00Z")),
            Optional.of("HTTP 503 Service Unavailable"),
            1,
            Optional.empty(),
            2,
            false),
        new SourceHealth(
            "old-blog",
            "https://old.example.net/atom",
            SourceHealth.State.DEGRADED,
            Optional.of(last),
            Optional.empty(),
            Optional.of("connection timed out after 20 s"),
            4,
            Optional.empty(),
            0,
            false),
        new SourceHealth(
            "gone-site",
            "https://gone.example.org/events",
            SourceHealth.State.DISABLED,
            Optional.of(last),
            Optional.of(Instant.parse("2026-10-01T06:00:00Z")),
            Optional.of("HTTP 410 Gone"),
            12,
            Optional.empty(),
            0,
            false),
        new SourceHealth(
            "meetup-devops",
            "https://example.org/devops.ics",
            SourceHealth.State.OK,
            Optional.of(last),
            Optional.of(last),
            Optional.empty(),
            0,
            Optional.empty(),
            0,
            true));
  }

  static Digest digest(Language language) {
    return new Digest(
        WEEK,
        owner(language),
        GENERATED,
        List.of(
            cloudEntry(),
            ragEntry(),
            new Digest.Entry(DEMO, List.of()),
            new Digest.Entry(MEETUP, List.of())),
        sources(),
        PREVIOUS);
  }

  static Digest empty(Language language) {
    return new Digest(WEEK.next(), owner(language), GENERATED, List.of(), sources(), PREVIOUS);
  }
}
