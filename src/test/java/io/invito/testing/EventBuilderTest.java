package io.invito.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class EventBuilderTest {
  private static final ZonedDateTime LONDON_MORNING =
      ZonedDateTime.of(2027, 1, 14, 9, 30, 0, 0, ZoneId.of("Europe/London"));

  /** Every field differs from the defaults, so a field that from() forgot would show. */
  private static Event unlikeTheDefaults() {
    return EventBuilder.webinar()
        .id("ev-other")
        .title("Workshop in presenza")
        .description("Una giornata intera.")
        .url("https://example.org/w")
        .start(LONDON_MORNING)
        .end(LONDON_MORNING.plusHours(8))
        .allDay(true)
        .zoneStated(false)
        .kinds(EventKind.WORKSHOP, EventKind.COURSE)
        .attendance(Attendance.MIXED)
        .platform("Teams")
        .delivery(Delivery.ON_DEMAND)
        .interactive(true)
        .language("en")
        .free(false)
        .price("€90")
        .organizer("Acme")
        .location("Milano")
        .status(EventStatus.POSTPONED)
        .topics("excel", "dati")
        .sources("rss", "ics")
        .uid("w@example.org")
        .build();
  }

  @Test
  void copiesEveryFieldSoAnUnchangedCopyEqualsTheOriginal() {
    Event original = unlikeTheDefaults();

    assertThat(EventBuilder.from(original).build()).isEqualTo(original);
    assertThat(original).isNotEqualTo(EventBuilder.webinar().build());
  }

  @Test
  void changesOnlyTheFieldsACopySets() {
    Event original = unlikeTheDefaults();

    Event renamed = EventBuilder.from(original).title("Altro titolo").location(null).build();

    assertThat(renamed.title()).isEqualTo("Altro titolo");
    assertThat(renamed.location()).isEmpty();
    assertThat(EventBuilder.from(renamed).title(original.title()).location("Milano").build())
        .isEqualTo(original);
  }

  @Test
  void derivesTheIdFromFieldsSetAfterTheRule() {
    Event event =
        EventBuilder.webinar().idFrom(e -> e.uid().orElse("none")).uid("abc@example.org").build();

    assertThat(event.id()).isEqualTo("abc@example.org");
    assertThat(event.uid()).contains("abc@example.org");
  }

  @Test
  void knowsTheEventAsNeverMovedNorChangedInStatus() {
    Instant seen = Instant.parse("2026-11-25T10:00:00Z");
    Instant changed = Instant.parse("2026-11-27T10:00:00Z");

    KnownEvent known = EventBuilder.webinar().known(seen, changed);

    assertThat(known.event()).isEqualTo(EventBuilder.webinar().build());
    assertThat(known.firstSeen()).isEqualTo(seen);
    assertThat(known.lastChanged()).isEqualTo(changed);
    assertThat(known.previousStart()).isEmpty();
    assertThat(known.previousStatus()).isEmpty();
  }
}
