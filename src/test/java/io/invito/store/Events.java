package io.invito.store;

import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test events with every field filled, and copies with one field changed. */
final class Events {
  static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private Events() {}

  static Event event(String id, ZonedDateTime start) {
    return new Event(
        id,
        "Webinar: AI per le PMI " + id,
        "Un pomeriggio con i nostri esperti.",
        Optional.of(URI.create("https://example.it/eventi/" + id)),
        start,
        Optional.of(start.plusHours(1).plusMinutes(30)),
        false,
        true,
        Set.of(EventKind.WEBINAR, EventKind.PRESENTATION),
        Attendance.ONLINE,
        Optional.of("Zoom"),
        Delivery.LIVE_AND_RECORDED,
        true,
        Optional.of("it"),
        Optional.of(true),
        Optional.empty(),
        Optional.of("Acme Formazione"),
        Optional.empty(),
        EventStatus.SCHEDULED,
        List.of("intelligenza", "artificiale", "pmi"),
        List.of("rss"),
        Optional.of(id + "@example.it"));
  }

  static Event withStart(Event e, ZonedDateTime start) {
    return new Event(
        e.id(),
        e.title(),
        e.description(),
        e.url(),
        start,
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
        e.uid());
  }

  static Event withStatus(Event e, EventStatus status) {
    return new Event(
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
        e.uid());
  }

  static Event withSources(Event e, List<String> sources) {
    return new Event(
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
        e.status(),
        e.topics(),
        sources,
        e.uid());
  }

  static Event withDescription(Event e, String description) {
    return new Event(
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
        e.organizer(),
        e.location(),
        e.status(),
        e.topics(),
        e.sources(),
        e.uid());
  }

  /** The event held in a place, in person only. */
  static Event inPerson(Event e, String place) {
    return new Event(
        e.id(),
        e.title(),
        e.description(),
        e.url(),
        e.start(),
        e.end(),
        e.allDay(),
        e.zoneStated(),
        e.kinds(),
        Attendance.OFFLINE,
        Optional.empty(),
        e.delivery(),
        e.interactive(),
        e.language(),
        e.free(),
        e.price(),
        e.organizer(),
        Optional.of(place),
        e.status(),
        e.topics(),
        e.sources(),
        e.uid());
  }

  /** The event as a source that gives neither a UID nor a place would carry it. */
  static Event withoutUidAndLocation(Event e) {
    return new Event(
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
        Optional.empty(),
        e.status(),
        e.topics(),
        e.sources(),
        Optional.empty());
  }

  /** An event with every optional field empty and an offset (not a region) for its zone. */
  static Event sparse(String id, ZonedDateTime start) {
    return new Event(
        id,
        "Meetup",
        "",
        Optional.empty(),
        start,
        Optional.empty(),
        true,
        false,
        Set.of(),
        Attendance.UNKNOWN,
        Optional.empty(),
        Delivery.UNKNOWN,
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        EventStatus.SCHEDULED,
        List.of(),
        List.of("ics"),
        Optional.empty());
  }
}
