package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JsonTrees must read every JSON-LD block exactly as the ObjectMapper it replaced did: the same
 * trees (node classes included: an IntNode is not a LongNode), and a failure where it failed, for
 * the blocks of every page of the tests and of the shared corpora, hand-made edge cases, and those
 * blocks cut and garbled at random (seeded).
 */
class JsonTreesTest {
  // The ObjectMapper JsonLdScanner used before, with the same read features.
  private static final ObjectReader MAPPER_TREES = mapper().readerFor(JsonNode.class);
  private static final Pattern LD_BLOCK =
      Pattern.compile("(?is)<script[^>]*ld\\+json[^>]*>(.*?)</script>");

  private static final List<String> EDGES =
      List.of(
          "{}",
          "[]",
          "[ ]",
          "{\"a\":1}",
          "[{\"a\":1},{\"b\":2}]",
          "[{\"a\":1}] trailing garbage",
          "[1] {\"a\":2}",
          "{\"a\":1} {\"b\":2}",
          "{\"a\":1}{\"b\":2}",
          "{\"a\":1} garbage",
          "{\"a\":1} ]",
          "{\"a\":1} }",
          "]",
          "}",
          "1",
          "1 2 3",
          "\"text\"",
          "null",
          "true false",
          "[[1,2],[3,[4,{\"x\":[]}]]]",
          "[[]]",
          "[{}]",
          "{\"a\":{\"b\":{\"c\":[1,{\"d\":null}]}},\"e\":[]}",
          "{\"k\":1,\"k\":2,\"j\":3}",
          "{\"k\":{\"x\":1},\"j\":0,\"k\":[2]}",
          "{\"n\":2147483647,\"m\":2147483648,\"l\":9223372036854775808,\"z\":-0}",
          "{\"f\":1.5,\"g\":1e400,\"h\":-1.0e-5,\"i\":0.1000000000000000055511151231257827}",
          "{\"nan\":NaN,\"inf\":Infinity,\"ninf\":-Infinity,\"pinf\":+Infinity}",
          "{\"lead\":007,\"plus\":+5,\"plusf\":+5.5}",
          "{'single':'quotes'}",
          "{\"a\":1,}",
          "[1,2,]",
          "[,]",
          "{\"a\":\"line\nbreak\"}",
          "{\"a\":\"\\q\"}",
          "// comment\n{\"a\":1}",
          "/* c */ {\"a\": /* in */ 1} # yaml",
          "{\"a\":",
          "{\"a\"",
          "[1,2",
          "{\"a\":[1,2}",
          "[\"a\" \"b\"]",
          "{a:1}",
          "{\"@type\":\"Event\",\"name\":\"x\",\"startDate\":\"2026-01-01\"}",
          "[".repeat(1200) + "]".repeat(1200),
          "[".repeat(900) + "]".repeat(900),
          "{\"a\":".repeat(1100) + "1" + "}".repeat(1100));

  @Test
  void readsEveryBlockAsTheObjectMapperDid() throws IOException {
    List<String> blocks = new ArrayList<>(EDGES);
    for (Path root : List.of(Path.of("src/test/resources"), Path.of("../shared"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          String name = file.getFileName().toString().toLowerCase();
          if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".json")) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (name.endsWith(".json")) {
              blocks.add(text);
            }
            Matcher block = LD_BLOCK.matcher(text);
            while (block.find()) {
              blocks.add(block.group(1));
            }
          }
        }
      }
    }
    Random random = new Random(18);
    int real = blocks.size();
    for (int i = 0; i < real; i++) {
      String block = blocks.get(i);
      if (block.length() < 2 || block.length() > 20_000) {
        continue;
      }
      for (int n = 0; n < 4; n++) {
        int at = random.nextInt(block.length());
        blocks.add(block.substring(0, at));
        blocks.add(block.substring(0, at) + "{}[],:\"'/#\\".charAt(random.nextInt(11)) + block);
        blocks.add(block.substring(0, at) + block.substring(Math.min(block.length(), at + 1)));
      }
    }
    int failures = 0;
    for (String block : blocks) {
      String expected = outcome(() -> viaMapper(block));
      String actual = outcome(() -> JsonTrees.read(block));
      assertThat(actual).as("block %s", abbreviate(block)).isEqualTo(expected);
      failures += expected.startsWith("failed") ? 1 : 0;
    }
    // The comparison covered both sides of the line: blocks that read and blocks that do not.
    assertThat(blocks).hasSizeGreaterThan(EDGES.size());
    assertThat(failures).isPositive().isLessThan(blocks.size());
  }

  private static JsonMapper mapper() {
    JsonMapper.Builder builder = JsonMapper.builder();
    JsonTrees.LENIENCY.forEach(builder::enable);
    return builder.build();
  }

  private interface Read {
    List<JsonNode> run() throws IOException;
  }

  /** The trees with each node's class, or "failed". */
  private static String outcome(Read read) {
    try {
      StringBuilder text = new StringBuilder();
      for (JsonNode root : read.run()) {
        describe(root, text);
        text.append('\n');
      }
      return text.toString();
    } catch (IOException | RuntimeException e) {
      return "failed";
    }
  }

  private static void describe(JsonNode node, StringBuilder text) {
    text.append(node.getClass().getSimpleName()).append('(');
    if (node.isObject()) {
      for (var field : node.properties()) {
        text.append(field.getKey()).append('=');
        describe(field.getValue(), text);
        text.append(',');
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        describe(child, text);
        text.append(',');
      }
    } else {
      text.append(node.toString());
    }
    text.append(')');
  }

  private static List<JsonNode> viaMapper(String json) throws IOException {
    try (MappingIterator<JsonNode> values = MAPPER_TREES.readValues(json)) {
      List<JsonNode> roots = new ArrayList<>();
      while (values.hasNextValue()) {
        roots.add(values.nextValue());
      }
      return roots;
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
