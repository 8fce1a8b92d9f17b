package io.invito.contact;

import io.invito.config.ConfigException;
import io.invito.config.Language;
import io.invito.model.Contact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the owner's contacts CSV file; a bad row is reported with its file and line and skipped,
 * and the rest is imported.
 */
public final class ContactsReader {
  private static final char BOM = '\uFEFF';

  /**
   * The contacts read, in file order, and one message per problem, each naming the file, the line,
   * the column and the value: {@code contacts.csv: line 7: languages 'xx' is not it or en; row
   * skipped}.
   */
  public record ContactList(List<Contact> contacts, List<String> problems) {
    public ContactList {
      contacts = List.copyOf(contacts);
      problems = List.copyOf(problems);
    }
  }

  private ContactsReader() {}

  /**
   * Reads a UTF-8 CSV file with a header row (a BOM, CRLF line ends and quoted values are fine).
   *
   * @param defaultLanguage the language of a contact whose {@code languages} cell is empty
   * @param defaultZone the zone of a contact whose {@code time_zone} cell is empty
   * @throws ConfigException when the file is missing, unreadable, not CSV, or lacks the columns
   *     that name a contact ({@code first_name} or {@code last_name}, and {@code email} or {@code
   *     id})
   */
  public static ContactList read(Path csvFile, Language defaultLanguage, ZoneId defaultZone) {
    String fileName = String.valueOf(csvFile.getFileName());
    String text = readText(csvFile, fileName);
    LineIndex lines = new LineIndex(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).get();
    List<String> problems = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    Map<String, Long> statedIds = new HashMap<>();
    Map<String, Long> emails = new HashMap<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!hasNext(records, fileName, parser)) {
        throw new ConfigException(
            fileName + ": file is empty: expected a header row such as first_name,last_name,email");
      }
      CSVRecord header = records.next();
      Map<Column, Integer> columns =
          columns(header.toList(), fileName, lines.lineAt(header.getCharacterPosition()), problems);
      RowParser rowParser =
          new RowParser(fileName, columns, header.size(), defaultLanguage, defaultZone);
      while (hasNext(records, fileName, parser)) {
        CSVRecord record = records.next();
        if (record.stream().allMatch(String::isBlank)) {
          continue; // spreadsheets save trailing empty rows as ",,,,"
        }
        long line = lines.lineAt(record.getCharacterPosition());
        Optional<Contact> contact = rowParser.parse(record.toList(), line, problems);
        if (contact.isEmpty()) {
          continue;
        }
        String id = contact.get().id();
        Optional<String> email = contact.get().email().map(e -> e.toLowerCase(Locale.ROOT));
        if (!id.isEmpty() && statedIds.containsKey(id)) {
          problems.add(duplicate(fileName, line, "id", id, statedIds.get(id)));
        } else if (email.isPresent() && emails.containsKey(email.get())) {
          problems.add(
              duplicate(
                  fileName, line, "email", contact.get().email().get(), emails.get(email.get())));
        } else {
          if (!id.isEmpty()) {
            statedIds.put(id, line);
          }
          email.ifPresent(address -> emails.put(address, line));
          contacts.add(contact.get());
        }
      }
    } catch (IOException e) {
      throw new ConfigException(fileName + ": cannot be read as CSV: " + e.getMessage(), e);
    }
    return new ContactList(new IdAssigner(statedIds.keySet()).assign(contacts), problems);
  }

  static String readText(Path file, String fileName) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      // Excel's "CSV UTF-8" starts with a byte order mark, which would spoil the first header.
      return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      throw new ConfigException(fileName + ": file not found in " + parent(file));
    } catch (CharacterCodingException e) {
      throw new ConfigException(
          fileName + ": is not UTF-8 text; save it as \"CSV UTF-8\" and try again", e);
    } catch (IOException e) {
      throw new ConfigException(fileName + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static String parent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? "/" : parent.toString();
  }

  /** Excel in Italian and other European locales saves "CSV" with semicolons. */
  static char delimiter(String text) {
    int end = text.indexOf('\n');
    String firstLine = end < 0 ? text : text.substring(0, end);
    return firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
  }

  private static boolean hasNext(Iterator<CSVRecord> records, String fileName, CSVParser parser) {
    // The parser's line count is where the last good row ended; the broken one starts after it.
    long rowStart = parser.getCurrentLineNumber() + 1;
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      // An unterminated quote or text after a closing quote: where the next row starts is
      // unknowable, so importing "the rest" would import garbage.
      String broken = "%s: line %d: broken CSV in the row starting here (check its quotes): %s";
      throw new ConfigException(broken.formatted(fileName, rowStart, e.getCause().getMessage()), e);
    }
  }

  private static Map<Column, Integer> columns(
      List<String> header, String fileName, long line, List<String> problems) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    Set<String> unknown = new LinkedHashSet<>();
    for (int index = 0; index < header.size(); index++) {
      String cell = header.get(index).strip();
      if (cell.isEmpty()) {
        continue; // Excel writes trailing empty header cells; they carry nothing
      }
      Optional<Column> column = Column.find(cell);
      if (column.isEmpty()) {
        unknown.add(cell);
      } else if (columns.putIfAbsent(column.get(), index) != null) {
        throw new ConfigException(
            "%s: line %d: column '%s' appears twice in the header"
                .formatted(fileName, line, column.get().header()));
      }
    }
    for (String cell : unknown) {
      problems.add(
          "%s: line %d: unknown column '%s' is ignored (known columns: %s)"
              .formatted(fileName, line, cell, Column.knownHeaders()));
    }
    boolean named = columns.containsKey(Column.FIRST_NAME) || columns.containsKey(Column.LAST_NAME);
    boolean identified = columns.containsKey(Column.EMAIL) || columns.containsKey(Column.ID);
    if (!named || !identified) {
      String needs = "%s: line %d: the header '%s' needs first_name or last_name, and email or id";
      throw new ConfigException(needs.formatted(fileName, line, String.join(",", header)));
    }
    return columns;
  }

  private static String duplicate(
      String fileName, long line, String column, String value, long firstLine) {
    return "%s: line %d: %s '%s' is already used on line %d; row skipped"
        .formatted(fileName, line, column, value, firstLine);
  }
}
