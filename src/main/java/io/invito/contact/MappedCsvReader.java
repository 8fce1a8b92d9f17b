package io.invito.contact;

import io.invito.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads any CSV with a header row, its columns mapped to the contacts file's by {@code --map
 * "Nome=first_name,Cognome=last_name"}; without a mapping, headers that already name contacts
 * columns ({@code email}, {@code First name}, {@code E-mail}) are read as they are.
 */
final class MappedCsvReader {
  private MappedCsvReader() {}

  /**
   * Reads {@code Nome=first_name,Cognome=last_name}.
   *
   * @throws ConfigException naming the pair that is not {@code header=column} or the column
   */
  static Map<String, Column> mapping(String text) {
    Map<String, Column> mapping = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return mapping;
    }
    for (String pair : text.split(",")) {
      int equals = pair.lastIndexOf('=');
      if (equals <= 0 || equals == pair.length() - 1) {
        throw ImportRefused.of("", ImportFinding.Kind.MAP_NOT_A_PAIR, pair.strip());
      }
      String target = pair.substring(equals + 1);
      Column column =
          Column.find(target)
              .orElseThrow(
                  () ->
                      ImportRefused.of(
                          "",
                          ImportFinding.Kind.MAP_NOT_A_COLUMN,
                          target.strip(),
                          Column.knownHeaders()));
      mapping.put(pair.substring(0, equals).strip(), column);
    }
    return mapping;
  }

  static List<ImportedRow> read(
      String text, String fileName, Map<String, Column> mapping, List<ImportFinding> problems) {
    LineIndex lines = new LineIndex(text);
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(ContactsReader.delimiter(text)).get();
    List<ImportedRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      List<String> header = null;
      Map<Column, Integer> columns = new EnumMap<>(Column.class);
      for (CSVRecord record : parser) {
        long line = lines.lineAt(record.getCharacterPosition());
        if (header == null) {
          header = record.toList();
          columns = columns(header, fileName, mapping);
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
                  ImportFinding.Kind.TOO_MANY_VALUES_UNQUOTED,
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

  private static Map<Column, Integer> columns(
      List<String> header, String fileName, Map<String, Column> mapping) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    for (Map.Entry<String, Column> entry : mapping.entrySet()) {
      int index = indexOf(header, entry.getKey());
      if (index < 0) {
        throw ImportRefused.of(
            fileName,
            ImportFinding.Kind.MAP_NO_SUCH_HEADER,
            entry.getKey(),
            String.join(", ", header));
      }
      columns.put(entry.getValue(), index);
    }
    if (mapping.isEmpty()) {
      for (int index = 0; index < header.size(); index++) {
        Optional<Column> column = Column.find(header.get(index));
        if (column.isPresent()) {
          columns.putIfAbsent(column.get(), index);
        }
      }
    }
    boolean named = columns.containsKey(Column.FIRST_NAME) || columns.containsKey(Column.LAST_NAME);
    if (!named) {
      throw ImportRefused.of(
          fileName, ImportFinding.Kind.NO_NAME_COLUMN, String.join(", ", header));
    }
    return columns;
  }

  private static int indexOf(List<String> header, String name) {
    for (int index = 0; index < header.size(); index++) {
      if (header.get(index).strip().equalsIgnoreCase(name.strip())) {
        return index;
      }
    }
    return -1;
  }
}
