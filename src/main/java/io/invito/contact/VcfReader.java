package io.invito.contact;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Title;
import ezvcard.property.Url;
import io.invito.config.ConfigException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads vCard files (2.1, 3.0 and 4.0, as Google, Apple and Outlook export them) with ez-vcard:
 * name, title, e-mail (the preferred one), organization, job title, notes, and a LinkedIn profile
 * URL from a URL or Apple's {@code X-SOCIALPROFILE}.
 */
final class VcfReader {
  private static final Pattern BEGIN =
      Pattern.compile("^BEGIN:VCARD\\s*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private VcfReader() {}

  static boolean recognizes(String text) {
    return BEGIN.matcher(text).find();
  }

  static List<ImportedRow> read(String text, String fileName, List<String> problems) {
    List<Long> cardLines = cardLines(text);
    List<ImportedRow> rows = new ArrayList<>();
    try (VCardReader reader = new VCardReader(text)) {
      int index = 0;
      for (VCard card = reader.readNext(); card != null; card = reader.readNext(), index++) {
        long line = index < cardLines.size() ? cardLines.get(index) : 0;
        for (ParseWarning warning : reader.getWarnings()) {
          problems.add(
              "%s: line %s: %s (the rest of the card is imported)"
                  .formatted(
                      fileName,
                      warning.getLineNumber() == null ? line : warning.getLineNumber(),
                      warning.getMessage()));
        }
        rows.add(new ImportedRow(line, cells(card)));
      }
    } catch (IOException e) {
      throw new ConfigException(fileName + ": cannot be read as vCard: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // ez-vcard on untrusted input: a clean message rather than a stack trace.
      throw new ConfigException(fileName + ": not a readable vCard file: " + e.getMessage(), e);
    }
    return rows;
  }

  private static Map<Column, String> cells(VCard card) {
    Map<Column, String> cells = new EnumMap<>(Column.class);
    StructuredName name = card.getStructuredName();
    if (name != null) {
      put(cells, Column.FIRST_NAME, name.getGiven());
      put(cells, Column.LAST_NAME, name.getFamily());
      put(cells, Column.TITLE, String.join(" ", name.getPrefixes()));
    }
    if (!cells.containsKey(Column.FIRST_NAME)
        && !cells.containsKey(Column.LAST_NAME)
        && card.getFormattedName() != null
        && card.getFormattedName().getValue() != null) {
      // Some exports carry only FN: the last word is the best guess at a surname.
      String full = card.getFormattedName().getValue().strip();
      int cut = full.lastIndexOf(' ');
      put(cells, Column.FIRST_NAME, cut < 0 ? full : full.substring(0, cut));
      put(cells, Column.LAST_NAME, cut < 0 ? "" : full.substring(cut + 1));
    }
    preferredEmail(card).ifPresent(email -> put(cells, Column.EMAIL, email));
    if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
      put(cells, Column.COMPANY, card.getOrganization().getValues().get(0));
    }
    card.getTitles().stream()
        .map(Title::getValue)
        .findFirst()
        .ifPresent(title -> put(cells, Column.ROLE, title));
    String notes =
        String.join(
            " ",
            card.getNotes().stream()
                .map(Note::getValue)
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .toList());
    put(cells, Column.NOTES, notes.replaceAll("\\s*\\R\\s*", " "));
    linkedIn(card).ifPresent(url -> put(cells, Column.LINKEDIN_URL, url));
    return cells;
  }

  private static Optional<String> preferredEmail(VCard card) {
    return card.getEmails().stream()
        .filter(email -> email.getValue() != null && !email.getValue().isBlank())
        .min(Comparator.comparingInt(VcfReader::preference))
        .map(email -> email.getValue().strip());
  }

  /** vCard 4.0 says PREF=1; 3.0 and 2.1 say TYPE=pref. Lower is preferred. */
  private static int preference(Email email) {
    if (email.getPref() != null) {
      return email.getPref();
    }
    boolean typed =
        email.getTypes().stream().anyMatch(type -> "pref".equalsIgnoreCase(type.getValue()));
    return typed ? 1 : 100;
  }

  private static Optional<String> linkedIn(VCard card) {
    List<String> candidates = new ArrayList<>();
    card.getUrls().stream().map(Url::getValue).forEach(candidates::add);
    for (RawProperty profile : card.getExtendedProperties("X-SOCIALPROFILE")) {
      candidates.add(profile.getValue());
    }
    return candidates.stream()
        .filter(url -> url != null && url.toLowerCase(Locale.ROOT).contains("linkedin.com/"))
        .map(String::strip)
        .findFirst();
  }

  private static void put(Map<Column, String> cells, Column column, String value) {
    if (value != null && !value.isBlank()) {
      cells.put(column, value.strip());
    }
  }

  private static List<Long> cardLines(String text) {
    LineIndex lines = new LineIndex(text);
    List<Long> found = new ArrayList<>();
    Matcher matcher = BEGIN.matcher(text);
    while (matcher.find()) {
      found.add(lines.lineAt(matcher.start()));
    }
    return found;
  }
}
