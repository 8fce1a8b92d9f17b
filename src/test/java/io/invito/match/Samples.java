package io.invito.match;

import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Formality;
import io.invito.testing.EventBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Events and contacts for matcher tests, with only the fields a test cares about spelled out. */
final class Samples {
  static final ZoneId ROME = EventBuilder.ROME;

  /** Tuesday 1 December 2026, 10:00 in Rome. */
  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  /** Thursday 3 December 2026, 18:00 in Rome: well within the lead time and the horizon. */
  static final ZonedDateTime THURSDAY_EVENING = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, ROME);

  private Samples() {}

  /** An online Italian webinar on Zoom, free, on {@link #THURSDAY_EVENING}. */
  static EventBuilder event(String id, String title) {
    return EventBuilder.webinar()
        .id(id)
        .title(title)
        .start(THURSDAY_EVENING)
        .platform("Zoom")
        .free(true);
  }

  static ContactSample contact(String id, String... interests) {
    return new ContactSample(id, List.of(interests));
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
