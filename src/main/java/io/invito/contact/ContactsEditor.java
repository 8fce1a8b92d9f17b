package io.invito.contact;

import io.invito.config.ConfigException;
import io.invito.config.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changes one person in the owner's contacts file in place, for {@code contacts edit} and {@code
 * contacts remove}: every other row, column, quote and line end stays as the owner wrote it. A
 * change the reader would refuse (a zone that is no zone) is undone and reported, so the file is
 * never left with a row that costs the person their invitations.
 *
 * <p>Kept small and on {@link ContactsFile} alone, so it can give way to a shared in-place editor
 * of the config files.
 */
public final class ContactsEditor {
  private ContactsEditor() {}

  /**
   * Sets {@code key=value} cells of the contact {@code id}; a phone is written in E.164.
   *
   * @throws ConfigException when there is no such contact, a key is no column, or the row would not
   *     read afterwards; the file is then as it was
   */
  public static void set(
      Path file, String id, Map<String, String> values, Language language, ZoneId zone) {
    ContactsFile contacts = ContactsFile.read(file);
    Map<Column, Integer> columns = contacts.columns(List.of());
    EnumSet<Column> keys = EnumSet.noneOf(Column.class);
    values.forEach(
        (key, value) ->
            keys.add(
                Column.find(key)
                    .orElseThrow(
                        () ->
                            new ConfigException(
                                "--set %s: '%s' is not a column of %s (known: %s)"
                                    .formatted(
                                        key, key, contacts.fileName(), Column.knownHeaders())))));
    Map<Column, Integer> withNew = contacts.columns(keys);
    List<String> row = require(contacts, columns, id);
    values.forEach(
        (key, value) -> {
          Column column = Column.find(key).orElseThrow();
          String cell = value.strip();
          if (column == Column.PHONE && !cell.isEmpty()) {
            // Without a country code, as the import reads it: their e-mail's country, else ours.
            Optional<Country> country =
                Optional.ofNullable(columns.get(Column.EMAIL))
                    .flatMap(at -> Country.byEmail(ContactsFile.cell(row, at)))
                    .or(() -> Country.byZone(zone));
            cell = PhoneNumber.parse(cell, country).map(PhoneNumber::e164).orElse(cell);
          }
          ContactsFile.set(row, withNew.get(column), cell);
        });
    writeChecked(file, contacts, language, zone);
  }

  /**
   * Removes the contact {@code id}'s row.
   *
   * @throws ConfigException when there is no such contact
   */
  public static void remove(Path file, String id) {
    ContactsFile contacts = ContactsFile.read(file);
    List<String> row = require(contacts, contacts.columns(List.of()), id);
    contacts.rows().removeIf(other -> other == row);
    contacts.write();
  }

  /** The row whose id cell is {@code id}, or the one row without an id whose name makes it. */
  private static List<String> require(
      ContactsFile contacts, Map<Column, Integer> columns, String id) {
    Optional<Integer> idColumn = Optional.ofNullable(columns.get(Column.ID));
    List<List<String>> stated =
        contacts.rows().stream()
            .filter(row -> idColumn.map(at -> ContactsFile.cell(row, at)).orElse("").equals(id))
            .toList();
    if (stated.size() == 1) {
      return stated.get(0);
    }
    List<List<String>> named =
        contacts.rows().stream()
            .filter(row -> idColumn.map(at -> ContactsFile.cell(row, at)).orElse("").isEmpty())
            .filter(row -> IdAssigner.slug(name(row, columns)).equals(id))
            .toList();
    if (named.size() != 1) {
      throw new ConfigException(
          "%s: %s contact with id '%s' (see contacts list)"
              .formatted(contacts.fileName(), named.isEmpty() ? "no" : "more than one", id));
    }
    return named.get(0);
  }

  private static String name(List<String> row, Map<Column, Integer> columns) {
    String first =
        Optional.ofNullable(columns.get(Column.FIRST_NAME))
            .map(at -> ContactsFile.cell(row, at))
            .orElse("");
    String last =
        Optional.ofNullable(columns.get(Column.LAST_NAME))
            .map(at -> ContactsFile.cell(row, at))
            .orElse("");
    return (first + " " + last).strip();
  }

  /** Writes, reads back, and puts the old bytes back when the change added a problem. */
  private static void writeChecked(
      Path file, ContactsFile contacts, Language language, ZoneId zone) {
    byte[] before;
    try {
      before = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigException(file.getFileName() + ": cannot be read: " + e.getMessage(), e);
    }
    List<String> problemsBefore = ContactsReader.read(file, language, zone).problems();
    contacts.write();
    List<String> added =
        ContactsReader.read(file, language, zone).problems().stream()
            .filter(problem -> !problemsBefore.contains(problem))
            .toList();
    if (!added.isEmpty()) {
      try {
        Files.write(file, before);
      } catch (IOException e) {
        throw new ConfigException(
            file.getFileName() + ": cannot be restored: " + e.getMessage(), e);
      }
      throw new ConfigException(String.join("; ", added) + " (nothing was changed)");
    }
  }
}
