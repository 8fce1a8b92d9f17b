package io.invito.contact;

import io.invito.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The owner's contacts file as cells, every column kept, even ones invito does not know, so an
 * import can add to it and write it back with nothing of the owner's lost. Written atomically: a
 * crash leaves the old file or the new one, never half of one.
 */
final class ContactsFile {
  static final List<String> NEW_HEADER =
      List.of(
          "id",
          "first_name",
          "last_name",
          "title",
          "email",
          "company",
          "role",
          "interests",
          "languages",
          "time_zone",
          "formality",
          "channel",
          "opt_out",
          "notes",
          "linkedin_url",
          "phone");

  private final Path path;
  private final List<String> header;
  private final List<List<String>> rows;
  private final char delimiter;
  private final String lineEnd;
  private final boolean bom;

  private ContactsFile(
      Path path,
      List<String> header,
      List<List<String>> rows,
      char delimiter,
      String lineEnd,
      boolean bom) {
    this.path = path;
    this.header = header;
    this.rows = rows;
    this.delimiter = delimiter;
    this.lineEnd = lineEnd;
    this.bom = bom;
  }

  /** Reads the file, or starts an empty one with the usual columns when there is none. */
  static ContactsFile read(Path path) {
    String fileName = String.valueOf(path.getFileName());
    if (!Files.exists(path)) {
      return new ContactsFile(
          path, new ArrayList<>(NEW_HEADER), new ArrayList<>(), ',', "\n", false);
    }
    boolean bom = startsWithBom(path);
    String text = ContactsReader.readText(path, fileName);
    char delimiter = ContactsReader.delimiter(text);
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
      for (CSVRecord record : parser) {
        rows.add(new ArrayList<>(record.toList()));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigException(
          fileName
              + ": broken CSV, so nothing was imported into it"
              + " (check its quotes): "
              + e.getMessage(),
          e);
    }
    List<String> header = rows.isEmpty() ? new ArrayList<>(NEW_HEADER) : rows.remove(0);
    // The header's own line end says how the file ends its lines; a note may hold another.
    int firstEnd = text.indexOf('\n');
    String lineEnd = firstEnd > 0 && text.charAt(firstEnd - 1) == '\r' ? "\r\n" : "\n";
    return new ContactsFile(path, header, rows, delimiter, lineEnd, bom);
  }

  String fileName() {
    return String.valueOf(path.getFileName());
  }

  List<List<String>> rows() {
    return rows;
  }

  /** Where each known column is, adding the ones an import brings that the file lacks. */
  Map<Column, Integer> columns(Iterable<Column> needed) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    for (int index = 0; index < header.size(); index++) {
      int at = index;
      Column.find(header.get(index)).ifPresent(column -> columns.putIfAbsent(column, at));
    }
    for (Column column : needed) {
      if (!columns.containsKey(column)) {
        columns.put(column, header.size());
        header.add(column.header());
      }
    }
    return columns;
  }

  static String cell(List<String> row, int index) {
    return index < row.size() ? row.get(index).strip() : "";
  }

  static void set(List<String> row, int index, String value) {
    while (row.size() <= index) {
      row.add("");
    }
    row.set(index, value);
  }

  /** Writes a temporary file next to the real one, then moves it over in one step. */
  void write() {
    StringBuilder text = new StringBuilder();
    if (bom) {
      text.append('\uFEFF');
    }
    line(text, header);
    for (List<String> row : rows) {
      List<String> full = new ArrayList<>(row);
      while (full.size() < header.size()) {
        full.add(""); // columns an import added, empty for the people already there
      }
      line(text, full);
    }
    Path directory = path.toAbsolutePath().getParent();
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "." + fileName(), ".tmp");
      try {
        Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
        move(temporary);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new ConfigException(
          fileName() + ": cannot be written in " + directory + ": " + e.getMessage(), e);
    }
  }

  /**
   * One record, each value quoted only when it must be. Commons CSV's printer would also quote an
   * empty first value, rewriting every line of a file whose first column is an empty id.
   */
  private void line(StringBuilder text, List<String> values) {
    for (int index = 0; index < values.size(); index++) {
      if (index > 0) {
        text.append(delimiter);
      }
      String value = values.get(index);
      boolean quote =
          value.indexOf(delimiter) >= 0
              || value.indexOf('"') >= 0
              || value.indexOf('\n') >= 0
              || value.indexOf('\r') >= 0
              || (!value.isEmpty() && value.strip().length() != value.length());
      text.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
    }
    text.append(lineEnd);
  }

  private void move(Path temporary) throws IOException {
    try {
      Files.move(
          temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Some network shares cannot; a plain replace is still far better than writing in place.
      Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean startsWithBom(Path path) {
    try (var input = Files.newInputStream(path)) {
      byte[] first = input.readNBytes(3);
      return first.length == 3
          && (first[0] & 0xff) == 0xEF
          && (first[1] & 0xff) == 0xBB
          && (first[2] & 0xff) == 0xBF;
    } catch (IOException e) {
      throw new ConfigException(path.getFileName() + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
