package io.invito.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an event as a JSON document and reads it back, field by field: times as ISO instants with
 * the zone id beside them, so an event read back equals the event written (zone included) without
 * jackson-datatype-jsr310.
 */
final class EventCodec {
  /** Bumped when a field changes meaning, so old documents can still be read. */
  private static final int VERSION = 1;

  // Reading needs only jackson-core; the object mapper is made for the first write.
  private static final JsonFactory JSON = new JsonFactory();

  /** Databind's mapper, made on first use: listings never write. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE = new ObjectMapper();
  }

  // ZoneId.of parses and looks up its id on every call; a store holds a handful of zones.
  private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

  String write(Event event) {
    ObjectNode node = Mapper.INSTANCE.createObjectNode();
    node.put("v", VERSION);
    node.put("id", event.id());
    node.put("title", event.title());
    node.put("description", event.description());
    event.url().ifPresent(url -> node.put("url", url.toString()));
    event.start().ifPresent(start -> putTime(node, "start", start));
    event.end().ifPresent(end -> putTime(node, "end", end));
    node.put("allDay", event.allDay());
    node.put("zoneStated", event.zoneStated());
    ArrayNode kinds = node.putArray("kinds");
    // EnumSet order, so the same kinds always write the same document.
    inOrder(event.kinds()).forEach(kind -> kinds.add(kind.name()));
    node.put("attendance", event.attendance().name());
    event.platform().ifPresent(platform -> node.put("platform", platform));
    node.put("delivery", event.delivery().name());
    node.put("interactive", event.interactive());
    event.language().ifPresent(language -> node.put("language", language));
    event.free().ifPresent(free -> node.put("free", free));
    event.price().ifPresent(price -> node.put("price", price));
    event.organizer().ifPresent(organizer -> node.put("organizer", organizer));
    event.location().ifPresent(location -> node.put("location", location));
    node.put("status", event.status().name());
    ArrayNode topics = node.putArray("topics");
    event.topics().forEach(topics::add);
    ArrayNode sources = node.putArray("sources");
    event.sources().forEach(sources::add);
    event.uid().ifPresent(uid -> node.put("uid", uid));
    return node.toString();
  }

  /**
   * Reads a document with Jackson's streaming parser: every listing reads thousands of them, and
   * building a tree of each (and loading databind's object mapper for it) was most of the time of
   * {@code events list} after H2's own. Reads as the tree did: a missing or null field is absent,
   * the last of two fields with one name wins, a field it does not know is skipped.
   */
  Event read(String json) {
    Fields node;
    try (JsonParser parser = JSON.createParser(json)) {
      node = Fields.read(parser);
    } catch (IOException e) {
      throw new IllegalStateException("stored event document is not JSON: " + e.getMessage(), e);
    }
    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    node.strings("kinds").forEach(kind -> kinds.add(EventKind.valueOf(kind)));
    return new Event(
        node.require("id"),
        node.require("title"),
        node.text("description").orElse(""),
        node.text("url").map(URI::create),
        time(node, "start"),
        time(node, "end"),
        node.bool("allDay"),
        node.bool("zoneStated"),
        kinds,
        Attendance.valueOf(node.text("attendance").orElse(Attendance.UNKNOWN.name())),
        node.text("platform"),
        Delivery.valueOf(node.text("delivery").orElse(Delivery.UNKNOWN.name())),
        node.bool("interactive"),
        node.text("language"),
        node.text("free").isPresent() ? Optional.of(node.bool("free")) : Optional.empty(),
        node.text("price"),
        node.text("organizer"),
        node.text("location"),
        EventStatus.valueOf(node.text("status").orElse(EventStatus.SCHEDULED.name())),
        node.strings("topics"),
        node.strings("sources"),
        node.text("uid"));
  }

  /**
   * A document's top-level fields: scalars as their text (with whether they were JSON booleans or
   * numbers, for {@link #bool}), arrays as the text of their elements.
   */
  private static final class Fields {
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, JsonToken> tokens = new HashMap<>();
    private final Map<String, List<String>> arrays = new HashMap<>();

    static Fields read(JsonParser parser) throws IOException {
      Fields fields = new Fields();
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return fields;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken token = parser.nextToken();
        fields.texts.remove(name);
        fields.tokens.remove(name);
        fields.arrays.remove(name);
        if (token == JsonToken.START_ARRAY) {
          List<String> values = new ArrayList<>();
          for (JsonToken element = parser.nextToken();
              element != JsonToken.END_ARRAY;
              element = parser.nextToken()) {
            // As the tree's asText(): an object or array inside gives "", null gives "null".
            if (element == JsonToken.START_OBJECT || element == JsonToken.START_ARRAY) {
              parser.skipChildren();
              values.add("");
            } else {
              values.add(element == JsonToken.VALUE_NULL ? "null" : parser.getText());
            }
          }
          fields.arrays.put(name, values);
        } else if (token == JsonToken.START_OBJECT) {
          parser.skipChildren();
          fields.texts.put(name, "");
          fields.tokens.put(name, token);
        } else if (token != JsonToken.VALUE_NULL) {
          fields.texts.put(name, parser.getText());
          fields.tokens.put(name, token);
        }
      }
      return fields;
    }

    Optional<String> text(String field) {
      return Optional.ofNullable(texts.get(field));
    }

    String require(String field) {
      String value = texts.get(field);
      if (value == null) {
        throw new IllegalStateException(
            "stored event " + texts.getOrDefault("id", "?") + " has no " + field);
      }
      return value;
    }

    /** As the tree's asBoolean(false): true, a non-zero integer, or the text "true". */
    boolean bool(String field) {
      JsonToken token = tokens.get(field);
      if (token == null) {
        return false;
      }
      return switch (token) {
        case VALUE_TRUE -> true;
        case VALUE_NUMBER_INT -> new BigInteger(texts.get(field)).signum() != 0;
        case VALUE_STRING -> "true".equals(texts.get(field).trim());
        default -> false;
      };
    }

    List<String> strings(String field) {
      return arrays.getOrDefault(field, List.of());
    }
  }

  private static Set<EventKind> inOrder(Set<EventKind> kinds) {
    Set<EventKind> all = EnumSet.noneOf(EventKind.class);
    all.addAll(kinds);
    return all;
  }

  /** The instant and the zone: together they give back the same ZonedDateTime. */
  private static void putTime(ObjectNode node, String field, ZonedDateTime time) {
    node.put(field, time.toInstant().toString());
    node.put(field + "Zone", time.getZone().getId());
  }

  private Optional<ZonedDateTime> time(Fields node, String field) {
    return node.text(field)
        .map(
            instant ->
                ZonedDateTime.ofInstant(
                    instant(instant),
                    zones.computeIfAbsent(node.text(field + "Zone").orElse("UTC"), ZoneId::of)));
  }

  /**
   * The instant as {@link Instant#toString()} wrote it; whole seconds ({@code
   * 2026-12-09T17:00:00Z}, every event the sources date to the minute) read by hand, since
   * Instant.parse's formatter was a tenth of the CPU of listing 10,000 events. Anything else, or a
   * date the hand reading rejects, goes to Instant.parse, which says what is wrong with it.
   */
  static Instant instant(String text) {
    if (text.length() == 20
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && text.charAt(19) == 'Z') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
        try {
          return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException invalid) {
          // Instant.parse gives the message.
        }
      }
    }
    return Instant.parse(text);
  }

  /** The decimal number in text[from, to), or -1 when a character there is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int index = from; index < to; index++) {
      char c = text.charAt(index);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
