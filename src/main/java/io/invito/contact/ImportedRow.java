package io.invito.contact;

import java.util.Map;

/**
 * One person read from an export, in the contacts file's own columns, with the line of the export
 * they came from for problem messages.
 */
record ImportedRow(long line, Map<Column, String> cells) {

  ImportedRow {
    cells = Map.copyOf(cells);
  }

  String cell(Column column) {
    return cells.getOrDefault(column, "");
  }
}
