package io.invito.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.testing.EventBuilder;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stored event document read back by the streaming reader, as the tree reader read it. */
class EventCodecTest {
  private static final ZonedDateTime START =
      ZonedDateTime.of(2026, 12, 9, 18, 0, 0, 0, Events.ROME);

  private final EventCodec codec = new EventCodec();

  @Test
  void readsBackEveryFieldItWrote() {
    Event full = Events.event("a", START);
    Event bare = EventBuilder.webinar().id("b").title("Registrazione").build();

    assertThat(codec.read(codec.write(full))).isEqualTo(full);
    assertThat(codec.read(codec.write(bare))).isEqualTo(bare);
  }

  @Test
  void readsADocumentWithFieldsItDoesNotKnowNullsAndRepeatsAsTheTreeDid() {
    String document =
        "{\"v\":1,\"id\":\"x\",\"title\":\"first\",\"extra\":{\"a\":[1,{\"b\":2}]},"
            + "\"more\":[[1],{\"c\":3}],\"title\":\"Seminario\",\"description\":null,"
            + "\"url\":null,\"start\":\"2026-12-09T17:00:00Z\",\"allDay\":\"true\","
            + "\"zoneStated\":1,\"interactive\":0,\"free\":\"no\",\"kinds\":[\"WORKSHOP\"],"
            + "\"topics\":[\"ai\",null,[\"x\"],{\"y\":1}],\"sources\":\"not a list\"}";

    Event event = codec.read(document);

    assertThat(event.title()).isEqualTo("Seminario");
    assertThat(event.description()).isEmpty();
    assertThat(event.url()).isEmpty();
    // No zone beside the instant: UTC.
    assertThat(event.start()).contains(ZonedDateTime.parse("2026-12-09T17:00:00Z[UTC]"));
    assertThat(event.allDay()).isTrue();
    assertThat(event.zoneStated()).isTrue();
    assertThat(event.interactive()).isFalse();
    assertThat(event.free()).contains(false);
    assertThat(event.kinds()).isEqualTo(Set.of(EventKind.WORKSHOP));
    assertThat(event.topics()).containsExactly("ai", "null", "", "");
    assertThat(event.sources()).isEmpty();
    assertThat(event.attendance()).isEqualTo(Attendance.UNKNOWN);
    assertThat(event.delivery()).isEqualTo(Delivery.UNKNOWN);
    assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
    assertThat(event.uid()).isEqualTo(Optional.empty());
    assertThat(event.sources()).isEqualTo(List.of());
  }

  @Test
  void readsInstantsAsInstantParseDoes() {
    for (String text :
        new String[] {
          "2026-12-09T17:00:00Z",
          "1999-02-28T23:59:59Z",
          "2028-02-29T00:00:00Z",
          // Read by Instant.parse: the end of the day, a leap second.
          "2026-12-09T24:00:00Z",
          "2026-12-31T23:59:60Z",
          "2026-12-09T17:00:00.250Z",
          "+12026-12-09T17:00:00Z"
        }) {
      assertThat(EventCodec.instant(text)).as(text).isEqualTo(java.time.Instant.parse(text));
    }
    for (String bad :
        new String[] {"2026-02-30T17:00:00Z", "2026-1a-09T17:00:00Z", "2026-12-09T17:00Z"}) {
      assertThatThrownBy(() -> EventCodec.instant(bad))
          .as(bad)
          .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
  }

  @Test
  void saysWhichEventLacksARequiredFieldAndWhenADocumentIsNotJson() {
    assertThatThrownBy(() -> codec.read("{\"id\":\"ev-7\",\"title\":null}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stored event ev-7 has no title");
    assertThatThrownBy(() -> codec.read("[]"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stored event ? has no id");
    assertThatThrownBy(() -> codec.read("{\"id\": \"ev-7\", "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("stored event document is not JSON: ");
  }
}
