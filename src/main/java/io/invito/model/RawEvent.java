package io.invito.model;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One event as a parser read it from a feed item, a calendar entry or a page, before it is judged
 * (is it an event? what kind?) or merged with the same event seen elsewhere.
 *
 * @param sourceId the configured source it came from (or the file path for {@code extract})
 * @param uid the identifier the source gave it: RSS guid, Atom id, iCalendar UID, JSON-LD @id
 * @param url the event's own page
 * @param start when it starts, as written; empty when the source gave no event date
 * @param types structured types (schema.org {@code BusinessEvent}, iCalendar CATEGORIES, ...)
 * @param language the language code the source declared ({@code inLanguage}, {@code lang})
 * @param price the price as written; {@code free} is true when stated free, empty when unknown
 * @param published when the item was published (not when the event happens)
 * @param provenance for each field, the extractor that gave it: json-ld, ics, rss, text, ...
 */
public record RawEvent(
    String sourceId,
    Optional<String> uid,
    String title,
    String description,
    Optional<URI> url,
    Optional<EventTime> start,
    Optional<EventTime> end,
    Optional<String> location,
    Optional<URI> joinUrl,
    Attendance attendance,
    EventStatus status,
    List<String> types,
    Optional<String> language,
    Optional<String> organizer,
    Optional<Boolean> free,
    Optional<String> price,
    Optional<Instant> published,
    Map<String, String> provenance) {

  public RawEvent {
    types = List.copyOf(types);
    provenance = Map.copyOf(provenance);
  }
}
