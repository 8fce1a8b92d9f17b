package io.invito.contact;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The columns a contacts file may have, by the header names people write for them. */
enum Column {
  ID("id"),
  FIRST_NAME("first_name"),
  LAST_NAME("last_name"),
  TITLE("title"),
  EMAIL("email"),
  COMPANY("company"),
  ROLE("role"),
  INTERESTS("interests"),
  LANGUAGES("languages"),
  TIME_ZONE("time_zone"),
  FORMALITY("formality"),
  CHANNEL("channel"),
  OPT_OUT("opt_out"),
  NOTES("notes"),
  /** Their LinkedIn profile: the key that merges imports, and the link next to a LinkedIn note. */
  LINKEDIN_URL("linkedin_url"),
  /** E.164 after an import; a number written without a country code is in the owner's country. */
  PHONE("phone");

  // Spreadsheet users write "E-mail", "Time zone" or the singular; these spellings mean no harm,
  // so they are read rather than reported as unknown.
  private static final Map<String, Column> ALIASES =
      Map.ofEntries(
          Map.entry("telefono", PHONE),
          Map.entry("mobile", PHONE),
          Map.entry("cellulare", PHONE),
          Map.entry("e_mail", EMAIL),
          Map.entry("timezone", TIME_ZONE),
          Map.entry("language", LANGUAGES),
          Map.entry("interest", INTERESTS),
          Map.entry("optout", OPT_OUT),
          Map.entry("linkedin", LINKEDIN_URL),
          Map.entry("linkedin_profile", LINKEDIN_URL));

  private final String header;

  Column(String header) {
    this.header = header;
  }

  /** The name used in the documentation and in problem messages. */
  String header() {
    return header;
  }

  /** Reads a header cell: case, surrounding spaces, inner spaces and hyphens do not matter. */
  static Optional<Column> find(String headerCell) {
    String key = normalize(headerCell);
    for (Column column : values()) {
      if (column.header.equals(key)) {
        return Optional.of(column);
      }
    }
    return Optional.ofNullable(ALIASES.get(key));
  }

  static String normalize(String headerCell) {
    return headerCell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }

  static String knownHeaders() {
    StringBuilder text = new StringBuilder();
    for (Column column : values()) {
      text.append(text.length() == 0 ? "" : ", ").append(column.header);
    }
    return text.toString();
  }
}
