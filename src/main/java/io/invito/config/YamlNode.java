package io.invito.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A node of a YAML file that knows its file and key path, so every complaint about it names both:
 * {@code sources.yaml: sources[3].url 'htp://x' is not an http(s) URL}.
 */
final class YamlNode {
  private final String file;
  private final String path;
  private final JsonNode node;

  YamlNode(String file, String path, JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  boolean isMissing() {
    return node == null || node.isMissingNode() || node.isNull();
  }

  /** Refuses keys this mapping does not know, naming the nearest known ones. */
  YamlNode allowOnly(String... keys) {
    requireMapping();
    if (isMissing()) {
      return this; // a section left out has no unknown keys; its defaults apply
    }
    Set<String> known = new TreeSet<>(List.of(keys));
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new ConfigException(
            "%s: %s is not a known key (known keys here: %s)"
                .formatted(file, child(name), String.join(", ", known)));
      }
    }
    return this;
  }

  YamlNode get(String key) {
    requireMapping();
    return new YamlNode(file, child(key), isMissing() ? null : node.get(key));
  }

  boolean isList() {
    return !isMissing() && node.isArray();
  }

  List<YamlNode> list() {
    if (isMissing()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw fail("must be a list");
    }
    List<YamlNode> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      items.add(new YamlNode(file, path + "[" + i + "]", node.get(i)));
    }
    return items;
  }

  String requireText() {
    return findText().orElseThrow(() -> new ConfigException(file + ": " + path + " is missing"));
  }

  Optional<String> findText() {
    if (isMissing()) {
      return Optional.empty();
    }
    if (!node.isValueNode()) {
      throw fail("must be a single value, not a " + (node.isArray() ? "list" : "mapping"));
    }
    String text = node.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  String text(String fallback) {
    return findText().orElse(fallback);
  }

  /** Converts the value, turning any refusal into a message that names file, key and value. */
  <T> Optional<T> find(String what, Function<String, T> convert) {
    Optional<String> text = findText();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(convert.apply(text.get()));
    } catch (RuntimeException e) {
      throw fail("'" + text.get() + "' is not " + what);
    }
  }

  boolean bool(boolean fallback) {
    return find("true or false", YamlNode::parseBoolean).orElse(fallback);
  }

  List<String> texts() {
    if (!isMissing() && node.isValueNode()) {
      return List.of(node.asText().strip());
    }
    return list().stream().map(YamlNode::requireText).toList();
  }

  ConfigException fail(String problem) {
    return new ConfigException(file + ": " + path + " " + problem);
  }

  /** Quotes the value for a message. */
  String quoted() {
    return isMissing() ? "(missing)" : "'" + node.asText() + "'";
  }

  private void requireMapping() {
    if (!isMissing() && !node.isObject()) {
      throw fail("must be a mapping of keys to values");
    }
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static boolean parseBoolean(String text) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new IllegalArgumentException(text);
    };
  }
}
