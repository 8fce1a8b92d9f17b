package io.invito.contact;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Timezone;
import ezvcard.property.Title;
import ezvcard.property.Url;
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
 * name, title, e-mail (the preferred one), phone (preferred, else mobile), organization, job title,
 * notes, languages (LANG), zone (TZ), groups (CATEGORIES), a LinkedIn profile URL from a URL or
 * Apple's {@code X-SOCIALPROFILE}, and other URLs into the notes. BDAY is not read: invito has no
 * use for it.
 */
final class VcfReader {
  private static final Pattern BEGIN =
      Pattern.compile("^BEGIN:VCARD\\s*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private VcfReader() {}

  static boolean recognizes(String text) {
    return BEGIN.matcher(text).find();
  }

  static List<ImportedRow> read(String text, String fileName, List<ImportFinding> problems) {
    List<Long> cardLines = cardLines(text);
    List<ImportedRow> rows = new ArrayList<>();
    try (VCardReader reader = new VCardReader(text)) {
      int index = 0;
      for (VCard card = reader.readNext(); card != null; card = reader.readNext(), index++) {
        long line = index < cardLines.size() ? cardLines.get(index) : 0;
        for (ParseWarning warning : reader.getWarnings()) {
          problems.add(
              ImportFinding.of(
                  fileName,
                  warning.getLineNumber() == null ? line : warning.getLineNumber(),
                  ImportFinding.Kind.CARD_WARNING,
                  warning.getMessage()));
        }
        rows.add(new ImportedRow(line, cells(card), categories(card)));
      }
    } catch (IOException e) {
      throw ImportRefused.because(e, fileName, ImportFinding.Kind.CARD_UNREADABLE);
    } catch (RuntimeException e) {
      // ez-vcard on untrusted input: a clean message rather than a stack trace.
      throw ImportRefused.because(e, fileName, ImportFinding.Kind.NOT_A_VCARD);
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
    Optional<String> linkedIn = linkedIn(card);
    linkedIn.ifPresent(url -> put(cells, Column.LINKEDIN_URL, url));
    // Other web addresses have no column; the notes keep them, so nothing the card said is lost.
    List<String> otherUrls =
        card.getUrls().stream()
            .map(Url::getValue)
            .filter(
                url -> url != null && !url.isBlank() && !url.strip().equals(linkedIn.orElse("")))
            .map(String::strip)
            .toList();
    if (!otherUrls.isEmpty()) {
      notes = (notes.isEmpty() ? "" : notes + " ") + "web: " + String.join(" ", otherUrls);
    }
    put(cells, Column.NOTES, notes.replaceAll("\\s*\\R\\s*", " "));
    preferredPhone(card).ifPresent(phone -> put(cells, Column.PHONE, phone));
    put(
        cells,
        Column.LANGUAGES,
        String.join(
            ";",
            card.getLanguages().stream()
                .sorted(Comparator.comparingInt(language -> rank(language.getPref())))
                .map(ezvcard.property.Language::getValue)
                .filter(value -> value != null && !value.isBlank())
                .toList()));
    card.getTimezones().stream()
        .map(VcfReader::zoneText)
        .flatMap(Optional::stream)
        .findFirst()
        .ifPresent(zone -> put(cells, Column.TIME_ZONE, zone));
    return cells;
  }

  /** vCard 3.0 TZ is a zone name or an offset ({@code -05:00}); 4.0 adds a URI. */
  private static Optional<String> zoneText(Timezone zone) {
    if (zone.getText() != null && !zone.getText().isBlank()) {
      return Optional.of(zone.getText().strip());
    }
    return Optional.ofNullable(zone.getOffset()).map(Object::toString);
  }

  private static List<String> categories(VCard card) {
    return card.getCategoriesList().stream()
        .flatMap(list -> list.getValues().stream())
        .filter(value -> value != null && !value.isBlank())
        .map(String::strip)
        .toList();
  }

  /**
   * The number to reach them on: the preferred one, else a mobile (WhatsApp needs one), else the
   * first. vCard 4.0 may write it as a {@code tel:} URI.
   */
  private static Optional<String> preferredPhone(VCard card) {
    return card.getTelephoneNumbers().stream()
        .filter(phone -> phoneText(phone) != null)
        .min(Comparator.comparingInt(VcfReader::preference))
        .map(VcfReader::phoneText);
  }

  private static String phoneText(Telephone phone) {
    if (phone.getText() != null && !phone.getText().isBlank()) {
      return phone.getText().strip();
    }
    return phone.getUri() == null ? null : phone.getUri().getNumber();
  }

  private static int preference(Telephone phone) {
    boolean cell = phone.getTypes().contains(TelephoneType.CELL);
    boolean pref = phone.getPref() != null || phone.getTypes().contains(TelephoneType.PREF);
    boolean fax = phone.getTypes().contains(TelephoneType.FAX);
    return (fax ? 100 : 0) + (pref ? 0 : 10) + (cell ? 0 : 5) + rank(phone.getPref());
  }

  private static int rank(Integer pref) {
    return pref == null ? 9 : Math.min(pref, 9);
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
