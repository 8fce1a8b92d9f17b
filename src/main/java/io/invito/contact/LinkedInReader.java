package io.invito.contact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads LinkedIn's "Connections.csv" as LinkedIn writes it: a few lines of notes before the header
 * {@code First Name,Last Name,URL,Email Address,Company,Position,Connected On}, and an empty e-mail
 * for everyone who hides theirs.
 */
final class LinkedInReader {
  static final String HEADER_START = "first name,last name";
  private static final Map<String, Column> COLUMNS =
      Map.of(
          "first name", Column.FIRST_NAME,
          "last name", Column.LAST_NAME,
          "url", Column.LINKEDIN_URL,
          "email address", Column.EMAIL,
          "company", Column.COMPANY,
          "position", Column.ROLE);

  private LinkedInReader() {}

  /** Whether the text has LinkedIn's header on one of its first lines. */
  static boolean recognizes(String text) {
    return headerOffset(text) >= 0;
  }

  static List<ImportedRow> read(String text, String fileName, List<ImportFinding> problems) {
    int start = headerOffset(text);
    if (start < 0) {
      throw ImportRefused.of(fileName, ImportFinding.Kind.NOT_LINKEDIN);
    }
    LineIndex lines = new LineIndex(text);
    List<ImportedRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text.substring(start), CSVFormat.DEFAULT)) {
      Map<Column, Integer> columns = new EnumMap<>(Column.class);
      List<String> header = null;
      for (CSVRecord record : parser) {
        long line = lines.lineAt(start + record.getCharacterPosition());
        if (header == null) {
          header = record.toList();
          for (int index = 0; index < header.size(); index++) {
            Column column =
                COLUMNS.get(header.get(index).strip().toLowerCase(java.util.Locale.ROOT));
            if (column != null) {
              columns.putIfAbsent(column, index);
            }
          }
          continue;
        }
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (record.size() > header.size()) {
          problems.add(
              ImportFinding.of(
                  fileName,
                  line,
                  ImportFinding.Kind.TOO_MANY_VALUES,
                  record.size(),
                  header.size()));
          continue;
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        columns.forEach(
            (column, index) -> {
              if (index < record.size() && !record.get(index).isBlank()) {
                cells.put(column, record.get(index).strip());
              }
            });
        rows.add(new ImportedRow(line, cells));
      }
    } catch (IOException | UncheckedIOException e) {
      throw ImportRefused.because(e, fileName, ImportFinding.Kind.BROKEN_CSV);
    }
    return rows;
  }

  /** Where the header line starts, or -1; LinkedIn puts "Notes:" and a paragraph before it. */
  private static int headerOffset(String text) {
    int offset = 0;
    for (int line = 0; line < 20 && offset < text.length(); line++) {
      int end = text.indexOf('\n', offset);
      String content = text.substring(offset, end < 0 ? text.length() : end);
      if (content.strip().toLowerCase(java.util.Locale.ROOT).startsWith(HEADER_START)) {
        return offset;
      }
      if (end < 0) {
        break;
      }
      offset = end + 1;
    }
    return -1;
  }
}
