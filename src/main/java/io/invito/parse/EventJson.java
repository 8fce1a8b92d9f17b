package io.invito.parse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Writes a {@link RawEvent} as one line of {@code invito extract}'s JSON Lines output. */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  /**
   * One JSON object on one line, every contract field present (null when unknown), in a fixed order
   * so the output diffs cleanly.
   */
  public static String line(RawEvent event) {
    return line(event, Optional.empty());
  }

  /**
   * As {@link #line(RawEvent)}, for a source whose zone is known: a floating start stays floating
   * in {@code start} (the source did not state it), while {@code timeZone} names the zone it will
   * be placed in and provenance says {@code startZone: source}.
   */
  public static String line(RawEvent event, Optional<ZoneId> sourceZone) {
    // Written field by field as it goes: building a tree of nodes first and then walking it cost
    // as much as the rest of writing a feed's events out.
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      write(json, event, sourceZone);
    } catch (IOException e) {
      // Strings into a StringWriter always write; reaching here is a bug, not bad input.
      throw new IllegalStateException("could not write event " + event.uid() + " as JSON", e);
    }
    return out.toString();
  }

  /**
   * The same fields as {@link #line(RawEvent, Optional)}, in the same order and written the same
   * way, as text for a table (lists joined with commas); unknown fields are absent. {@code source}
   * and {@code provenance} are left out: a table shows provenance beside each field.
   */
  public static Map<String, String> fields(RawEvent event, Optional<ZoneId> sourceZone) {
    Map<String, String> fields = new LinkedHashMap<>();
    JsonNode json;
    try {
      // Read back from the line, so the line's writer is the one place that decides the fields.
      json = MAPPER.readTree(line(event, sourceZone));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not read back event " + event.uid(), e);
    }
    json.fields()
        .forEachRemaining(
            field -> {
              JsonNode value = field.getValue();
              if (field.getKey().equals("source") || value.isNull() || value.isObject()) {
                return;
              }
              List<String> texts = new ArrayList<>();
              if (value.isArray()) {
                value.forEach(element -> texts.add(element.asText()));
              } else {
                texts.add(value.asText());
              }
              if (!texts.isEmpty()) {
                fields.put(field.getKey(), String.join(", ", texts));
              }
            });
    return fields;
  }

  private static void write(JsonGenerator json, RawEvent event, Optional<ZoneId> sourceZone)
      throws IOException {
    boolean placedBySource =
        sourceZone.isPresent()
            && event.start().filter(start -> !start.allDay() && !start.zoneStated()).isPresent();
    json.writeStartObject();
    json.writeStringField("source", event.sourceId());
    json.writeStringField("uid", event.uid().orElse(null));
    json.writeStringField("title", event.title());
    json.writeStringField("start", event.start().map(EventTime::iso).orElse(null));
    json.writeStringField("end", event.end().map(EventTime::iso).orElse(null));
    json.writeStringField(
        "timeZone",
        placedBySource
            ? sourceZone.get().toString()
            : event.start().flatMap(EventJson::zoneId).orElse(null));
    json.writeStringField("url", event.url().map(URI::toString).orElse(null));
    json.writeStringField("location", event.location().orElse(null));
    json.writeStringField("joinUrl", event.joinUrl().map(URI::toString).orElse(null));
    json.writeStringField("attendance", lower(event.attendance().name()));
    json.writeStringField("status", lower(event.status().name()));
    json.writeArrayFieldStart("types");
    for (String type : event.types()) {
      json.writeString(type);
    }
    json.writeEndArray();
    json.writeStringField("language", event.language().orElse(null));
    json.writeStringField("organizer", event.organizer().orElse(null));
    json.writeFieldName("free");
    if (event.free().isPresent()) {
      json.writeBoolean(event.free().get());
    } else {
      json.writeNull();
    }
    json.writeStringField("price", event.price().orElse(null));
    json.writeStringField("published", event.published().map(Object::toString).orElse(null));
    json.writeObjectFieldStart("provenance");
    TreeMap<String, String> fields = new TreeMap<>(event.provenance());
    if (placedBySource) {
      fields.put("startZone", StartZone.SOURCE.label());
    }
    for (Map.Entry<String, String> field : fields.entrySet()) {
      json.writeStringField(field.getKey(), field.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /** The IANA zone when one is known; an offset alone is already in {@code start}. */
  private static Optional<String> zoneId(EventTime time) {
    return time.findZone().filter(zone -> !(zone instanceof ZoneOffset)).map(Object::toString);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
