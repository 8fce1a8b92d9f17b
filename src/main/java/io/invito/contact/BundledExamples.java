package io.invito.contact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The example people invito ships in {@code config/contacts.csv} (and the demo), told by e-mail,
 * name and company together (an owner may well know a Marco Rossi at example.it), so an import
 * never mixes the owner's people with them nor merges one of the owner's into an example of the
 * same name.
 */
final class BundledExamples {
  /**
   * The demo's contacts, the same people {@code config/contacts.csv} ships (ContactImporterTest
   * sets aside every row of the bundled file, so the two cannot drift apart unnoticed).
   */
  private static final String RESOURCE = "/demo/contacts.csv";

  private static final List<Column> KEY =
      List.of(Column.EMAIL, Column.FIRST_NAME, Column.LAST_NAME, Column.COMPANY);

  /** Of each example: e-mail, first name, last name and company, folded. */
  private static final Set<List<String>> KEYS = load();

  private BundledExamples() {}

  static boolean isExample(List<String> row, Map<Column, Integer> columns) {
    return KEYS.contains(key(row, columns));
  }

  private static List<String> key(List<String> row, Map<Column, Integer> columns) {
    return KEY.stream()
        .map(
            column ->
                columns.containsKey(column) ? ContactsFile.cell(row, columns.get(column)) : "")
        .map(cell -> cell.toLowerCase(Locale.ROOT))
        .toList();
  }

  /**
   * Before the first import into a file that holds only the examples: copies the file as it is to
   * {@code contacts.example.csv} beside it (unless one is there) and empties it of them, keeping
   * its header (in memory only, for a preview, when {@code write} is false). Returns what to tell
   * the owner, or nothing when the file holds people of their own.
   */
  static java.util.Optional<ImportFinding> setAside(ContactsFile file, Path path, boolean write) {
    Map<Column, Integer> columns = file.columns(List.of());
    if (file.rows().isEmpty() || !file.rows().stream().allMatch(row -> isExample(row, columns))) {
      return java.util.Optional.empty();
    }
    Path aside = path.resolveSibling("contacts.example.csv");
    try {
      if (write && !Files.exists(aside)) {
        Files.copy(path, aside);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the examples in " + aside, e);
    }
    int count = file.rows().size();
    file.rows().clear();
    return java.util.Optional.of(
        ImportFinding.of(
            file.fileName(), 0, ImportFinding.Kind.EXAMPLES_SET_ASIDE, count, aside.getFileName()));
  }

  private static Set<List<String>> load() {
    try (InputStream in = BundledExamples.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Set.of();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<List<String>> records = new java.util.ArrayList<>();
      try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
        parser.forEach(record -> records.add(record.toList()));
      }
      Map<Column, Integer> columns = new java.util.EnumMap<>(Column.class);
      List<String> header = records.get(0);
      for (int index = 0; index < header.size(); index++) {
        int at = index;
        Column.find(header.get(index)).ifPresent(column -> columns.put(column, at));
      }
      return records.stream()
          .skip(1)
          .map(row -> key(row, columns))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled examples " + RESOURCE, e);
    }
  }
}
