package io.invito.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the schema.org events in one JSON-LD block: at its root, in arrays and {@code @graph}, and
 * nested in other nodes (an Organization's {@code event}, a Course's {@code hasCourseInstance}). It
 * reads the malformed JSON-LD common in the wild: comments, CDATA and HTML-comment wrappers,
 * trailing commas, raw newlines in strings, several objects with no array around them.
 */
final class JsonLdScanner {
  // "<!--", "<![CDATA[", "//<![CDATA[" or "/*<![CDATA[*/" at the start, their ends at the end.
  private static final Pattern WRAPPER =
      Pattern.compile(
          "^\\s*(?://\\s*|/\\*\\s*)?(?:<!\\[CDATA\\[|<!--)\\s*(?:\\*/)?"
              + "|(?://\\s*|/\\*\\s*)?(?:\\]\\]>|-->)\\s*(?:\\*/)?\\s*$");
  private static final Pattern ADJACENT_OBJECTS = Pattern.compile("\\}\\s*\\{");
  private static final Set<String> EVENT_TYPES =
      Set.of(
          "Event",
          "BusinessEvent",
          "ChildrensEvent",
          "ComedyEvent",
          "CourseInstance",
          "DanceEvent",
          "DeliveryEvent",
          "EducationEvent",
          "EventSeries",
          "ExhibitionEvent",
          "Festival",
          "FoodEvent",
          "Hackathon",
          "LiteraryEvent",
          "MusicEvent",
          "PublicationEvent",
          "BroadcastEvent",
          "OnDemandEvent",
          "SaleEvent",
          "ScreeningEvent",
          "SocialEvent",
          "SportsEvent",
          "TheaterEvent",
          "VisualArtsEvent");
  private static final Set<String> NOT_EVENTS =
      Set.of("EventVenue", "EventReservation", "EventStatusType", "EventAttendanceModeEnumeration");

  /** An event node and the node it sat in, whose name a CourseInstance may borrow. */
  record Found(JsonNode event, Optional<JsonNode> parent) {}

  private JsonLdScanner() {}

  static List<Found> scan(String script, int number, List<String> warnings) {
    Optional<List<JsonNode>> roots = read(unwrap(script));
    if (roots.isEmpty()) {
      roots = read("[" + ADJACENT_OBJECTS.matcher(unwrap(script)).replaceAll("},{") + "]");
    }
    if (roots.isEmpty()) {
      warnings.add("JSON-LD block " + number + " is not JSON even read leniently; skipped");
      return List.of();
    }
    List<Found> found = new ArrayList<>();
    for (JsonNode root : roots.get()) {
      visit(root, Optional.empty(), found);
    }
    return found;
  }

  /** The events in one tree, wherever they sit in it. */
  static List<Found> events(JsonNode root) {
    List<Found> found = new ArrayList<>();
    visit(root, Optional.empty(), found);
    return found;
  }

  /** The short schema.org names of a node's {@code @type}: "https://schema.org/Event" → Event. */
  static List<String> types(JsonNode node) {
    List<String> names = new ArrayList<>();
    // "type" without its "@" is common in hand-written blocks; additionalType names a type too.
    JsonNode type = node.has("@type") ? node.get("@type") : node.get("type");
    addNames(type, names);
    addNames(node.get("additionalType"), names);
    return names;
  }

  private static void addNames(JsonNode type, List<String> names) {
    if (type == null) {
      return;
    }
    Iterable<JsonNode> values = type.isArray() ? type : List.of(type);
    for (JsonNode value : values) {
      if (value.isTextual()) {
        names.add(shortName(value.asText()));
      }
    }
  }

  static String shortName(String iri) {
    String name = iri.strip();
    int cut =
        Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf(':'), name.lastIndexOf('#')));
    return name.substring(cut + 1);
  }

  private static void visit(JsonNode node, Optional<JsonNode> parent, List<Found> found) {
    if (node.isArray()) {
      node.forEach(child -> visit(child, parent, found));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (types(node).stream().anyMatch(JsonLdScanner::isEvent)) {
      found.add(new Found(node, parent));
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getKey().equals("@context") && field.getValue().isContainerNode()) {
        visit(field.getValue(), Optional.of(node), found);
      }
    }
  }

  private static boolean isEvent(String type) {
    return EVENT_TYPES.contains(type)
        || (type.endsWith("Event")
            && !NOT_EVENTS.contains(type)
            && !type.isEmpty()
            && Character.isUpperCase(type.charAt(0)));
  }

  private static String unwrap(String script) {
    String text = script.strip();
    // Each wrapper holds "<!" (its start) or "]]>" / "-->" (its end): a block with none of them,
    // nearly every block, is spared a regular expression tried at each of its characters.
    if (!text.contains("<!") && !text.contains("]]>") && !text.contains("-->")) {
      return text;
    }
    String previous;
    do {
      previous = text;
      text = WRAPPER.matcher(text).replaceAll("").strip();
    } while (!text.equals(previous));
    return text;
  }

  private static Optional<List<JsonNode>> read(String json) {
    // Only "[]" itself lowercases to "[]": no need to lowercase a whole block to see it.
    if (json.isBlank() || json.equals("[]")) {
      return Optional.empty();
    }
    try {
      return Optional.of(JsonTrees.read(json));
    } catch (IOException | RuntimeException e) {
      // Bad JSON, or a StreamConstraintsException for absurd nesting: the caller tries a repair,
      // then warns.
      return Optional.empty();
    }
  }
}
