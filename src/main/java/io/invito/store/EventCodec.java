package io.invito.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an event as a JSON document and reads it back, field by field: times as ISO instants with
 * the zone id beside them, so an event read back equals the event written (zone included) without
 * jackson-datatype-jsr310.
 */
final class EventCodec {
  /** Bumped when a field changes meaning, so old documents can still be read. */
  private static final int VERSION = 1;

  private final ObjectMapper mapper = new ObjectMapper();

  String write(Event event) {
    ObjectNode node = mapper.createObjectNode();
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

  Event read(String json) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored event document is not JSON: " + e.getMessage(), e);
    }
    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    node.path("kinds").forEach(kind -> kinds.add(EventKind.valueOf(kind.asText())));
    return new Event(
        require(node, "id").asText(),
        require(node, "title").asText(),
        node.path("description").asText(""),
        text(node, "url").map(URI::create),
        time(node, "start"),
        time(node, "end"),
        node.path("allDay").asBoolean(false),
        node.path("zoneStated").asBoolean(false),
        kinds,
        Attendance.valueOf(node.path("attendance").asText(Attendance.UNKNOWN.name())),
        text(node, "platform"),
        Delivery.valueOf(node.path("delivery").asText(Delivery.UNKNOWN.name())),
        node.path("interactive").asBoolean(false),
        text(node, "language"),
        node.hasNonNull("free") ? Optional.of(node.get("free").asBoolean()) : Optional.empty(),
        text(node, "price"),
        text(node, "organizer"),
        text(node, "location"),
        EventStatus.valueOf(node.path("status").asText(EventStatus.SCHEDULED.name())),
        strings(node, "topics"),
        strings(node, "sources"),
        text(node, "uid"));
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

  private static Optional<ZonedDateTime> time(JsonNode node, String field) {
    return text(node, field)
        .map(
            instant ->
                ZonedDateTime.ofInstant(
                    Instant.parse(instant), ZoneId.of(text(node, field + "Zone").orElse("UTC"))));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private static List<String> strings(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    node.path(field).forEach(value -> values.add(value.asText()));
    return values;
  }

  private static JsonNode require(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw missing(node, field);
    }
    return value;
  }

  private static IllegalStateException missing(JsonNode node, String field) {
    return new IllegalStateException(
        "stored event " + node.path("id").asText("?") + " has no " + field);
  }
}
