package io.invito.contact;

import java.util.List;
import java.util.Map;

/**
 * One person read from an export, in the contacts file's own columns, with the line of the export
 * they came from for problem messages, and the address book's groups it was in (which say something
 * of formality but are no column of their own).
 */
record ImportedRow(long line, Map<Column, String> cells, List<String> categories) {

  ImportedRow {
    cells = Map.copyOf(cells);
    categories = List.copyOf(categories);
  }

  ImportedRow(long line, Map<Column, String> cells) {
    this(line, cells, List.of());
  }

  String cell(Column column) {
    return cells.getOrDefault(column, "");
  }
}
