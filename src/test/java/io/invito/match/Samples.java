package io.invito.match;

import io.invito.config.Language;
import io.invito.model.Attendance;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.model.Formality;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Events and contacts for matcher tests, with only the fields a test cares about spelled out. */
final class Samples {
  static final ZoneId ROME = ZoneId.of("Europe/Rome");

  /** Tuesday 1 December 2026, 10:00 in Rome. */
  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  /** Thursday 3 December 2026, 18:00 in Rome: well within the lead time and the horizon. */
  static final ZonedDateTime THURSDAY_EVENING = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, ROME);

  private Samples() {}

  static EventSample event(String id, String title) {
    return new EventSample(id, title);
  }

  static ContactSample contact(String id, String... interests) {
    return new ContactSample(id, List.of(interests));
  }

  /** An event under construction. */
  static final class EventSample {
    private final String id;
    private final String title;
    private String description = "";
    private List<String> topics = List.of();
    private Optional<String> language = Optional.of("it");
    private Optional<String> organizer = Optional.empty();
    private ZonedDateTime start = THURSDAY_EVENING;
    private boolean allDay;
    private EventStatus status = EventStatus.SCHEDULED;

    private EventSample(String id, String title) {
      this.id = id;
      this.title = title;
    }

    EventSample description(String text) {
      description = text;
      return this;
    }

    EventSample topics(String... values) {
      topics = List.of(values);
      return this;
    }

    EventSample language(String code) {
      language = Optional.ofNullable(code);
      return this;
    }

    EventSample organizer(String name) {
      organizer = Optional.of(name);
      return this;
    }

    EventSample start(ZonedDateTime time) {
      start = time;
      return this;
    }

    EventSample allDay() {
      allDay = true;
      start = start.toLocalDate().atStartOfDay(start.getZone());
      return this;
    }

    EventSample status(EventStatus value) {
      status = value;
      return this;
    }

    Event build() {
      return new Event(
          id,
          title,
          description,
          Optional.empty(),
          start,
          Optional.empty(),
          allDay,
          true,
          Set.of(EventKind.WEBINAR),
          Attendance.ONLINE,
          Optional.of("Zoom"),
          Delivery.LIVE,
          false,
          language,
          Optional.of(true),
          Optional.empty(),
          organizer,
          Optional.empty(),
          status,
          topics,
          List.of("test"),
          Optional.empty());
    }
  }

  /** A contact under construction. */
  static final class ContactSample {
    private final String id;
    private final List<String> interests;
    private List<Language> languages = List.of(Language.IT);
    private ZoneId zone = ROME;
    private Optional<String> role = Optional.empty();
    private Optional<String> company = Optional.empty();
    private Optional<String> notes = Optional.empty();
    private boolean optOut;

    private ContactSample(String id, List<String> interests) {
      this.id = id;
      this.interests = new ArrayList<>(interests);
    }

    ContactSample languages(Language... values) {
      languages = List.of(values);
      return this;
    }

    ContactSample zone(String zoneId) {
      zone = ZoneId.of(zoneId);
      return this;
    }

    ContactSample role(String value) {
      role = Optional.of(value);
      return this;
    }

    ContactSample company(String value) {
      company = Optional.of(value);
      return this;
    }

    ContactSample notes(String value) {
      notes = Optional.of(value);
      return this;
    }

    ContactSample optedOut() {
      optOut = true;
      return this;
    }

    Contact build() {
      return new Contact(
          id,
          id,
          "",
          Optional.empty(),
          Optional.of(id + "@example.com"),
          company,
          role,
          interests,
          languages,
          zone,
          Formality.INFORMAL,
          Channel.EMAIL,
          optOut,
          notes);
    }
  }
}
