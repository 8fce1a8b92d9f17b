package io.invito.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes one key of one source in a config folder's {@code sources.yaml} by editing its text in
 * place (see {@link SourceEntryEdit}), for the desk's Sources page: {@code enabled} and {@code
 * selectors}. The edited text must read as the old one with exactly that key changed, or nothing is
 * written and the user is told what to write by hand.
 */
public final class SourcesEntryWriter {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SourcesEntryWriter() {}

  /** Writes {@code enabled: false} into the source's entry, or {@code enabled: true}. */
  public static void setEnabled(Path configDir, String id, boolean enabled) {
    set(configDir, id, "enabled", String.valueOf(enabled), BooleanNode.valueOf(enabled));
  }

  /** Writes the source's {@code selectors:} as one flow mapping, in place of any it had. */
  public static void setSelectors(Path configDir, String id, SelectorRules rules) {
    List<String> fields = new ArrayList<>();
    ObjectNode expected = YAML.createObjectNode();
    add(fields, expected, "item", rules.item());
    rules.title().ifPresent(title -> add(fields, expected, "title", title));
    rules.date().ifPresent(date -> add(fields, expected, "date", date));
    rules.link().ifPresent(link -> add(fields, expected, "link", link));
    set(configDir, id, "selectors", "{" + String.join(", ", fields) + "}", expected);
  }

  private static void add(List<String> fields, ObjectNode expected, String key, String css) {
    fields.add(key + ": " + SourcesYamlEdit.quote(css));
    expected.put(key, css);
  }

  private static void set(Path configDir, String id, String key, String value, JsonNode expected) {
    UserFile file = UserFile.read(configDir.resolve(ConfigLoader.SOURCES_FILE));
    String edited;
    try {
      edited = SourceEntryEdit.set(file.text(), file.lineEnd(), id, key, value);
    } catch (IllegalStateException impossible) {
      throw refusal(impossible.getMessage(), id, key, value);
    }
    String broken = whatTheEditBroke(file.text(), edited, id, key, expected);
    if (!broken.isEmpty()) {
      throw refusal(broken, id, key, value);
    }
    file.write(edited);
  }

  private static ConfigException refusal(String why, String id, String key, String value) {
    return new ConfigException(
        ConfigLoader.SOURCES_FILE
            + ": cannot be edited in place ("
            + why
            + "), so it was left as it is; write this under the source "
            + id
            + " by hand:\n  "
            + key
            + ": "
            + value);
  }

  /**
   * What the edit changed beyond the one key, in words; empty when the edited file reads as the old
   * one with only that key of that source set to the expected value.
   */
  private static String whatTheEditBroke(
      String before, String after, String id, String key, JsonNode expected) {
    JsonNode old;
    JsonNode now;
    try {
      old = YAML.readTree(before);
      now = YAML.readTree(after);
    } catch (JsonProcessingException unreadable) {
      return "the edited file would not read: " + unreadable.getOriginalMessage();
    }
    if (old == null || now == null) {
      return "the file holds no sources";
    }
    JsonNode wanted = old.deepCopy();
    for (JsonNode entry : wanted.path("sources")) {
      if (entry instanceof ObjectNode source && source.path("id").asText().equals(id)) {
        source.set(key, expected);
      }
    }
    return wanted.equals(now) ? "" : "more than " + key + " of " + id + " would change";
  }
}
