package io.invito.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of feedparser's {@code Expect:} Python expressions the conformance test maps:
 * conjunctions of {@code bozo}, {@code not bozo}, {@code len(entries) == N} and {@code PATH ==
 * LITERAL}, where PATH is {@code feed[...]} or {@code entries[N][...]} and LITERAL a string, a
 * number or a tuple of numbers.
 */
final class PyExpect {
  /** One conjunct: a bozo check, a count, or a path compared with a literal. */
  record Check(String path, List<String> keys, int entry, Object literal, boolean negated) {}

  private static final Pattern PATH =
      Pattern.compile(
          "^(feed|entries\\[(\\d+)\\])((?:\\[(?:'[^']*'|\"[^\"]*\"|\\d+)\\]|\\.\\w+)+)$");
  private static final Pattern KEY =
      Pattern.compile("\\[(?:'([^']*)'|\"([^\"]*)\"|(\\d+))\\]" + "|\\.(\\w+)");

  private PyExpect() {}

  /** Splits at top-level {@code and}, outside quotes and brackets. */
  static List<String> conjuncts(String expression) {
    return topLevel(expression, " and ");
  }

  /** The pieces of the text between separators that stand outside quotes and brackets. */
  private static List<String> topLevel(String text, String separator) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int at = next(text, separator, 0); at >= 0; at = next(text, separator, from)) {
      parts.add(text.substring(from, at).strip());
      from = at + separator.length();
    }
    parts.add(text.substring(from).strip());
    return parts;
  }

  /**
   * Where the next separator outside quotes and brackets stands, from a place outside both, or -1.
   */
  private static int next(String text, String separator, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (depth == 0 && text.startsWith(separator, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The conjunct as a check, or empty when it is not one this test maps. */
  static Optional<Check> parse(String conjunct) {
    String text = conjunct.strip();
    if (text.equals("bozo") || text.equals("bozo == 1") || text.equals("bozo == True")) {
      return Optional.of(new Check("bozo", List.of(), 0, Boolean.TRUE, false));
    }
    if (text.equals("not bozo") || text.equals("bozo == 0") || text.equals("bozo == False")) {
      return Optional.of(new Check("bozo", List.of(), 0, Boolean.FALSE, false));
    }
    Matcher count = Pattern.compile("^len\\(entries\\)\\s*==\\s*(\\d+)$").matcher(text);
    if (count.matches()) {
      return Optional.of(new Check("len", List.of(), 0, Long.parseLong(count.group(1)), false));
    }
    int eq = next(text, "==", 0);
    boolean negated = false;
    if (eq < 0) {
      eq = next(text, "!=", 0);
      negated = true;
    }
    if (eq < 0) {
      return Optional.empty();
    }
    Matcher path = PATH.matcher(text.substring(0, eq).strip());
    if (!path.matches()) {
      return Optional.empty();
    }
    Optional<Object> literal = literal(text.substring(eq + 2).strip());
    if (literal.isEmpty()) {
      return Optional.empty();
    }
    List<String> keys = new ArrayList<>();
    Matcher key = KEY.matcher(path.group(3));
    while (key.find()) {
      for (int group = 1; group <= 4; group++) {
        if (key.group(group) != null) {
          keys.add(key.group(group));
        }
      }
    }
    int entry = path.group(2) == null ? -1 : Integer.parseInt(path.group(2));
    return Optional.of(
        new Check(
            path.group(1).startsWith("feed") ? "feed" : "entry",
            keys,
            entry,
            literal.get(),
            negated));
  }

  /** A Python string, integer or tuple of integers. */
  static Optional<Object> literal(String text) {
    if (text.matches("-?\\d+")) {
      return Optional.of(Long.parseLong(text));
    }
    if (text.startsWith("(") && text.endsWith(")")) {
      List<Long> numbers = new ArrayList<>();
      for (String part : text.substring(1, text.length() - 1).split(",")) {
        if (!part.strip().matches("-?\\d+")) {
          return Optional.empty();
        }
        numbers.add(Long.parseLong(part.strip()));
      }
      return Optional.of(numbers);
    }
    List<String> pieces = topLevel(text, "+"); // 'a' + 'b': a concatenation
    if (pieces.size() > 1) {
      StringBuilder joined = new StringBuilder();
      for (String piece : pieces) {
        Optional<Object> part = literal(piece);
        if (part.isEmpty() || !(part.get() instanceof String string)) {
          return Optional.empty();
        }
        joined.append(string);
      }
      return Optional.of(joined.toString());
    }
    String body = text.replaceFirst("^[uUbB]", "");
    if (body.length() >= 6
        && (body.startsWith("\"\"\"") && body.endsWith("\"\"\"")
            || body.startsWith("'''") && body.endsWith("'''"))) {
      return Optional.of(unescape(body.substring(3, body.length() - 3)));
    }
    boolean raw = body.startsWith("r") || body.startsWith("R");
    if (raw) {
      body = body.substring(1);
    }
    if (body.length() < 2
        || !(body.startsWith("'") && body.endsWith("'")
            || body.startsWith("\"") && body.endsWith("\""))) {
      return Optional.empty();
    }
    String inner = body.substring(1, body.length() - 1);
    return Optional.of(raw ? inner : unescape(inner));
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'x' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'U' -> {
          out.appendCodePoint(Integer.parseInt(text.substring(i + 1, i + 9), 16));
          i += 8;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
