package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invito.model.Attendance;
import io.invito.model.EventStatus;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.io.IOException;
import java.io.StringWriter;
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

  @Test
  void escapesAsJacksonDid() {
    assertThat(quoted("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
    assertThat(quoted("\b\t\n\f\r\u0000\u001f\u007f"))
        .isEqualTo("\"\\b\\t\\n\\f\\r\\u0000\\u001F\u007f\"");
    assertThat(quoted("\u2028\u2029"))
        .as("line separators as they are")
        .isEqualTo("\"\u2028\u2029\"");
    assertThat(quoted("Zoom \uD83D\uDCBB è")).isEqualTo("\"Zoom \uD83D\uDCBB è\"");
    assertThat(quoted(null)).isEqualTo("null");
  }

  @Test
  void escapesEveryCharacterAsJacksonDoes() throws Exception {
    // The line used to be written by Jackson's generator: every UTF-16 unit, lone surrogates
    // included, and a pair beyond the BMP, must come out as it wrote them.
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0xFFFF; c++) {
      all.append(c);
    }
    all.append("\uD83D\uDE00");
    for (int i = 0; i < all.length(); i += 64) {
      String text = all.substring(i, Math.min(all.length(), i + 64));
      assertThat(quoted(text)).isEqualTo(jackson(text));
    }
    assertThat(quoted(all.toString())).isEqualTo(jackson(all.toString()));
  }

  @Test
  void writesTheLineJacksonWrote() throws Exception {
    RawEvent event =
        new RawEvent(
            "a\\b.ics",
            Optional.of("u\"1"),
            "T\u2028\t\uD83D\uDE00",
            "",
            Optional.of(URI.create("https://x.example/w?a=1&b=%22")),
            Optional.of(EventTime.floating(LocalDateTime.parse("2026-12-10T17:30"))),
            Optional.empty(),
            Optional.of("Sala \"A\""),
            Optional.empty(),
            Attendance.ONLINE,
            EventStatus.SCHEDULED,
            List.of("Webinar", "A\nB"),
            Optional.empty(),
            Optional.of("Org"),
            Optional.of(false),
            Optional.empty(),
            Optional.empty(),
            Map.of("title", "ics", "start", "ics"));

    assertThat(EventJson.line(event, Optional.of(ZoneId.of("Europe/Rome"))))
        .isEqualTo(
            "{\"source\":\"a\\\\b.ics\",\"uid\":\"u\\\"1\",\"title\":\"T\u2028\\t\uD83D\uDE00\","
                + "\"start\":\"2026-12-10T17:30:00\",\"end\":null,\"timeZone\":\"Europe/Rome\","
                + "\"url\":\"https://x.example/w?a=1&b=%22\",\"location\":\"Sala \\\"A\\\"\","
                + "\"joinUrl\":null,\"attendance\":\"online\",\"status\":\"scheduled\","
                + "\"types\":[\"Webinar\",\"A\\nB\"],\"language\":null,\"organizer\":\"Org\","
                + "\"free\":false,\"price\":null,\"published\":null,"
                + "\"provenance\":{\"start\":\"ics\",\"startZone\":\"source\",\"title\":\"ics\"}}");
  }

  private static String quoted(String text) {
    StringBuilder json = new StringBuilder();
    EventJson.string(json, text);
    return json.toString();
  }

  private static String jackson(String text) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.writeString(text);
    }
    return out.toString();
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
