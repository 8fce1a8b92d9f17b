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
  static final String NO_TITLE = "no title: nothing to invite anyone to";

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
    // Parsers give empty strings for missing text, but a null must not stop a run either.
    String title = Objects.requireNonNullElse(raw.title(), "").strip();
    String description = Objects.requireNonNullElse(raw.description(), "");
    String text = title + "\n" + description;
    String foldedTitle = TextFolder.fold(title);
    String folded = TextFolder.fold(text);
    Delivery delivery = DeliveryRules.delivery(folded, raw.start().isPresent());
    boolean onDemand = delivery == Delivery.ON_DEMAND;
    if (title.isEmpty()) {
      return reject(raw, NO_TITLE);
    }
    if (raw.start().isEmpty() && !onDemand) {
      return reject(raw, NO_DATE);
    }
    // A recording is watched whenever suits: the date a page gives it is when it was recorded.
    Optional<EventTime> time = onDemand ? Optional.empty() : raw.start();
    Optional<ZonedDateTime> start = time.map(at -> at.resolve(fallbackZone));

    Set<EventKind> found = KindRules.kinds(raw.types(), foldedTitle, folded);
    String evidence = folded + " " + TextFolder.fold(raw.location().orElse(""));
    Optional<String> platform =
        PlatformRules.platform(raw.joinUrl(), raw.location(), raw.url(), text);
    Attendance attendance =
        AttendanceRules.attendance(
            raw.attendance(), raw.joinUrl(), raw.location(), platform, found, evidence);
    if (onDemand) {
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

    Optional<Instant> startsAt = start.map(ZonedDateTime::toInstant);
    Optional<Instant> endsAt =
        startsAt.map(
            at ->
                raw.end()
                    .map(e -> e.resolve(start.get().getZone()).toInstant())
                    .filter(ends -> ends.isAfter(at))
                    .orElseGet(() -> NotEventRules.assumedEnd(at)));
    PriceRules.Cost cost = PriceRules.cost(raw.free(), raw.price(), text);
    NotEventRules.Evidence facts =
        new NotEventRules.Evidence(
            KindRules.namesKind(raw.types(), foldedTitle),
            raw.joinUrl().isPresent() || platform.isPresent(),
            AttendanceRules.placed(raw.location()),
            AttendanceRules.firm(raw.attendance(), raw.joinUrl(), raw.location(), platform, folded),
            cost.free().isPresent() || cost.price().isPresent(),
            onDemand,
            raw.url(),
            raw.published(),
            startsAt,
            endsAt);
    NotEventRules.Verdict verdict = NotEventRules.weigh(foldedTitle, folded, facts);
    if (verdict.rejection().isPresent()) {
      return reject(raw, verdict.rejection().get() + "; weighed " + verdict.evidence());
    }

    Optional<ZonedDateTime> end = start.flatMap(at -> raw.end().map(e -> e.resolve(at.getZone())));
    Optional<URI> url = raw.url().map(UrlCanonicalizer::clean);
    String id =
        IdDeriver.derive(
            raw.url(), raw.uid(), title, raw.start().map(at -> at.local().toLocalDate()));
    Event event =
        new Event(
            id,
            title,
            description.strip(),
            url,
            start,
            end,
            time.map(EventTime::allDay).orElse(false),
            time.map(EventTime::zoneStated).orElse(false),
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
