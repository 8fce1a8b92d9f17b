package io.invito.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Adds sources to a config folder's {@code sources.yaml} by editing its text in place (see {@link
 * SourcesYamlEdit}): the new entries go after the last source, in the style of the list they join
 * (block or flow), and every other character of the file stays as the user wrote it. When the file
 * is in a shape that cannot be extended so, nothing is written and the user is told what to add.
 */
public final class SourcesFileWriter {
  /** How the file was changed: an existing list extended, or a new file made. */
  public enum Change {
    APPENDED,
    CREATED
  }

  static final String HEADER =
      """
      # Sources invito reads events from: feeds (RSS/Atom), calendars (ics) and event pages.
      # Each needs an id (letters, digits, '.', '_', '-') and an http(s) url; type is feed
      # (the default), ics or page. Optional: language (it, en), timeZone, tags, follow.
      """;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SourcesFileWriter() {}

  /**
   * Adds the sources after the existing ones.
   *
   * @param existing the sources the file holds now, as loaded (to check the edit kept them)
   * @throws ConfigException when the file cannot be extended in place; it is then unchanged
   */
  public static Change append(Path configDir, List<Source> existing, List<Source> added) {
    UserFile file = UserFile.read(configDir.resolve(ConfigLoader.SOURCES_FILE));
    if (!file.exists()) {
      file.write(render(added));
      return Change.CREATED;
    }
    String edited;
    try {
      edited = SourcesYamlEdit.append(file.text(), file.lineEnd(), added);
    } catch (IllegalStateException impossible) {
      throw refusal(impossible.getMessage(), added);
    }
    String broken = whatTheEditBroke(file.text(), edited, existing.size(), added);
    if (!broken.isEmpty()) {
      throw refusal(broken, added);
    }
    file.write(edited);
    return Change.APPENDED;
  }

  /** A whole sources.yaml for these sources, with the header comment: only for a new file. */
  public static String render(List<Source> sources) {
    StringBuilder text = new StringBuilder(HEADER).append("sources:");
    if (sources.isEmpty()) {
      return text.append(" []\n").toString();
    }
    text.append('\n');
    sources.forEach(
        source -> text.append(String.join("\n", SourcesYamlEdit.block(source, 2, 4))).append('\n'));
    return text.toString();
  }

  private static ConfigException refusal(String why, List<Source> added) {
    String entries =
        added.stream()
            .map(source -> String.join("\n", SourcesYamlEdit.block(source, 2, 4)))
            .collect(Collectors.joining("\n"));
    return new ConfigException(
        ConfigLoader.SOURCES_FILE
            + ": cannot be extended in place ("
            + why
            + "), so it was left as it is; add these entries to its sources list by hand:\n"
            + entries);
  }

  /**
   * What the edit changed beyond adding the entries, in words; empty when the edited file reads as
   * the old one plus exactly the new sources. The check that makes an edit safe whatever the text.
   */
  private static String whatTheEditBroke(
      String before, String after, int existing, List<Source> added) {
    JsonNode old;
    JsonNode now;
    try {
      old = tree(before);
      now = tree(after);
    } catch (JsonProcessingException unreadable) {
      return "the edited file would not read: " + unreadable.getOriginalMessage();
    }
    JsonNode list = now.path("sources");
    if (!list.isArray() || list.size() != existing + added.size()) {
      return "the list would not hold " + (existing + added.size()) + " sources";
    }
    List<JsonNode> kept = new ArrayList<>();
    list.forEach(kept::add);
    JsonNode oldList = old.path("sources");
    for (int index = 0; index < existing; index++) {
      if (!kept.get(index).equals(oldList.path(index))) {
        return "sources[" + index + "] would change";
      }
    }
    for (int index = 0; index < added.size(); index++) {
      JsonNode entry = kept.get(existing + index);
      Source source = added.get(index);
      if (!entry.path("id").asText().equals(source.id())
          || !entry.path("url").asText().equals(source.url().toString())
          || !entry.path("type").asText().equals(source.type().name().toLowerCase(Locale.ROOT))) {
        return "the new entry for " + source.id() + " would read differently";
      }
    }
    ObjectNode rest = now.deepCopy();
    rest.remove("sources");
    ObjectNode oldRest = old.isObject() ? old.deepCopy() : YAML.createObjectNode();
    oldRest.remove("sources");
    return rest.equals(oldRest) ? "" : "keys other than sources would change";
  }

  private static JsonNode tree(String text) throws JsonProcessingException {
    JsonNode tree = YAML.readTree(text);
    return tree == null || tree.isMissingNode() || tree.isNull() ? YAML.createObjectNode() : tree;
  }
}
