package io.invito.model;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One real opportunity, judged and normalised, stored once however many sources carry it.
 *
 * @param id stable identifier derived from the canonical URL or UID (the store's key)
 * @param start the start in the zone it happens in (stated, else the source's, else the owner's);
 *     empty for an on-demand recording or course, which is watched whenever suits
 * @param zoneStated whether the source stated the zone or invito inferred it
 * @param platform the online platform when known: Zoom, Microsoft Teams, YouTube Live, ...
 * @param interactive whether it offers chat, Q&amp;A, polls or networking time
 * @param language {@code it}, {@code en}, {@code other}, or empty when unknown
 * @param sources the ids of every source that carries it
 */
public record Event(
    String id,
    String title,
    String description,
    Optional<URI> url,
    Optional<ZonedDateTime> start,
    Optional<ZonedDateTime> end,
    boolean allDay,
    boolean zoneStated,
    Set<EventKind> kinds,
    Attendance attendance,
    Optional<String> platform,
    Delivery delivery,
    boolean interactive,
    Optional<String> language,
    Optional<Boolean> free,
    Optional<String> price,
    Optional<String> organizer,
    Optional<String> location,
    EventStatus status,
    List<String> topics,
    List<String> sources,
    Optional<String> uid) {

  public Event {
    kinds = Set.copyOf(kinds);
    topics = List.copyOf(topics);
    sources = List.copyOf(sources);
  }

  /** Whether it is watched whenever suits, with no start: a recording or a video course. */
  public boolean onDemand() {
    return start.isEmpty();
  }

  /** The start of a dated event; an on-demand one has none, and asking for it is a bug. */
  public ZonedDateTime requireStart() {
    return start.orElseThrow(
        () -> new IllegalStateException("event " + id + " is on demand and has no start"));
  }

  public boolean cancelled() {
    return status == EventStatus.CANCELLED;
  }

  /** The same event under another id: the event stage derives ids once events are merged. */
  public Event withId(String newId) {
    return new Event(
        newId,
        title,
        description,
        url,
        start,
        end,
        allDay,
        zoneStated,
        kinds,
        attendance,
        platform,
        delivery,
        interactive,
        language,
        free,
        price,
        organizer,
        location,
        status,
        topics,
        sources,
        uid);
  }

  /** The same event carried by other sources: the store adds the sources a new sighting names. */
  public Event withSources(List<String> newSources) {
    return new Event(
        id,
        title,
        description,
        url,
        start,
        end,
        allDay,
        zoneStated,
        kinds,
        attendance,
        platform,
        delivery,
        interactive,
        language,
        free,
        price,
        organizer,
        location,
        status,
        topics,
        newSources,
        uid);
  }
}
