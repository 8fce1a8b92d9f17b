package io.invito.contact;

import java.util.List;

/**
 * One thing an import found, as data rather than words: where (the file and its line, 0 for the
 * file as a whole), what kind of finding, and the values it names. {@link ImportMessages} says it
 * in the owner's language, so the CLI and the desk word it alike.
 *
 * @param file the file's name, as the owner knows it ({@code Connections.csv}, {@code
 *     contacts.csv})
 * @param values as many as the kind takes, in the order its texts number them
 */
public record ImportFinding(String file, long line, Kind kind, List<String> values) {
  public ImportFinding {
    values = List.copyOf(values);
    if (values.size() != kind.arity()) {
      throw new IllegalArgumentException(
          kind + " takes " + kind.arity() + " values, not " + values.size() + ": " + values);
    }
  }

  static ImportFinding of(String file, long line, Kind kind, Object... values) {
    return new ImportFinding(
        file, line, kind, java.util.Arrays.stream(values).map(String::valueOf).toList());
  }

  /**
   * The kinds of finding, each with the number of values it names. A row that could not be used or
   * a note on the file as a whole is a problem; the rest are what a guess for a new person rests
   * on.
   */
  public enum Kind {
    // Refusals (ImportRefused): the file or the mapping cannot be read at all.
    NOT_LINKEDIN(0),
    /** Commons CSV's message. */
    BROKEN_CSV(1),
    /** The reader's message. */
    CARD_UNREADABLE(1),
    /** ez-vcard's message. */
    NOT_A_VCARD(1),
    /** The pair as typed. */
    MAP_NOT_A_PAIR(1),
    /** The column as typed, the known ones. */
    MAP_NOT_A_COLUMN(2),
    /** The header as typed, the file's columns. */
    MAP_NO_SUCH_HEADER(2),
    /** The file's columns. */
    NO_NAME_COLUMN(1),

    // Problems: a row skipped or read in part, the examples invito ships.
    /** LinkedIn row: values, header's columns. */
    TOO_MANY_VALUES(2),
    /** CSV row: values, header's columns. */
    TOO_MANY_VALUES_UNQUOTED(2),
    /** ez-vcard's own (English) warning. */
    CARD_WARNING(1),
    /** The e-mail cell. */
    NOT_AN_EMAIL(1),
    NO_NAME(0),
    /** The contacts file the two people are in. */
    TWO_PEOPLE(1),
    /** Count, the file they are kept in. */
    EXAMPLES_SET_ASIDE(2),
    /** Count, their ids. */
    EXAMPLES_LEFT(2),

    // What a guess for a new person rests on.
    /** The title. */
    TITLE_BEFORE_NAME(1),
    /** Column, the name as cleaned, as written. */
    NAME_CLEANED(3),
    /** The phone as written. */
    PHONE_UNREADABLE(1),
    /** E.164, their country's ISO code. */
    PHONE_IN_THEIR_COUNTRY(2),
    /** E.164. */
    PHONE_IN_OWNERS_COUNTRY(1),
    /** Language, the card's LANG. */
    LANGUAGE_FROM_CARD(2),
    /** Language, calling code. */
    LANGUAGE_FROM_PHONE(2),
    /** Language, the e-mail's top-level domain. */
    LANGUAGE_FROM_EMAIL(2),
    /** Language, the LinkedIn profile's country (ISO). */
    LANGUAGE_FROM_PROFILE(2),
    /** The job title. */
    LANGUAGE_IT_ROLE(1),
    /** The first name. */
    LANGUAGE_IT_NAME(1),
    /** The job title. */
    LANGUAGE_EN_ROLE(1),
    /** The first name. */
    LANGUAGE_EN_NAME(1),
    /** The owner's language. */
    LANGUAGE_OWNERS(1),
    /** Zone, the card's TZ. */
    ZONE_FROM_CARD(2),
    /** Zone, calling code. */
    ZONE_FROM_PHONE(2),
    /** Zone, the e-mail's top-level domain. */
    ZONE_FROM_EMAIL(2),
    /** Zone, the LinkedIn profile's country (ISO). */
    ZONE_FROM_PROFILE(2),
    ZONE_ITALIAN(0),
    ZONE_ENGLISH_GUESS(0),
    /** The owner's zone. */
    ZONE_OWNERS(1),
    /** The address book's groups. */
    FORMALITY_TU_GROUPS(1),
    FORMALITY_LEI(0),
    FORMALITY_LEI_LINKEDIN(0),
    /** The title. */
    FORMALITY_FORMAL_TITLE(1),
    /** The address book's groups. */
    FORMALITY_INFORMAL_GROUPS(1),
    FORMALITY_INFORMAL(0),
    /** The interests, joined by "; ". */
    INTERESTS_TO_CONSIDER(1);

    private final int arity;

    Kind(int arity) {
      this.arity = arity;
    }

    /** How many values a finding of this kind names. */
    public int arity() {
      return arity;
    }
  }
}
