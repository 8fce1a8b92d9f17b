package io.invito.contact;

import io.invito.config.ConfigException;
import io.invito.config.UserFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The owner's contacts file as cells, every column kept, even ones invito does not know, so an
 * import can add to it and write it back with nothing of the owner's lost. It is written back as an
 * edit of its text through {@link UserFile}: a row the import did not change keeps its exact text
 * (quotes, spaces, line end), a new column is added at the end of each line, only a row the import
 * filled in is written anew, and new rows are added at the end.
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

  private final UserFile file;
  private final List<String> header;
  private final List<List<String>> rows;
  private final char delimiter;
  private final String lineEnd;

  /** The records as read (header first), and each one's text with the line end after it. */
  private final List<List<String>> read;

  private final List<String> texts;

  /**
   * Where each row as read stands among the records (the header is 0), by identity: a row removed
   * takes its text with it, and the rows after it keep theirs rather than their neighbour's.
   */
  private final Map<List<String>, Integer> origin = new java.util.IdentityHashMap<>();

  private ContactsFile(
      UserFile file,
      List<String> header,
      List<List<String>> rows,
      char delimiter,
      List<String> texts) {
    this.file = file;
    this.header = header;
    this.rows = rows;
    this.delimiter = delimiter;
    this.lineEnd = file.lineEnd();
    this.texts = texts;
    this.read = new ArrayList<>();
    read.add(List.copyOf(header));
    rows.forEach(row -> read.add(List.copyOf(row)));
    for (int index = 0; index < rows.size(); index++) {
      origin.put(rows.get(index), index + 1);
    }
  }

  /** Reads the file, or starts an empty one with the usual columns when there is none. */
  static ContactsFile read(Path path) {
    String fileName = String.valueOf(path.getFileName());
    UserFile file = UserFile.read(path);
    if (!file.exists()) {
      return new ContactsFile(file, new ArrayList<>(NEW_HEADER), new ArrayList<>(), ',', List.of());
    }
    String text = file.text();
    char delimiter = ContactsReader.delimiter(text);
    List<List<String>> rows = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
      for (CSVRecord record : parser) {
        rows.add(new ArrayList<>(record.toList()));
        starts.add((int) record.getCharacterPosition());
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigException(
          fileName
              + ": broken CSV, so nothing was imported into it"
              + " (check its quotes): "
              + e.getMessage(),
          e);
    }
    // Each record's own text runs to where the next begins: blank lines after it stay with it.
    List<String> texts = new ArrayList<>();
    for (int index = 0; index < starts.size(); index++) {
      int end = index + 1 < starts.size() ? starts.get(index + 1) : text.length();
      texts.add(text.substring(starts.get(index), end));
    }
    List<String> header = rows.isEmpty() ? new ArrayList<>(NEW_HEADER) : rows.remove(0);
    return new ContactsFile(file, header, rows, delimiter, texts);
  }

  String fileName() {
    return file.fileName();
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

  /**
   * Writes the changes back into the file's text.
   *
   * @throws ConfigException when the edited text would not read back as the rows it should hold
   *     (the file is then left as it is)
   */
  void write() {
    StringBuilder text = new StringBuilder();
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (int index = 0; index < all.size(); index++) {
      List<String> record = all.get(index);
      Integer at = index == 0 ? Integer.valueOf(0) : origin.get(record);
      if (at != null && at < texts.size()) {
        text.append(edited(texts.get(at), read.get(at), record));
      } else {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append(lineEnd); // the file's last line had no line end
        }
        line(text, padded(record));
        text.append(lineEnd);
      }
    }
    if (texts.isEmpty() && file.exists()) {
      text.insert(0, file.text()); // an empty or blank file: its text stays before the rows
    }
    check(text.toString(), all);
    file.write(text.toString());
  }

  /** A record's text: as it was, with the columns an import added, or written anew if changed. */
  private String edited(String original, List<String> before, List<String> now) {
    List<String> full = padded(now);
    if (full.subList(0, Math.min(before.size(), full.size())).equals(before)) {
      if (full.size() <= before.size()) {
        return original;
      }
      int end = original.length();
      while (end > 0 && (original.charAt(end - 1) == '\n' || original.charAt(end - 1) == '\r')) {
        end--;
      }
      StringBuilder extended = new StringBuilder(original.substring(0, end));
      for (String value : full.subList(before.size(), full.size())) {
        extended.append(delimiter).append(quoted(value));
      }
      return extended.append(original.substring(end)).toString();
    }
    // Blank lines before the record (Commons CSV counts them into the next record) and its line
    // end stay where they were.
    int start = 0;
    while (start < original.length()
        && (original.charAt(start) == '\n' || original.charAt(start) == '\r')) {
      start++;
    }
    int end = original.length();
    while (end > start && (original.charAt(end - 1) == '\n' || original.charAt(end - 1) == '\r')) {
      end--;
    }
    StringBuilder anew = new StringBuilder(original.substring(0, start));
    line(anew, full);
    return anew.append(original.substring(end)).toString();
  }

  private List<String> padded(List<String> record) {
    List<String> full = new ArrayList<>(record);
    while (full.size() < header.size()) {
      full.add(""); // columns an import added, empty for the people already there
    }
    return full;
  }

  /** The edited text must read back as exactly these records, or nothing is written. */
  private void check(String text, List<List<String>> expected) {
    List<List<String>> back = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
      parser.forEach(record -> back.add(trimmed(record.toList())));
    } catch (IOException | UncheckedIOException e) {
      throw refusal(e.getMessage());
    }
    List<List<String>> wanted = expected.stream().map(ContactsFile::trimmed).toList();
    if (!back.equals(wanted)) {
      throw refusal("the edited rows would not read back as written");
    }
  }

  private ConfigException refusal(String why) {
    return new ConfigException(
        fileName() + ": cannot be edited in place (" + why + "); it was left as it is");
  }

  /** Trailing empty cells say nothing: a short row and a padded one hold the same. */
  private static List<String> trimmed(List<String> record) {
    int end = record.size();
    while (end > 0 && record.get(end - 1).isEmpty()) {
      end--;
    }
    return record.subList(0, end);
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
      text.append(quoted(values.get(index)));
    }
  }

  private String quoted(String value) {
    boolean quote =
        value.indexOf(delimiter) >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || (!value.isEmpty() && value.strip().length() != value.length());
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
