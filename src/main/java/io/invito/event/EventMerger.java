package io.invito.event;

import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges the copies of one event field by field, each field from the copy that is surest of it: a
 * field a structured extractor gave (JSON-LD, microdata, iCalendar) beats one a feed gave, which
 * beats one read from prose; among equals, a copy that stated its zone beats one that did not, then
 * the copy read first. The longest description wins, every source and kind is kept, and the topics
 * are picked from the merged title and description.
 */
final class EventMerger {
  /** How far each extractor is trusted, by the name parsers record as provenance. */
  private static final Map<String, Integer> TRUST =
      Map.of(
          "json-ld",
          3,
          "microdata",
          3,
          "ics",
          3,
          "rss",
          2,
          "atom",
          2,
          "html",
          2,
          "meta",
          2,
          "text",
          1);

  /** One copy of an event with the provenance of its fields. */
  record Copy(Event event, Map<String, String> provenance) {
    int trust(String field) {
      return Optional.ofNullable(provenance.get(field))
          .map(by -> TRUST.getOrDefault(by, 1))
          .orElse(0);
    }
  }

  private EventMerger() {}

  static Event merge(List<Copy> copies, TopicTaxonomy taxonomy) {
    if (copies.size() == 1) {
      return copies.get(0).event();
    }
    List<Copy> byStart = ranked(copies, "start");
    Event lead = byStart.get(0).event();

    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    Set<String> sources = new LinkedHashSet<>();
    byStart.forEach(copy -> kinds.addAll(copy.event().kinds()));
    copies.forEach(copy -> sources.addAll(copy.event().sources()));
    List<Event> events = copies.stream().map(Copy::event).toList();
    String description =
        events.stream()
            .map(Event::description)
            .max(Comparator.comparingInt(String::length))
            .orElse("");
    String title = ranked(copies, "title").get(0).event().title();
    return new Event(
        id(events),
        title,
        description,
        first(copies, "url", Event::url),
        lead.start(),
        first(copies, "end", Event::end)
            .map(
                end ->
                    lead.start()
                        .map(start -> end.withZoneSameInstant(start.getZone()))
                        .orElse(end)),
        events.stream().allMatch(Event::allDay),
        lead.zoneStated(),
        kinds,
        ranked(copies, "attendance").stream()
            .map(copy -> copy.event().attendance())
            .filter(attendance -> attendance != Attendance.UNKNOWN)
            .findFirst()
            .orElse(Attendance.UNKNOWN),
        first(copies, "joinUrl", Event::platform),
        delivery(events),
        events.stream().anyMatch(Event::interactive),
        first(copies, "language", Event::language),
        first(copies, "free", Event::free),
        first(copies, "price", Event::price),
        first(copies, "organizer", Event::organizer),
        first(copies, "location", Event::location),
        // A cancellation or a move seen by one source is news the others have not caught up with.
        ranked(copies, "status").stream()
            .map(copy -> copy.event().status())
            .filter(status -> status != EventStatus.SCHEDULED)
            .findFirst()
            .orElse(EventStatus.SCHEDULED),
        // Picked again from the merged text, not united from the copies: a pass that misses one
        // source (it answered "not modified") must give the same topics.
        taxonomy.topics(title, description),
        List.copyOf(sources),
        first(copies, "uid", Event::uid));
  }

  /**
   * The copies, surest of the field first; a stated zone breaks ties (it is the time to trust),
   * then reading order, since the sort is stable.
   */
  private static List<Copy> ranked(List<Copy> copies, String field) {
    List<Copy> ranked = new ArrayList<>(copies);
    ranked.sort(
        Comparator.comparingInt((Copy copy) -> -copy.trust(field))
            .thenComparing(copy -> !copy.event().zoneStated()));
    return ranked;
  }

  /**
   * The id must not depend on which source was read first: an id from a URL is preferred (every
   * copy of a page shares it), then the smallest.
   */
  private static String id(List<Event> copies) {
    return copies.stream()
        .min(Comparator.comparing((Event event) -> event.url().isEmpty()).thenComparing(Event::id))
        .map(Event::id)
        .orElseThrow();
  }

  /** "Recording available" said by one copy is more than "live" said by another. */
  private static Delivery delivery(List<Event> events) {
    if (events.stream().anyMatch(event -> event.delivery() == Delivery.LIVE_AND_RECORDED)) {
      return Delivery.LIVE_AND_RECORDED;
    }
    return events.stream()
        .map(Event::delivery)
        .filter(delivery -> delivery != Delivery.UNKNOWN)
        .findFirst()
        .orElse(Delivery.UNKNOWN);
  }

  private static <T> Optional<T> first(
      List<Copy> copies, String field, Function<Event, Optional<T>> value) {
    return ranked(copies, field).stream()
        .map(copy -> value.apply(copy.event()))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
