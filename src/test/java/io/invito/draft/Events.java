package io.invito.draft;

import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Copies of a fixture event with one thing changed, as the store would hand them over. */
final class Events {

  private Events() {}

  private static KnownEvent change(
      KnownEvent known, UnaryOperator<Event> change, Optional<ZonedDateTime> previousStart) {
    return new KnownEvent(
        change.apply(known.event()),
        known.firstSeen(),
        known.lastChanged(),
        previousStart,
        known.previousStatus());
  }

  static KnownEvent titled(KnownEvent known, String title) {
    return change(
        known,
        e ->
            new Event(
                e.id(),
                title,
                e.description(),
                e.url(),
                e.start(),
                e.end(),
                e.allDay(),
                e.zoneStated(),
                e.kinds(),
                e.attendance(),
                e.platform(),
                e.delivery(),
                e.interactive(),
                e.language(),
                e.free(),
                e.price(),
                e.organizer(),
                e.location(),
                e.status(),
                e.topics(),
                e.sources(),
                e.uid()),
        known.previousStart());
  }

  static KnownEvent with(KnownEvent known, EventStatus status) {
    return change(
        known,
        e ->
            new Event(
                e.id(),
                e.title(),
                e.description(),
                e.url(),
                e.start(),
                e.end(),
                e.allDay(),
                e.zoneStated(),
                e.kinds(),
                e.attendance(),
                e.platform(),
                e.delivery(),
                e.interactive(),
                e.language(),
                e.free(),
                e.price(),
                e.organizer(),
                e.location(),
                status,
                e.topics(),
                e.sources(),
                e.uid()),
        known.previousStart());
  }

  static KnownEvent allDay(KnownEvent known) {
    return change(
        known,
        e ->
            new Event(
                e.id(),
                e.title(),
                e.description(),
                e.url(),
                e.start(),
                Optional.empty(),
                true,
                e.zoneStated(),
                e.kinds(),
                e.attendance(),
                e.platform(),
                e.delivery(),
                e.interactive(),
                e.language(),
                e.free(),
                e.price(),
                e.organizer(),
                e.location(),
                e.status(),
                e.topics(),
                e.sources(),
                e.uid()),
        known.previousStart());
  }

  /** The event moved: the new start, the old one remembered as the store does. */
  static KnownEvent startingAt(KnownEvent known, ZonedDateTime start) {
    return change(
        known,
        e ->
            new Event(
                e.id(),
                e.title(),
                e.description(),
                e.url(),
                start,
                e.end().map(end -> start.plus(java.time.Duration.between(e.start(), end))),
                e.allDay(),
                e.zoneStated(),
                e.kinds(),
                e.attendance(),
                e.platform(),
                e.delivery(),
                e.interactive(),
                e.language(),
                e.free(),
                e.price(),
                e.organizer(),
                e.location(),
                e.status(),
                e.topics(),
                e.sources(),
                e.uid()),
        Optional.of(known.event().start()));
  }

  static KnownEvent described(KnownEvent known, String description, String organizer) {
    return change(
        known,
        e ->
            new Event(
                e.id(),
                e.title(),
                description,
                e.url(),
                e.start(),
                e.end(),
                e.allDay(),
                e.zoneStated(),
                e.kinds(),
                e.attendance(),
                e.platform(),
                e.delivery(),
                e.interactive(),
                e.language(),
                e.free(),
                e.price(),
                Optional.of(organizer),
                e.location(),
                e.status(),
                e.topics(),
                e.sources(),
                e.uid()),
        known.previousStart());
  }
}
