package io.invito.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
    // Written by hand, not by Jackson: a line is strings, a boolean and nulls, and Jackson's set-up
    // (hundreds of classes) was most of what `extract` of a few feeds or calendars loaded. The
    // bytes are those Jackson wrote (EventJsonTest compares the two).
    boolean placedBySource =
        sourceZone.isPresent()
            && event.start().filter(start -> !start.allDay() && !start.zoneStated()).isPresent();
    StringBuilder json = new StringBuilder(1024);
    json.append('{');
    field(json, "source", event.sourceId());
    field(json, "uid", event.uid().orElse(null));
    field(json, "title", event.title());
    field(json, "start", event.start().map(EventTime::iso).orElse(null));
    field(json, "end", event.end().map(EventTime::iso).orElse(null));
    field(
        json,
        "timeZone",
        placedBySource
            ? sourceZone.get().toString()
            : event.start().flatMap(EventJson::zoneId).orElse(null));
    field(json, "url", event.url().map(URI::toString).orElse(null));
    field(json, "location", event.location().orElse(null));
    field(json, "joinUrl", event.joinUrl().map(URI::toString).orElse(null));
    field(json, "attendance", lower(event.attendance().name()));
    field(json, "status", lower(event.status().name()));
    json.append(",\"types\":[");
    String comma = "";
    for (String type : event.types()) {
      json.append(comma);
      string(json, type);
      comma = ",";
    }
    json.append(']');
    field(json, "language", event.language().orElse(null));
    field(json, "organizer", event.organizer().orElse(null));
    json.append(",\"free\":").append(event.free().map(Object::toString).orElse("null"));
    field(json, "price", event.price().orElse(null));
    field(json, "published", event.published().map(Object::toString).orElse(null));
    json.append(",\"provenance\":{");
    TreeMap<String, String> fields = new TreeMap<>(event.provenance());
    if (placedBySource) {
      fields.put("startZone", StartZone.SOURCE.label());
    }
    comma = "";
    for (Map.Entry<String, String> field : fields.entrySet()) {
      json.append(comma);
      string(json, field.getKey());
      json.append(':');
      string(json, field.getValue());
      comma = ",";
    }
    return json.append("}}").toString();
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
      json = Reading.MAPPER.readTree(line(event, sourceZone));
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

  /** {@code ,"name":value}; every field but the first, {@code source}, which opens the object. */
  private static void field(StringBuilder json, String name, String value) {
    if (json.length() > 1) {
      json.append(',');
    }
    json.append('"').append(name).append("\":");
    string(json, value);
  }

  /**
   * A JSON string (RFC 8259), escaped as Jackson escapes by default: quote and backslash, the
   * control characters below U+0020 by their short escapes ({@code \b \t \n \f \r}) or else as
   * backslash-u-00XX in upper-case hex, everything else as it is (U+007F, U+2028, U+2029, pairs of
   * surrogates, lone ones too).
   */
  static void string(StringBuilder json, String value) {
    if (value == null) {
      json.append("null");
      return;
    }
    json.append('"');
    int plain = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      json.append(value, plain, i).append('\\');
      switch (c) {
        case '"', '\\' -> json.append(c);
        case '\b' -> json.append('b');
        case '\t' -> json.append('t');
        case '\n' -> json.append('n');
        case '\f' -> json.append('f');
        case '\r' -> json.append('r');
        default -> json.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
      plain = i + 1;
    }
    json.append(value, plain, value.length()).append('"');
  }

  /** The IANA zone when one is known; an offset alone is already in {@code start}. */
  private static Optional<String> zoneId(EventTime time) {
    return time.findZone().filter(zone -> !(zone instanceof ZoneOffset)).map(Object::toString);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Jackson, made on the first read-back: {@code extract} only writes lines. */
  private static final class Reading {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
