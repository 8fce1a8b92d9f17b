package io.invito.event;

import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import io.invito.model.Rejection;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Judges one raw item: rejects what is not an event (no date, a job post, a recap, an article) and
 * describes what is: kinds, attendance, platform, live or recorded, interactive, language, price
 * and topics. The rules live in small vocabulary tables, one class per question.
 */
public final class Classifier {
  static final String NO_DATE = "no event date found";

  private final TopicTaxonomy taxonomy;

  /** A classifier whose topics are the events' keywords alone. */
  public Classifier() {
    this(TopicTaxonomy.NONE);
  }

  /** A classifier that also files events under the owner's topic names. */
  public Classifier(TopicTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /**
   * Judges the item.
   *
   * @param fallbackZone the zone a time with no stated zone is read in: the source's, else the
   *     owner's
   */
  public Judgement classify(RawEvent raw, ZoneId fallbackZone) {
    if (raw.start().isEmpty()) {
      return reject(raw, NO_DATE);
    }
    EventTime time = raw.start().get();
    ZonedDateTime start = time.resolve(fallbackZone);
    // Parsers give empty strings for missing text, but a null must not stop a run either.
    String title = Objects.requireNonNullElse(raw.title(), "").strip();
    String description = Objects.requireNonNullElse(raw.description(), "");
    String text = title + "\n" + description;
    String foldedTitle = TextFolder.fold(title);
    String folded = TextFolder.fold(text);

    Set<EventKind> found = KindRules.kinds(raw.types(), foldedTitle, folded);
    String evidence = folded + " " + TextFolder.fold(raw.location().orElse(""));
    Optional<String> platform =
        PlatformRules.platform(raw.joinUrl(), raw.location(), raw.url(), text);
    Attendance attendance =
        AttendanceRules.attendance(
            raw.attendance(), raw.joinUrl(), raw.location(), platform, found, evidence);
    Delivery delivery = DeliveryRules.delivery(folded);
    if (delivery == Delivery.ON_DEMAND && attendance == Attendance.UNKNOWN) {
      // A recording to watch whenever is watched online.
      attendance = Attendance.ONLINE;
    }
    Set<EventKind> kinds =
        KindRules.complete(
            found,
            folded,
            attendance,
            platform,
            platform.filter(PlatformRules::streams).isPresent());

    Instant startsAt = start.toInstant();
    Instant endsAt =
        raw.end()
            .map(e -> e.resolve(start.getZone()).toInstant())
            .filter(at -> at.isAfter(startsAt))
            .orElseGet(() -> NotEventRules.assumedEnd(startsAt));
    NotEventRules.Evidence facts =
        new NotEventRules.Evidence(
            KindRules.namesKind(raw.types(), foldedTitle),
            raw.joinUrl().isPresent() || platform.isPresent(),
            AttendanceRules.placed(raw.location()),
            delivery == Delivery.ON_DEMAND,
            raw.url(),
            raw.published(),
            startsAt,
            endsAt);
    Optional<String> notEvent = NotEventRules.rejectReason(foldedTitle, folded, facts);
    if (notEvent.isPresent()) {
      return reject(raw, notEvent.get());
    }

    ZoneId zone = start.getZone();
    Optional<ZonedDateTime> end = raw.end().map(e -> e.resolve(zone));
    PriceRules.Cost cost = PriceRules.cost(raw.free(), raw.price(), text);
    Optional<URI> url = raw.url().map(UrlCanonicalizer::clean);
    String id = IdDeriver.derive(raw.url(), raw.uid(), title, time.local().toLocalDate());
    Event event =
        new Event(
            id,
            title,
            description.strip(),
            url,
            start,
            end,
            time.allDay(),
            time.zoneStated(),
            kinds,
            attendance,
            platform,
            delivery,
            DeliveryRules.interactive(folded),
            LanguageGuess.language(raw.language(), text),
            cost.free(),
            cost.price(),
            raw.organizer().map(String::strip).filter(name -> !name.isEmpty()),
            raw.location().map(String::strip).filter(where -> !where.isEmpty()),
            raw.status(),
            taxonomy.topics(title, description),
            List.of(raw.sourceId()),
            raw.uid());
    return new Judgement.Accepted(event, raw.provenance());
  }

  private static Judgement reject(RawEvent raw, String reason) {
    return new Judgement.Rejected(new Rejection(raw.sourceId(), raw.title(), raw.url(), reason));
  }
}
