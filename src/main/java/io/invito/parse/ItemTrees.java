package io.invito.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Turns the schema.org items a page marks up as microdata ({@code itemscope itemtype itemprop}) or
 * RDFa Lite ({@code vocab typeof property}) into the tree JSON-LD would have given, so one reader
 * understands all three. An item nested as a property (a Place in {@code location}, an Offer in
 * {@code offers}) becomes a nested object; items nowhere a property are roots.
 */
enum ItemTrees {
  MICRODATA("microdata", "itemscope", "itemtype", "itemprop", "itemid"),
  RDFA("rdfa", "typeof", "typeof", "property", "resource");

  /** Deeper than any real page nests items; a guard against hostile markup, not a rule. */
  private static final int MAX_DEPTH = 64;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // String.split compiles its regular expression on every call, here every typed or named element.
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String label;
  private final String scope;
  private final String type;
  private final String property;
  private final String id;
  // Parsed once, not on every page.
  private final Evaluator items;

  ItemTrees(String label, String scope, String type, String property, String id) {
    this.label = label;
    this.scope = scope;
    this.type = type;
    this.property = property;
    this.id = id;
    this.items = Selector.evaluatorOf("[" + scope + "]");
  }

  /** The provenance label of fields read from this markup. */
  String label() {
    return label;
  }

  /**
   * Every top-level item of the page, as a JSON-LD-shaped object: an item that is no other item's
   * property is top-level wherever it sits, as the microdata and RDFa specifications say.
   */
  List<JsonNode> roots(Element page) {
    List<JsonNode> roots = new ArrayList<>();
    for (Element element : page.select(items)) {
      if (!element.hasAttr(property)) {
        roots.add(item(element, 0));
      }
    }
    return roots;
  }

  private ObjectNode item(Element element, int depth) {
    ObjectNode node = NODES.objectNode();
    ArrayNode types = node.putArray("@type");
    for (String written : SPACES.split(element.attr(type))) {
      if (!written.isBlank()) {
        types.add(JsonLdScanner.shortName(written));
      }
    }
    if (!element.attr(id).isBlank()) {
      node.put("@id", element.absUrl(id).isEmpty() ? element.attr(id) : element.absUrl(id));
    }
    if (depth < MAX_DEPTH) {
      for (Element child : element.children()) {
        collect(child, node, depth);
      }
    }
    return node;
  }

  /** Adds the element's property, if any, then looks inside it unless it opens its own item. */
  private void collect(Element element, ObjectNode item, int depth) {
    boolean opensItem = element.hasAttr(scope);
    if (element.hasAttr(property)) {
      JsonNode value = opensItem ? item(element, depth + 1) : NODES.textNode(value(element));
      for (String name : SPACES.split(element.attr(property))) {
        if (!name.isBlank()) {
          add(item, JsonLdScanner.shortName(name), value);
        }
      }
    }
    if (!opensItem) {
      for (Element child : element.children()) {
        collect(child, item, depth);
      }
    }
  }

  private static void add(ObjectNode item, String name, JsonNode value) {
    JsonNode existing = item.get(name);
    if (existing == null) {
      item.set(name, value);
    } else if (existing.isArray()) {
      ((ArrayNode) existing).add(value);
    } else {
      item.putArray(name).add(existing).add(value);
    }
  }

  /** A property's value as the microdata and RDFa specifications define it per element. */
  private String value(Element element) {
    if (element.hasAttr("content")) {
      return element.attr("content");
    }
    String tag = element.normalName();
    if (this == RDFA && element.hasAttr("resource")) {
      return absolute(element, "resource");
    }
    switch (tag) {
      case "audio", "embed", "iframe", "img", "source", "track", "video":
        return absolute(element, "src");
      case "a", "area", "link":
        return absolute(element, "href");
      case "object":
        return absolute(element, "data");
      case "data", "meter":
        return element.attr("value");
      case "time":
        return element.hasAttr("datetime") ? element.attr("datetime") : element.text();
      default:
        return element.text();
    }
  }

  private static String absolute(Element element, String attribute) {
    String resolved = element.absUrl(attribute);
    return resolved.isEmpty() ? element.attr(attribute).strip() : resolved;
  }
}
