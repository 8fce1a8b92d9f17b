package io.invito.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Inserts source entries into the text of a {@code sources.yaml}, after the list's last entry and
 * in its style: a block list gets block entries at its own indentation ({@code - {...}} when its
 * entries are flow mappings), a flow list ({@code sources: [ {...}, {...} ]}) gets flow entries
 * before its closing bracket. SnakeYAML's node positions say where each part of the user's text is;
 * nothing else of the text is touched.
 */
final class SourcesYamlEdit {
  private SourcesYamlEdit() {}

  /**
   * The text with the entries added.
   *
   * @throws IllegalStateException when the text has no place a list entry could go, saying why
   */
  static String append(String text, String lineEnd, List<Source> added) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (YAMLException unreadable) {
      throw new IllegalStateException("it does not read as YAML", unreadable);
    }
    if (root == null) {
      return newKeyAtEnd(text, lineEnd, added); // empty, or only comments
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new IllegalStateException("its top level is not a mapping of keys");
    }
    NodeTuple sources = null;
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("sources")) {
        sources = tuple;
      }
    }
    if (sources == null) {
      if (mapping.getFlowStyle() == FlowStyle.FLOW || mapping.getStartMark().getColumn() != 0) {
        throw new IllegalStateException("it has no sources key and is not a plain block mapping");
      }
      return newKeyAtEnd(text, lineEnd, added);
    }
    Node value = sources.getValueNode();
    if (value instanceof ScalarNode empty
        && empty.getValue().isEmpty()
        && empty.getStartMark().getIndex() == empty.getEndMark().getIndex()) {
      // "sources:" with nothing after it: the entries go on the lines below the key.
      int column = sources.getKeyNode().getStartMark().getColumn() + 2;
      int at = afterLine(text, offset(text, sources.getKeyNode().getEndMark()));
      return insertLines(text, at, lineEnd, blocks(added, column, column + 2));
    }
    if (!(value instanceof SequenceNode list)) {
      throw new IllegalStateException("its sources key does not hold a list");
    }
    return list.getFlowStyle() == FlowStyle.FLOW
        ? intoFlowList(text, lineEnd, list, added)
        : intoBlockList(text, lineEnd, list, added);
  }

  private static String newKeyAtEnd(String text, String lineEnd, List<Source> added) {
    List<String> lines = new ArrayList<>();
    lines.add("sources:");
    lines.addAll(blocks(added, 2, 4));
    return insertLines(text, text.length(), lineEnd, lines);
  }

  private static String intoBlockList(
      String text, String lineEnd, SequenceNode list, List<Source> added) {
    List<Node> items = list.getValue();
    Node first = items.get(0);
    int dash = list.getStartMark().getColumn();
    List<String> lines;
    if (first instanceof MappingNode entry && entry.getFlowStyle() == FlowStyle.FLOW) {
      lines = added.stream().map(source -> " ".repeat(dash) + "- " + flow(source)).toList();
    } else {
      int key = first instanceof MappingNode ? first.getStartMark().getColumn() : dash + 2;
      lines = blocks(added, dash, Math.max(key, dash + 2));
    }
    int end = offset(text, deepEnd(items.get(items.size() - 1)));
    return insertLines(text, afterLine(text, end), lineEnd, lines);
  }

  private static String intoFlowList(
      String text, String lineEnd, SequenceNode list, List<Source> added) {
    List<String> entries = added.stream().map(SourcesYamlEdit::flow).toList();
    List<Node> items = list.getValue();
    if (items.isEmpty()) {
      int close = text.lastIndexOf(']', offset(text, list.getEndMark()));
      return text.substring(0, close) + String.join(", ", entries) + text.substring(close);
    }
    Node last = items.get(items.size() - 1);
    int at = offset(text, last.getEndMark());
    boolean oneLine = last.getStartMark().getLine() == list.getStartMark().getLine();
    String separator = oneLine ? ", " : "," + lineEnd + " ".repeat(last.getStartMark().getColumn());
    StringBuilder insert = new StringBuilder();
    entries.forEach(entry -> insert.append(separator).append(entry));
    return text.substring(0, at) + insert + text.substring(at);
  }

  /**
   * Where an entry's text really ends: a block mapping's own end mark lies after the blank lines
   * and comments that follow it, so the last value in it is followed down instead.
   */
  static Mark deepEnd(Node node) {
    if (node instanceof MappingNode mapping
        && mapping.getFlowStyle() != FlowStyle.FLOW
        && !mapping.getValue().isEmpty()) {
      List<NodeTuple> tuples = mapping.getValue();
      return deepEnd(tuples.get(tuples.size() - 1).getValueNode());
    }
    if (node instanceof SequenceNode sequence
        && sequence.getFlowStyle() != FlowStyle.FLOW
        && !sequence.getValue().isEmpty()) {
      return deepEnd(sequence.getValue().get(sequence.getValue().size() - 1));
    }
    return node.getEndMark();
  }

  /** The start of the line after the one holding the offset (where a comment on it ends). */
  static int afterLine(String text, int offset) {
    if (offset > 0 && text.charAt(offset - 1) == '\n') {
      return offset; // a block scalar's end: already at a line's start
    }
    int newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length() : newline + 1;
  }

  /** The lines at a line's start, or after a line end when the text ends without one there. */
  private static String insertLines(String text, int at, String lineEnd, List<String> lines) {
    String joined = String.join(lineEnd, lines);
    boolean lineStart = at == 0 || text.charAt(at - 1) == '\n';
    String insert = lineStart ? joined + lineEnd : lineEnd + joined;
    return text.substring(0, at) + insert + text.substring(at);
  }

  /** SnakeYAML counts code points; a Java string counts chars (an emoji in a comment is two). */
  private static int offset(String text, Mark mark) {
    return text.offsetByCodePoints(0, mark.getIndex());
  }

  private static List<String> blocks(List<Source> added, int dash, int key) {
    List<String> lines = new ArrayList<>();
    added.forEach(source -> lines.addAll(block(source, dash, key)));
    return lines;
  }

  /** One block entry, a line per key, the dash at one column and the keys at another. */
  static List<String> block(Source source, int dash, int key) {
    List<String> fields = fields(source);
    List<String> lines = new ArrayList<>();
    lines.add(" ".repeat(dash) + "-" + " ".repeat(key - dash - 1) + fields.get(0));
    fields.subList(1, fields.size()).forEach(field -> lines.add(" ".repeat(key) + field));
    return lines;
  }

  static String flow(Source source) {
    return "{" + String.join(", ", fields(source)) + "}";
  }

  /** The keys of an entry, values double-quoted JSON-style: read the same in block and flow. */
  private static List<String> fields(Source source) {
    List<String> fields = new ArrayList<>();
    fields.add("id: " + quote(source.id()));
    fields.add("url: " + quote(source.url().toString()));
    fields.add("type: " + source.type().name().toLowerCase(Locale.ROOT));
    source.language().ifPresent(language -> fields.add("language: " + language.code()));
    source.zone().ifPresent(zone -> fields.add("timeZone: " + quote(zone.getId())));
    if (!source.tags().isEmpty()) {
      fields.add(
          "tags: ["
              + String.join(", ", source.tags().stream().map(SourcesYamlEdit::quote).toList())
              + "]");
    }
    if (source.follow()) {
      fields.add("follow: true");
    }
    if (!source.enabled()) {
      fields.add("enabled: false");
    }
    return fields;
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
