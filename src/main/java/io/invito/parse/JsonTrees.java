package io.invito.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The JSON values of a JSON-LD block as trees, read leniently, built from jackson-core's parser
 * without an ObjectMapper: making one (its configuration, date formats, type factory, deserializer
 * lookup) was a tenth of a second of every `extract` over pages, and nothing else on the page path
 * needs it. The trees, and which blocks fail, are those of {@code ObjectReader.readValues} for
 * {@code JsonNode} with the same read features (JsonTreesTest compares the two): the values one
 * after another, a top-level array's elements as values of their own and nothing read after it, the
 * last of two equal keys kept at the place of the first.
 */
final class JsonTrees {
  /** What the wild's JSON-LD needs: comments, trailing commas, raw newlines, single quotes... */
  static final List<JsonReadFeature> LENIENCY =
      List.of(
          JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_YAML_COMMENTS,
          JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
          JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
          JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
          JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
          JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS);

  private static final JsonFactory LENIENT = lenient();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  private static JsonFactory lenient() {
    JsonFactoryBuilder builder = new JsonFactoryBuilder();
    LENIENCY.forEach(builder::enable);
    return builder.build();
  }

  /**
   * The values of the text; an IOException (or jackson-core's RuntimeException, as for nesting
   * beyond its limit) for text that is not JSON even read leniently.
   */
  static List<JsonNode> read(String json) throws IOException {
    List<JsonNode> values = new ArrayList<>();
    try (JsonParser parser = LENIENT.createParser(json)) {
      parser.nextToken();
      if (parser.isExpectedStartArrayToken()) {
        parser.clearCurrentToken(); // the array's elements are the values
      }
      while (true) {
        JsonToken token = parser.currentToken();
        if (token == null) {
          token = parser.nextToken();
          if (token == null || token == JsonToken.END_ARRAY) {
            return values;
          }
        }
        values.add(value(parser, token));
        parser.clearCurrentToken();
      }
    }
  }

  /** The value starting at the parser's current token; containers read without recursion. */
  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      ContainerNode<?> root =
          token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
      fill(parser, root);
      return root;
    }
    if (token == JsonToken.END_OBJECT) {
      return NODES.objectNode();
    }
    return scalar(parser, token);
  }

  private static void fill(JsonParser parser, ContainerNode<?> root) throws IOException {
    Deque<ContainerNode<?>> open = new ArrayDeque<>();
    ContainerNode<?> current = root;
    while (current != null) {
      ContainerNode<?> child = null;
      if (current instanceof ObjectNode object) {
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          JsonToken token = next(parser);
          JsonNode value = container(token);
          object.replace(name, value != null ? value : scalar(parser, token));
          if (value != null) {
            child = (ContainerNode<?>) value;
            break;
          }
        }
      } else {
        ArrayNode array = (ArrayNode) current;
        for (JsonToken token = next(parser); token != JsonToken.END_ARRAY; token = next(parser)) {
          JsonNode value = container(token);
          array.add(value != null ? value : scalar(parser, token));
          if (value != null) {
            child = (ContainerNode<?>) value;
            break;
          }
        }
      }
      if (child != null) {
        open.push(current);
        current = child;
      } else {
        current = open.poll(); // this one ended: back to the one around it
      }
    }
  }

  private static JsonToken next(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new IOException("unexpected end of input");
    }
    return token;
  }

  /** A new empty container for a start token, else null. */
  private static JsonNode container(JsonToken token) {
    return token == JsonToken.START_OBJECT
        ? NODES.objectNode()
        : token == JsonToken.START_ARRAY ? NODES.arrayNode() : null;
  }

  private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT ->
          switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT ->
          switch (parser.getNumberTypeFP()) {
            case BIG_DECIMAL -> NODES.numberNode(parser.getDecimalValue());
            case FLOAT32 -> NODES.numberNode(parser.getFloatValue());
            default -> NODES.numberNode(parser.getDoubleValue());
          };
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IOException("unexpected " + token);
    };
  }
}
