package io.invito.model;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A stored event as a list of events shows it, with what the keep rules look at besides its text:
 * the store reads it from listing columns of its own, without the event's whole document (reading
 * and decoding 10,000 documents was most of {@code events list}).
 *
 * @param url the event's page, as written (a list prints it, nothing parses it)
 * @param start the start as an instant; empty for an on-demand event
 * @param previousStart the start before the last reschedule, if it was rescheduled
 */
public record ListedEvent(
    String id,
    String title,
    Optional<String> url,
    Optional<Instant> start,
    Set<EventKind> kinds,
    Attendance attendance,
    EventStatus status,
    List<String> sources,
    Optional<ZonedDateTime> previousStart) {

  public ListedEvent {
    kinds = Set.copyOf(kinds);
    sources = List.copyOf(sources);
  }

  /** What a list shows of an event read whole. */
  public static ListedEvent of(KnownEvent known) {
    Event event = known.event();
    return new ListedEvent(
        event.id(),
        event.title(),
        event.url().map(URI::toString),
        event.start().map(ZonedDateTime::toInstant),
        event.kinds(),
        event.attendance(),
        event.status(),
        event.sources(),
        known.previousStart());
  }

  /** As {@link KnownEvent#rescheduled()}: dated again, at another time than before. */
  public boolean rescheduled() {
    return previousStart.isPresent()
        && start.filter(instant -> !instant.equals(previousStart.get().toInstant())).isPresent();
  }
}
