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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges the copies of one event field by field: the copy that stated its zone leads (its time is
 * the one to trust), the longest description wins, a known value beats an unknown one, and every
 * source, kind and topic is kept.
 */
final class EventMerger {
  private static final int MAX_TOPICS = 8;

  private EventMerger() {}

  static Event merge(List<Event> copies) {
    if (copies.size() == 1) {
      return copies.get(0);
    }
    List<Event> ranked = new ArrayList<>(copies);
    // Stable: among copies that stated their zone (or that did not), the first read leads.
    ranked.sort(Comparator.comparing(event -> !event.zoneStated()));
    Event lead = ranked.get(0);

    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    Set<String> topics = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    for (Event copy : ranked) {
      kinds.addAll(copy.kinds());
      topics.addAll(copy.topics());
    }
    copies.forEach(copy -> sources.addAll(copy.sources()));
    String description = ranked.stream().map(Event::description)
        .max(Comparator.comparingInt(String::length)).orElse("");
    return new Event(
        id(copies),
        lead.title(),
        description,
        first(ranked, Event::url),
        lead.start(),
        first(ranked, Event::end).map(end -> end.withZoneSameInstant(lead.start().getZone())),
        ranked.stream().allMatch(Event::allDay),
        lead.zoneStated(),
        kinds,
        ranked.stream().map(Event::attendance)
            .filter(attendance -> attendance != Attendance.UNKNOWN)
            .findFirst().orElse(Attendance.UNKNOWN),
        first(ranked, Event::platform),
        delivery(ranked),
        ranked.stream().anyMatch(Event::interactive),
        first(ranked, Event::language),
        first(ranked, Event::free),
        first(ranked, Event::price),
        first(ranked, Event::organizer),
        first(ranked, Event::location),
        // A cancellation or a move seen by one source is news the others have not caught up with.
        ranked.stream().map(Event::status).filter(status -> status != EventStatus.SCHEDULED)
            .findFirst().orElse(EventStatus.SCHEDULED),
        topics.stream().limit(MAX_TOPICS).toList(),
        List.copyOf(sources),
        first(ranked, Event::uid));
  }

  static Event withId(Event event, String id) {
    return new Event(id, event.title(), event.description(), event.url(), event.start(),
        event.end(), event.allDay(), event.zoneStated(), event.kinds(), event.attendance(),
        event.platform(), event.delivery(), event.interactive(), event.language(), event.free(),
        event.price(), event.organizer(), event.location(), event.status(), event.topics(),
        event.sources(), event.uid());
  }

  /**
   * The id must not depend on which source was read first: an id from a URL is preferred (every
   * copy of a page shares it), then the smallest.
   */
  private static String id(List<Event> copies) {
    return copies.stream()
        .min(Comparator.comparing((Event event) -> event.url().isEmpty())
            .thenComparing(Event::id))
        .map(Event::id)
        .orElseThrow();
  }

  /** "Recording available" said by one copy is more than "live" said by another. */
  private static Delivery delivery(List<Event> ranked) {
    if (ranked.stream().anyMatch(event -> event.delivery() == Delivery.LIVE_AND_RECORDED)) {
      return Delivery.LIVE_AND_RECORDED;
    }
    return ranked.stream().map(Event::delivery).filter(delivery -> delivery != Delivery.UNKNOWN)
        .findFirst().orElse(Delivery.UNKNOWN);
  }

  private static <T> Optional<T> first(List<Event> ranked, Function<Event, Optional<T>> field) {
    return ranked.stream().map(field).flatMap(Optional::stream).findFirst();
  }
}
