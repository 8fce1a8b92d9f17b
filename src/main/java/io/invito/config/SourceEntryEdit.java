package io.invito.config;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Sets one key of one source entry in the text of a {@code sources.yaml}: the key's value is
 * replaced where it stands (from its colon to the end of its value), or, when the entry has no such
 * key, a line is added after the entry's last key at its keys' indentation ({@code , key: value}
 * before the brace of a flow entry). The value is written on one line, so a block value such as a
 * {@code selectors:} mapping becomes a flow mapping. Nothing else of the text is touched: the
 * comments between and after the entries stay where they are.
 */
final class SourceEntryEdit {
  private SourceEntryEdit() {}

  /**
   * The text with {@code key: value} in the entry whose id is {@code id}.
   *
   * @param value the value as YAML on one line: {@code false}, {@code {item: ".ev"}}
   * @throws IllegalStateException when the text holds no such entry in a shape that can be edited
   */
  static String set(String text, String lineEnd, String id, String key, String value) {
    MappingNode entry = entry(text, id);
    for (NodeTuple tuple : entry.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key)) {
        int from = offset(text, name.getEndMark().getIndex());
        int to = offset(text, SourcesYamlEdit.deepEnd(tuple.getValueNode()).getIndex());
        return text.substring(0, from) + ": " + value + text.substring(to);
      }
    }
    List<NodeTuple> tuples = entry.getValue();
    NodeTuple last = tuples.get(tuples.size() - 1);
    int end = offset(text, SourcesYamlEdit.deepEnd(last.getValueNode()).getIndex());
    if (entry.getFlowStyle() == FlowStyle.FLOW) {
      return text.substring(0, end) + ", " + key + ": " + value + text.substring(end);
    }
    int column = tuples.get(0).getKeyNode().getStartMark().getColumn();
    int at = SourcesYamlEdit.afterLine(text, end);
    String line = " ".repeat(column) + key + ": " + value;
    boolean lineStart = at == 0 || text.charAt(at - 1) == '\n';
    String insert = lineStart ? line + lineEnd : lineEnd + line;
    return text.substring(0, at) + insert + text.substring(at);
  }

  /** The entry of the {@code sources} list whose id is the given one. */
  private static MappingNode entry(String text, String id) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (YAMLException unreadable) {
      throw new IllegalStateException("it does not read as YAML", unreadable);
    }
    if (root instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode name
            && name.getValue().equals("sources")
            && tuple.getValueNode() instanceof SequenceNode list) {
          for (Node item : list.getValue()) {
            if (item instanceof MappingNode entry && hasId(entry, id)) {
              return entry;
            }
          }
        }
      }
    }
    throw new IllegalStateException("it lists no source with id '" + id + "'");
  }

  private static boolean hasId(MappingNode entry, String id) {
    return entry.getValue().stream()
        .anyMatch(
            tuple ->
                tuple.getKeyNode() instanceof ScalarNode name
                    && name.getValue().equals("id")
                    && tuple.getValueNode() instanceof ScalarNode value
                    && value.getValue().equals(id));
  }

  /** SnakeYAML counts code points; a Java string counts chars (an emoji in a comment is two). */
  private static int offset(String text, int codePoints) {
    return text.offsetByCodePoints(0, codePoints);
  }
}
