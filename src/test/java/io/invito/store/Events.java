package io.invito.store;

import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.testing.EventBuilder;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Test events with every field filled, and copies with one field changed. */
final class Events {
  static final ZoneId ROME = EventBuilder.ROME;

  private Events() {}

  static Event event(String id, ZonedDateTime start) {
    return EventBuilder.webinar()
        .id(id)
        .title("Webinar: AI per le PMI " + id)
        .description("Un pomeriggio con i nostri esperti.")
        .url("https://example.it/eventi/" + id)
        .start(start)
        .end(start.plusHours(1).plusMinutes(30))
        .kinds(EventKind.WEBINAR, EventKind.PRESENTATION)
        .platform("Zoom")
        .delivery(Delivery.LIVE_AND_RECORDED)
        .interactive(true)
        .free(true)
        .organizer("Acme Formazione")
        .topics("intelligenza", "artificiale", "pmi")
        .sources("rss")
        .uid(id + "@example.it")
        .build();
  }

  static Event withStart(Event event, ZonedDateTime start) {
    return EventBuilder.from(event).start(start).build();
  }

  static Event withStatus(Event event, EventStatus status) {
    return EventBuilder.from(event).status(status).build();
  }

  static Event withSources(Event event, List<String> sources) {
    return EventBuilder.from(event).sources(sources).build();
  }

  static Event withDescription(Event event, String description) {
    return EventBuilder.from(event).description(description).build();
  }

  /** The event held in a place, in person only. */
  static Event inPerson(Event event, String place) {
    return EventBuilder.from(event)
        .attendance(Attendance.OFFLINE)
        .platform(null)
        .location(place)
        .build();
  }

  /** The event as a source that gives neither a UID nor a place would carry it. */
  static Event withoutUidAndLocation(Event event) {
    return EventBuilder.from(event).uid(null).location(null).build();
  }

  /** An event with every optional field empty and an offset (not a region) for its zone. */
  static Event sparse(String id, ZonedDateTime start) {
    return EventBuilder.webinar()
        .id(id)
        .title("Meetup")
        .start(start)
        .allDay(true)
        .zoneStated(false)
        .kinds()
        .attendance(Attendance.UNKNOWN)
        .delivery(Delivery.UNKNOWN)
        .language(null)
        .sources("ics")
        .build();
  }
}
