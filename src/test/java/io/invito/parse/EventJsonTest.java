package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invito.model.Attendance;
import io.invito.model.EventStatus;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void writesEveryContractFieldOnOneLine() throws Exception {
    RawEvent event =
        new RawEvent(
            "feeds/corsi.rss",
            Optional.of("guid-1"),
            "Webinar \"AI\"\nper PMI",
            "desc",
            Optional.of(URI.create("https://x.example/w")),
            Optional.of(
                EventTime.of(
                    LocalDateTime.parse("2026-12-10T17:30").atZone(ZoneId.of("Europe/Rome")))),
            Optional.empty(),
            Optional.of("Milano"),
            Optional.of(URI.create("https://zoom.us/j/1")),
            Attendance.MIXED,
            EventStatus.MOVED_ONLINE,
            List.of("BusinessEvent"),
            Optional.of("it"),
            Optional.of("Academy"),
            Optional.of(true),
            Optional.of("0 EUR"),
            Optional.of(Instant.parse("2026-11-16T08:00:00Z")),
            Map.of("start", "json-ld", "startZone", "stated"));

    String line = EventJson.line(event);
    JsonNode json = MAPPER.readTree(line);

    assertThat(line).doesNotContain("\n");
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "source",
            "uid",
            "title",
            "start",
            "end",
            "timeZone",
            "url",
            "location",
            "joinUrl",
            "attendance",
            "status",
            "types",
            "language",
            "organizer",
            "free",
            "price",
            "published",
            "provenance");
    assertThat(json.get("title").asText()).isEqualTo("Webinar \"AI\"\nper PMI");
    assertThat(json.get("start").asText()).isEqualTo("2026-12-10T17:30:00+01:00");
    assertThat(json.get("end").isNull()).isTrue();
    assertThat(json.get("timeZone").asText()).isEqualTo("Europe/Rome");
    assertThat(json.get("attendance").asText()).isEqualTo("mixed");
    assertThat(json.get("status").asText()).isEqualTo("moved_online");
    assertThat(json.get("types").get(0).asText()).isEqualTo("BusinessEvent");
    assertThat(json.get("free").asBoolean()).isTrue();
    assertThat(json.get("published").asText()).isEqualTo("2026-11-16T08:00:00Z");
    assertThat(json.get("provenance").get("startZone").asText()).isEqualTo("stated");
  }

  @Test
  void writesUnknownsAsNullAndAFloatingTimeWithoutZone() throws Exception {
    RawEvent event =
        startingAt(EventTime.floating(LocalDateTime.parse("2026-12-10T17:30")), Map.of());

    JsonNode json = MAPPER.readTree(EventJson.line(event));

    assertThat(json.get("start").asText()).isEqualTo("2026-12-10T17:30:00");
    assertThat(json.get("timeZone").isNull()).isTrue();
    assertThat(json.get("free").isNull()).isTrue();
    assertThat(json.get("uid").isNull()).isTrue();
    assertThat(json.get("attendance").asText()).isEqualTo("unknown");
  }

  @Test
  void showsAFloatingStartAsFloatingWithTheZoneTheSourceWillPlaceItIn() throws Exception {
    RawEvent event =
        startingAt(
            EventTime.floating(LocalDateTime.parse("2026-12-03T18:00")),
            Map.of("start", "text", "startZone", "floating"));

    JsonNode json = MAPPER.readTree(EventJson.line(event, Optional.of(ZoneId.of("Europe/Rome"))));

    assertThat(json.get("start").asText()).isEqualTo("2026-12-03T18:00:00");
    assertThat(json.get("timeZone").asText()).isEqualTo("Europe/Rome");
    assertThat(json.get("provenance").get("startZone").asText()).isEqualTo("source");
    assertThat(event.provenance())
        .as("the event itself is untouched")
        .containsEntry("startZone", "floating");
  }

  @Test
  void keepsAStatedZoneWhateverZoneTheSourceHas() throws Exception {
    RawEvent event =
        startingAt(
            EventTime.of(
                LocalDateTime.parse("2026-12-03T18:00").atZone(ZoneId.of("Europe/London"))),
            Map.of("startZone", "stated"));

    JsonNode json = MAPPER.readTree(EventJson.line(event, Optional.of(ZoneId.of("Europe/Rome"))));

    assertThat(json.get("start").asText()).isEqualTo("2026-12-03T18:00:00Z");
    assertThat(json.get("timeZone").asText()).isEqualTo("Europe/London");
    assertThat(json.get("provenance").get("startZone").asText()).isEqualTo("stated");
  }

  /** A titled event known only by its start, with the given provenance. */
  private static RawEvent startingAt(EventTime start, Map<String, String> provenance) {
    return new RawEvent(
        "p",
        Optional.empty(),
        "T",
        "",
        Optional.empty(),
        Optional.of(start),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Attendance.UNKNOWN,
        EventStatus.SCHEDULED,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        provenance);
  }
}
