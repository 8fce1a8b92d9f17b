package io.invito.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A list a command prints, done once for every list command: a header row over aligned columns, or
 * with {@code --json} an array holding one object per row, keyed by the column names. Times go
 * through {@link OwnerTime} here, so every list shows them alike. A row may carry details: lines
 * under it in the text, fields of its object in JSON.
 */
final class Listing {
  /** Made on the first --json: a text listing does not load Jackson's databind for nothing. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private static final String NEWLINE = System.lineSeparator();

  /** A column: its header and the widest a value is shown before it is cut with an ellipsis. */
  record Column(String header, int maxWidth) {
    static Column of(String header) {
      return new Column(header, Integer.MAX_VALUE);
    }

    /** {@code "LAST SUCCESS"} → {@code "last_success"}. */
    String key() {
      return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
  }

  /** One row: its values in column order and its details by name. */
  static final class Row {
    private final List<Object> values;
    private final Map<String, Detail> details = new LinkedHashMap<>();

    private Row(List<Object> values) {
      this.values = values;
    }

    /**
     * A detail shown as indented lines under the row ({@code prefix} before each) and as the field
     * {@code key} in JSON; an empty Optional or list adds nothing.
     */
    Row detail(String key, String prefix, Object value) {
      Object present = value instanceof Optional<?> optional ? optional.orElse(null) : value;
      if (present != null && !(present instanceof Collection<?> many && many.isEmpty())) {
        details.put(key, new Detail(prefix, present));
      }
      return this;
    }
  }

  private record Detail(String prefix, Object value) {}

  private final List<Column> columns;
  private final OwnerTime time;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> footer = new ArrayList<>();
  private String empty;
  private Instant lastInstant;
  private String lastInstantText;

  Listing(OwnerTime time, Column... columns) {
    this.time = time;
    this.columns = List.of(columns);
  }

  /** Columns by their headers, none of them cut. */
  Listing(OwnerTime time, String... headers) {
    this(time, Arrays.stream(headers).map(Column::of).toArray(Column[]::new));
  }

  /** Values in column order: text, numbers, {@link Instant}s, Optionals (empty: "-") or lists. */
  Row row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          values.length + " values for " + columns.size() + " columns: " + Arrays.asList(values));
    }
    Row row = new Row(Arrays.asList(values));
    rows.add(row);
    return row;
  }

  /** What the text says instead of a lone header when there are no rows (JSON: {@code []}). */
  Listing whenEmpty(String text) {
    this.empty = text;
    return this;
  }

  /** A line after the rows, for the reader of the text only (a legend, a count). */
  Listing footer(String line) {
    footer.add(line);
    return this;
  }

  void print(PrintWriter out, ListFormat format) {
    if (format != null && format.json) {
      printJson(out);
    } else {
      printText(out);
    }
  }

  private void printText(PrintWriter out) {
    if (rows.isEmpty() && empty != null) {
      out.println(empty);
      return;
    }
    List<String[]> cells = new ArrayList<>(rows.size());
    for (Row row : rows) {
      String[] line = new String[columns.size()];
      for (int index = 0; index < line.length; index++) {
        line[index] = fit(text(row.values.get(index)), columns.get(index).maxWidth());
      }
      cells.add(line);
    }
    int[] widths = new int[columns.size()];
    for (int index = 0; index < columns.size(); index++) {
      widths[index] = columns.get(index).header().length();
      for (String[] line : cells) {
        widths[index] = Math.max(widths[index], line[index].length());
      }
    }
    // The whole text, then one write: the command line's writer flushes at every line, and 10,000
    // lines were 10,000 writes to the terminal.
    StringBuilder text = new StringBuilder();
    line(text, columns.stream().map(Column::header).toArray(String[]::new), widths);
    for (int index = 0; index < rows.size(); index++) {
      line(text, cells.get(index), widths);
      for (Detail detail : rows.get(index).details.values()) {
        List<?> lines = detail.value() instanceof List<?> many ? many : List.of(detail.value());
        lines.forEach(
            one -> text.append("    ").append(detail.prefix()).append(text(one)).append(NEWLINE));
      }
    }
    footer.forEach(line -> text.append(line).append(NEWLINE));
    out.print(text);
  }

  /**
   * Columns two spaces apart, then a line separator; the last one not padded, so lines end with
   * their text (and trailing white space stripped, as {@link String#stripTrailing()} does).
   */
  private static void line(StringBuilder text, String[] cells, int[] widths) {
    int start = text.length();
    for (int index = 0; index < cells.length; index++) {
      String cell = cells[index];
      text.append(cell);
      if (index < cells.length - 1) {
        for (int pad = widths[index] - cell.length() + 2; pad > 0; pad--) {
          text.append(' ');
        }
      }
    }
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    text.setLength(end);
    text.append(NEWLINE);
  }

  private void printJson(PrintWriter out) {
    List<String> keys = columns.stream().map(Column::key).toList();
    List<Map<String, Object>> objects = new ArrayList<>();
    for (Row row : rows) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int index = 0; index < columns.size(); index++) {
        object.put(keys.get(index), json(row.values.get(index)));
      }
      row.details.forEach((key, detail) -> object.put(key, json(detail.value())));
      objects.add(object);
    }
    try {
      out.println(Json.MAPPER.writeValueAsString(objects));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list could not be written as JSON: " + e.getMessage(), e);
    }
  }

  private String text(Object value) {
    Object present = value instanceof Optional<?> optional ? optional.orElse(null) : value;
    if (present == null || "".equals(present)) {
      return "-";
    }
    if (present instanceof Instant instant) {
      // Lists come sorted by time, so rows one after another often share one: formatted once.
      if (!instant.equals(lastInstant)) {
        lastInstant = instant;
        lastInstantText = time.text(instant);
      }
      return lastInstantText;
    }
    if (present instanceof ZonedDateTime zoned) {
      return time.text(zoned);
    }
    if (present instanceof Collection<?> many) {
      // As the contacts file writes its lists: "calcolo; poesia", "en; fr".
      if (many.size() == 1) {
        return text(many.iterator().next());
      }
      return many.isEmpty() ? "-" : String.join("; ", many.stream().map(this::text).toList());
    }
    return oneLine(String.valueOf(present));
  }

  /**
   * Runs of whitespace as one space, then stripped: what {@code replaceAll("\\s+", " ").strip()}
   * gives, whose regex was a third of the time of printing 10,000 events; the regex runs only on
   * text that has something for it to replace.
   */
  static String oneLine(String text) {
    for (int index = 0; index < text.length(); index++) {
      char c = text.charAt(index);
      boolean run = c == ' ' && index + 1 < text.length() && isRegexSpace(text.charAt(index + 1));
      if (run || c != ' ' && isRegexSpace(c)) {
        return text.replaceAll("\\s+", " ").strip();
      }
    }
    return text.strip();
  }

  /** What the regex {@code \\s} matches (without UNICODE_CHARACTER_CLASS). */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private Object json(Object value) {
    Object present = value instanceof Optional<?> optional ? optional.orElse(null) : value;
    if (present instanceof Instant instant) {
      return time.json(instant);
    }
    if (present instanceof ZonedDateTime zoned) {
      return time.json(zoned.toInstant());
    }
    if (present instanceof Collection<?> many) {
      return many.stream().map(this::json).toList();
    }
    if (present instanceof Number || present instanceof Boolean || present == null) {
      return present;
    }
    return String.valueOf(present);
  }

  /** The text on one line, cut with an ellipsis when longer than the column allows. */
  private static String fit(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
  }
}
