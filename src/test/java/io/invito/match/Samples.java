package io.invito.match;

import io.invito.testing.ContactBuilder;
import io.invito.testing.EventBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Events and contacts for matcher tests, with only the fields a test cares about spelled out. */
final class Samples {
  static final ZoneId ROME = EventBuilder.ROME;

  /** Tuesday 1 December 2026, 10:00 in Rome. */
  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  /** Thursday 3 December 2026, 18:00 in Rome: well within the lead time and the horizon. */
  static final ZonedDateTime THURSDAY_EVENING = EventBuilder.NEXT_WEEK;

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

  /** An Italian contact in Rome with these interests; see {@link ContactBuilder} for the rest. */
  static ContactBuilder contact(String id, String... interests) {
    return ContactBuilder.italian().id(id).interests(interests);
  }
}
