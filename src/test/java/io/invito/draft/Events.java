package io.invito.draft;

import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import io.invito.testing.EventBuilder;
import java.time.Duration;
import java.time.ZonedDateTime;

/** Copies of a fixture event with one thing changed, as the store would hand them over. */
final class Events {

  private Events() {}

  static KnownEvent titled(KnownEvent known, String title) {
    return changed(known, EventBuilder.from(known.event()).title(title).build());
  }

  static KnownEvent with(KnownEvent known, EventStatus status) {
    return changed(known, EventBuilder.from(known.event()).status(status).build());
  }

  static KnownEvent allDay(KnownEvent known) {
    return changed(known, EventBuilder.from(known.event()).allDay(true).end(null).build());
  }

  /** The event moved: the new start, the old one remembered as the store does. */
  static KnownEvent startingAt(KnownEvent known, ZonedDateTime start) {
    Event before = known.event();
    Event moved =
        EventBuilder.from(before)
            .start(start)
            .end(
                before
                    .end()
                    .map(end -> start.plus(Duration.between(before.requireStart(), end)))
                    .orElse(null))
            .build();
    return new KnownEvent(
        moved, known.firstSeen(), known.lastChanged(), before.start(), known.previousStatus());
  }

  private static KnownEvent changed(KnownEvent known, Event event) {
    return new KnownEvent(
        event,
        known.firstSeen(),
        known.lastChanged(),
        known.previousStart(),
        known.previousStatus());
  }
}
