package io.invito.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
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
    ObjectNode json = node(event, sourceZone);
    try {
      return MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      // A tree of strings always serializes; reaching here is a bug, not bad input.
      throw new IllegalStateException("could not write event " + event.uid() + " as JSON", e);
    }
  }

  /**
   * The same fields as {@link #line(RawEvent, Optional)}, in the same order and written the same
   * way, as text for a table (lists joined with commas); unknown fields are absent. {@code source}
   * and {@code provenance} are left out: a table shows provenance beside each field.
   */
  public static Map<String, String> fields(RawEvent event, Optional<ZoneId> sourceZone) {
    Map<String, String> fields = new LinkedHashMap<>();
    ObjectNode json = node(event, sourceZone);
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

  private static ObjectNode node(RawEvent event, Optional<ZoneId> sourceZone) {
    boolean placedBySource =
        sourceZone.isPresent()
            && event.start().filter(start -> !start.allDay() && !start.zoneStated()).isPresent();
    ObjectNode json = MAPPER.createObjectNode();
    json.put("source", event.sourceId());
    json.put("uid", event.uid().orElse(null));
    json.put("title", event.title());
    json.put("start", event.start().map(EventTime::iso).orElse(null));
    json.put("end", event.end().map(EventTime::iso).orElse(null));
    json.put(
        "timeZone",
        placedBySource
            ? sourceZone.get().toString()
            : event.start().flatMap(EventJson::zoneId).orElse(null));
    json.put("url", event.url().map(URI::toString).orElse(null));
    json.put("location", event.location().orElse(null));
    json.put("joinUrl", event.joinUrl().map(URI::toString).orElse(null));
    json.put("attendance", lower(event.attendance().name()));
    json.put("status", lower(event.status().name()));
    ArrayNode types = json.putArray("types");
    event.types().forEach(types::add);
    json.put("language", event.language().orElse(null));
    json.put("organizer", event.organizer().orElse(null));
    if (event.free().isPresent()) {
      json.put("free", event.free().get());
    } else {
      json.putNull("free");
    }
    json.put("price", event.price().orElse(null));
    json.put("published", event.published().map(Object::toString).orElse(null));
    ObjectNode provenance = json.putObject("provenance");
    TreeMap<String, String> fields = new TreeMap<>(event.provenance());
    if (placedBySource) {
      fields.put("startZone", StartZone.SOURCE.label());
    }
    fields.forEach(provenance::put);
    return json;
  }

  /** The IANA zone when one is known; an offset alone is already in {@code start}. */
  private static Optional<String> zoneId(EventTime time) {
    return time.findZone().filter(zone -> !(zone instanceof ZoneOffset)).map(Object::toString);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
