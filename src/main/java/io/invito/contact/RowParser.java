package io.invito.contact;

import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Formality;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one row of a contacts file into a contact, with a problem for each bad value; a row with
 * any problem yields no contact, so nobody is invited on a half-understood row.
 */
final class RowParser {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern LIST = Pattern.compile("[;|]");

  /** Every ISO 639 language code the JDK knows: fr, de, pt; "xx" is none. */
  private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());

  private static final Pattern LANGUAGE_LIST = Pattern.compile("[;|,/\\s]+");
  private static final Map<String, Boolean> YES_NO =
      Map.of(
          "true", true, "yes", true, "si", true, "y", true, "1", true, "x", true, "false", false,
          "no", false, "n", false, "0", false);
  private static final Map<String, Formality> FORMALITIES =
      Map.of(
          "tu",
          Formality.INFORMAL,
          "informal",
          Formality.INFORMAL,
          "informale",
          Formality.INFORMAL,
          "lei",
          Formality.FORMAL,
          "formal",
          Formality.FORMAL,
          "formale",
          Formality.FORMAL);
  private static final Map<String, Channel> CHANNELS =
      Map.of(
          "email",
          Channel.EMAIL,
          "e-mail",
          Channel.EMAIL,
          "mail",
          Channel.EMAIL,
          "linkedin",
          Channel.LINKEDIN,
          "whatsapp",
          Channel.WHATSAPP,
          "phone",
          Channel.PHONE,
          "telefono",
          Channel.PHONE,
          "tel",
          Channel.PHONE);

  private final String fileName;
  private final Map<Column, Integer> columns;
  private final int headerSize;
  private final Language defaultLanguage;
  private final ZoneId defaultZone;

  RowParser(
      String fileName,
      Map<Column, Integer> columns,
      int headerSize,
      Language defaultLanguage,
      ZoneId defaultZone) {
    this.fileName = fileName;
    this.columns = Map.copyOf(columns);
    this.headerSize = headerSize;
    this.defaultLanguage = defaultLanguage;
    this.defaultZone = defaultZone;
  }

  /**
   * Reads a row, adding its problems to {@code problems}. The contact's id is the row's own, or
   * empty for {@link IdAssigner} to fill in once every row is known.
   */
  Optional<Contact> parse(List<String> values, long line, List<String> problems) {
    Row row = new Row(values, line);
    if (values.size() > headerSize) {
      row.problem(
          "%d values but the header has %d columns (quote values that contain commas)"
              .formatted(values.size(), headerSize));
      problems.addAll(row.problems); // the values are shifted: checking them would only mislead
      return Optional.empty();
    }
    String first = row.cell(Column.FIRST_NAME);
    String last = row.cell(Column.LAST_NAME);
    if (first.isEmpty() && last.isEmpty()) {
      row.problem("first_name and last_name are both empty");
    }
    String id = row.cell(Column.ID);
    if (!id.isEmpty()) {
      Contact.idProblem(id).ifPresent(problem -> row.problem(Column.ID, id, problem));
    }
    Optional<String> email = optional(row.cell(Column.EMAIL));
    if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
      row.problem(Column.EMAIL, email.get(), "is not an e-mail address");
    }
    Contact contact =
        new Contact(
            id,
            first,
            last,
            optional(row.cell(Column.TITLE)),
            email,
            optional(row.cell(Column.COMPANY)),
            optional(row.cell(Column.ROLE)),
            interests(row.cell(Column.INTERESTS)),
            languages(row),
            zone(row),
            row.choice(
                Column.FORMALITY, FORMALITIES, Formality.FORMAL, "tu, informal, lei, formal"),
            row.choice(Column.CHANNEL, CHANNELS, Channel.EMAIL, "email, linkedin, whatsapp, phone"),
            row.choice(Column.OPT_OUT, YES_NO, false, "true, false, yes, no, sì, si"),
            optional(row.cell(Column.NOTES)),
            phone(row),
            optional(row.cell(Column.LINKEDIN_URL)));
    problems.addAll(row.problems);
    return row.problems.isEmpty() ? Optional.of(contact) : Optional.empty();
  }

  private static List<String> interests(String cell) {
    // Keyed case-insensitively so "AI;ai" is one interest, spelled as first written.
    Map<String, String> unique = new LinkedHashMap<>();
    for (String interest : LIST.split(cell)) {
      String clean = interest.strip().replaceAll("\\s+", " ");
      if (!clean.isEmpty()) {
        unique.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
      }
    }
    return List.copyOf(unique.values());
  }

  /**
   * The languages invito writes, in the order given. A language it does not write ({@code fr} in
   * {@code en;fr}) is passed over rather than costing the contact their invitations; someone who
   * reads none of invito's is written to in the owner's language. Only what is no language code at
   * all is a problem.
   */
  private List<Language> languages(Row row) {
    String cell = row.cell(Column.LANGUAGES);
    if (cell.isEmpty()) {
      return List.of(defaultLanguage);
    }
    Set<Language> languages = new LinkedHashSet<>();
    for (String code : LANGUAGE_LIST.split(cell)) {
      if (code.isEmpty()) {
        continue;
      }
      Optional<Language> language = Language.find(code);
      if (language.isPresent()) {
        languages.add(language.get());
      } else if (!LANGUAGE_CODES.contains(code.toLowerCase(Locale.ROOT).split("[-_]")[0])) {
        row.problem(
            Column.LANGUAGES,
            cell,
            code.equals(cell)
                ? "is not a language code such as it, en or fr"
                : "has '" + code + "', which is not a language code such as it, en or fr");
      }
    }
    return languages.isEmpty() ? List.of(defaultLanguage) : List.copyOf(languages);
  }

  private Optional<String> phone(Row row) {
    String cell = row.cell(Column.PHONE);
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    Optional<PhoneNumber> number = PhoneNumber.parse(cell, Country.byZone(defaultZone));
    if (number.isEmpty()) {
      row.problem(
          Column.PHONE,
          cell,
          "is not a phone number (write it with its country code, such as +39 347 123 4567)");
    }
    return number.map(PhoneNumber::e164);
  }

  private ZoneId zone(Row row) {
    String cell = row.cell(Column.TIME_ZONE);
    if (cell.isEmpty()) {
      return defaultZone;
    }
    Optional<ZoneId> zone = ZoneNames.find(cell);
    if (zone.isEmpty()) {
      row.problem(
          Column.TIME_ZONE,
          cell,
          "is neither an IANA time zone (Europe/Rome) nor a known city (Milano, London, ...)");
    }
    return zone.orElse(defaultZone);
  }

  private static Optional<String> optional(String cell) {
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  /** Control characters written as escapes, so a warning is always one line. */
  static String withoutControls(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            point -> {
              if (point == '\r') {
                shown.append("\\r");
              } else if (point == '\n') {
                shown.append("\\n");
              } else if (Character.isISOControl(point)) {
                shown.append(String.format("\\u%04x", point));
              } else {
                shown.appendCodePoint(point);
              }
            });
    return shown.toString();
  }

  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  /** The cells of one row and the problems found in them so far. */
  private final class Row {
    private final List<String> values;
    private final long line;
    private final List<String> problems = new ArrayList<>();

    Row(List<String> values, long line) {
      this.values = values;
      this.line = line;
    }

    String cell(Column column) {
      Integer index = columns.get(column);
      if (index == null || index >= values.size()) {
        return "";
      }
      return values.get(index).strip();
    }

    <T> T choice(Column column, Map<String, T> choices, T fallback, String allowed) {
      String cell = cell(column);
      if (cell.isEmpty()) {
        return fallback;
      }
      T value = choices.get(fold(cell));
      if (value == null) {
        problem(column, cell, "is not one of " + allowed);
        return fallback;
      }
      return value;
    }

    void problem(Column column, String value, String detail) {
      problem("%s '%s' %s".formatted(column.header(), value, detail));
    }

    void problem(String detail) {
      // A quoted cell may hold line breaks: shown raw, they would forge lines of the report.
      problems.add(
          "%s: line %d: %s; row skipped".formatted(fileName, line, withoutControls(detail)));
    }
  }
}
