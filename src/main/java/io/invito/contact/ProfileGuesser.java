package io.invito.contact;

import io.invito.config.Language;
import io.invito.contact.ContactImporter.Format;
import io.invito.contact.ImportFinding.Kind;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fills what an export does not say of a new person (language, zone, formality, the phone in E.164)
 * from what it does, strongest evidence first, and says for each value where it came from, so the
 * import report shows the owner what to check:
 *
 * <ul>
 *   <li>language: the card's own LANG, the phone's country code, the e-mail's country domain, the
 *       words of the job title, a given name common in one language only, else the owner's;
 *   <li>zone: the card's own TZ, the phone's country, the e-mail's country, Italian → Rome, English
 *       → London for an owner outside the English-speaking countries, else the owner's;
 *   <li>formality: Italian is {@code lei} for a first contact (friends and family in the address
 *       book's groups excepted); English has no {@code lei}: formal only when a title is known, so
 *       the salutation can be "Dear Dr. Okafor", else first name.
 * </ul>
 */
final class ProfileGuesser {
  private final String fileName;
  private final Optional<Country> ownerCountry;
  private final Language ownerLanguage;
  private final ZoneId ownerZone;

  /** A guesser for the rows of one export, named in what each guess rests on. */
  ProfileGuesser(String fileName, Language ownerLanguage, ZoneId ownerZone) {
    this.fileName = fileName;
    this.ownerLanguage = ownerLanguage;
    this.ownerZone = ownerZone;
    this.ownerCountry = Country.byZone(ownerZone);
  }

  /**
   * What a new row should hold: its own cells (names cleaned, phone in E.164) plus the guessed
   * ones, and one line per guess saying what it rests on.
   */
  Guess guess(ImportedRow row, Format format) {
    Map<Column, String> cells = new EnumMap<>(Column.class);
    cells.putAll(row.cells());
    Because because = new Because(fileName, row.line());
    names(cells, because);
    // A LinkedIn profile on uk.linkedin.com or it.linkedin.com says as much as a .uk address.
    Optional<Country> mailCountry =
        Country.byEmail(cells.getOrDefault(Column.EMAIL, ""))
            .or(() -> Country.byProfile(cells.getOrDefault(Column.LINKEDIN_URL, "")));
    Optional<PhoneNumber> phone = phone(cells, mailCountry, because);
    Optional<Country> phoneCountry =
        phone.filter(PhoneNumber::countryStated).flatMap(PhoneNumber::country);

    Language language = language(cells, phoneCountry, mailCountry, because);
    cells.put(Column.LANGUAGES, language.code());
    Optional<ZoneId> stated =
        statedZone(cells.getOrDefault(Column.TIME_ZONE, ""), phoneCountry.or(() -> mailCountry));
    if (stated.isPresent()) {
      because.add(Kind.ZONE_FROM_CARD, stated.get(), cells.get(Column.TIME_ZONE));
    }
    ZoneId zone = stated.orElseGet(() -> zone(language, cells, phoneCountry, mailCountry, because));
    cells.put(Column.TIME_ZONE, zone.getId());
    boolean close =
        row.categories().stream()
            .anyMatch(
                group ->
                    ProfileWords.CLOSE_GROUPS.contains(group.strip().toLowerCase(Locale.ROOT)));
    String title = cells.getOrDefault(Column.TITLE, "");
    String formality;
    if (language == Language.IT) {
      formality = close ? "tu" : "lei";
      if (close) {
        because.add(Kind.FORMALITY_TU_GROUPS, groups(row));
      } else {
        because.add(format == Format.LINKEDIN ? Kind.FORMALITY_LEI_LINKEDIN : Kind.FORMALITY_LEI);
      }
    } else if (!title.isEmpty() && !close) {
      formality = "formal";
      because.add(Kind.FORMALITY_FORMAL_TITLE, title);
    } else {
      formality = "informal";
      if (close) {
        because.add(Kind.FORMALITY_INFORMAL_GROUPS, groups(row));
      } else {
        because.add(Kind.FORMALITY_INFORMAL);
      }
    }
    cells.put(Column.FORMALITY, formality);
    return new Guess(cells, because.findings);
  }

  /** What the new row holds and why, in the order it was decided. */
  record Guess(Map<Column, String> cells, List<ImportFinding> because) {}

  /** The findings a guess rests on, each placed at the row's file and line. */
  private static final class Because {
    private final String file;
    private final long line;
    private final List<ImportFinding> findings = new ArrayList<>();

    Because(String file, long line) {
      this.file = file;
      this.line = line;
    }

    void add(Kind kind, Object... values) {
      findings.add(ImportFinding.of(file, line, kind, values));
    }
  }

  private static String groups(ImportedRow row) {
    return String.join(", ", row.categories());
  }

  private static void names(Map<Column, String> cells, Because because) {
    String first = cells.getOrDefault(Column.FIRST_NAME, "");
    Optional<String> title = io.invito.model.PersonName.leadingTitle(first);
    if (title.isPresent()) {
      first = io.invito.model.PersonName.withoutTitle(first);
      cells.putIfAbsent(Column.TITLE, title.get());
      because.add(Kind.TITLE_BEFORE_NAME, title.get());
    }
    for (Column column : List.of(Column.FIRST_NAME, Column.LAST_NAME)) {
      String written = column == Column.FIRST_NAME ? first : cells.getOrDefault(column, "");
      String clean = io.invito.model.PersonName.clean(written);
      if (!clean.equals(written.strip())) {
        because.add(Kind.NAME_CLEANED, column.header(), clean, written.strip());
      }
      if (clean.isEmpty()) {
        cells.remove(column);
      } else {
        cells.put(column, clean);
      }
    }
  }

  /**
   * The number in E.164. One written without a country code is read in the person's country when
   * their e-mail or profile names one (a .co.uk address with 0161 496 0000 is Manchester), else in
   * the owner's, as the owner's phone would dial it.
   */
  private Optional<PhoneNumber> phone(
      Map<Column, String> cells, Optional<Country> theirs, Because because) {
    String written = cells.getOrDefault(Column.PHONE, "");
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Optional<Country> national = theirs.or(() -> ownerCountry);
    Optional<PhoneNumber> number = PhoneNumber.parse(written, national);
    if (number.isEmpty()) {
      cells.remove(Column.PHONE);
      String notes = cells.getOrDefault(Column.NOTES, "");
      cells.put(
          Column.NOTES, (notes.isEmpty() ? "" : notes + " ") + "phone as exported: " + written);
      because.add(Kind.PHONE_UNREADABLE, written);
      return Optional.empty();
    }
    cells.put(Column.PHONE, number.get().e164());
    if (!number.get().countryStated()) {
      if (theirs.isPresent()) {
        because.add(Kind.PHONE_IN_THEIR_COUNTRY, number.get().e164(), theirs.get().iso());
      } else {
        because.add(Kind.PHONE_IN_OWNERS_COUNTRY, number.get().e164());
      }
    }
    return number;
  }

  private Language language(
      Map<Column, String> cells,
      Optional<Country> phoneCountry,
      Optional<Country> mailCountry,
      Because because) {
    String stated = cells.getOrDefault(Column.LANGUAGES, "");
    for (String code : stated.split("[;,\\s]+")) {
      Optional<Language> language = Language.find(code);
      if (language.isPresent()) {
        because.add(Kind.LANGUAGE_FROM_CARD, language.get().code(), stated);
        return language.get();
      }
    }
    if (phoneCountry.flatMap(Country::language).isPresent()) {
      Language language = phoneCountry.get().language().get();
      because.add(Kind.LANGUAGE_FROM_PHONE, language.code(), phoneCountry.get().callingCode());
      return language;
    }
    if (mailCountry.flatMap(Country::language).isPresent()) {
      Language language = mailCountry.get().language().get();
      where(
          because,
          cells,
          mailCountry.get(),
          language.code(),
          Kind.LANGUAGE_FROM_EMAIL,
          Kind.LANGUAGE_FROM_PROFILE);
      return language;
    }
    List<String> roleWords = words(cells.getOrDefault(Column.ROLE, ""));
    if (roleWords.stream().anyMatch(ProfileWords.ITALIAN_ROLE_WORDS::contains)) {
      because.add(Kind.LANGUAGE_IT_ROLE, cells.get(Column.ROLE));
      return Language.IT;
    }
    String first = words(cells.getOrDefault(Column.FIRST_NAME, "")).stream().findFirst().orElse("");
    if (ProfileWords.ITALIAN_NAMES.contains(first)) {
      because.add(Kind.LANGUAGE_IT_NAME, cells.get(Column.FIRST_NAME));
      return Language.IT;
    }
    if (roleWords.stream().anyMatch(ProfileWords.ENGLISH_ROLE_WORDS::contains)) {
      because.add(Kind.LANGUAGE_EN_ROLE, cells.get(Column.ROLE));
      return Language.EN;
    }
    if (ProfileWords.ENGLISH_NAMES.contains(first)) {
      because.add(Kind.LANGUAGE_EN_NAME, cells.get(Column.FIRST_NAME));
      return Language.EN;
    }
    because.add(Kind.LANGUAGE_OWNERS, ownerLanguage.code());
    return ownerLanguage;
  }

  private ZoneId zone(
      Language language,
      Map<Column, String> cells,
      Optional<Country> phoneCountry,
      Optional<Country> mailCountry,
      Because because) {
    if (phoneCountry.isPresent()) {
      because.add(
          Kind.ZONE_FROM_PHONE, phoneCountry.get().zone(), phoneCountry.get().callingCode());
      return phoneCountry.get().zone();
    }
    if (mailCountry.isPresent()) {
      where(
          because,
          cells,
          mailCountry.get(),
          mailCountry.get().zone().getId(),
          Kind.ZONE_FROM_EMAIL,
          Kind.ZONE_FROM_PROFILE);
      return mailCountry.get().zone();
    }
    if (language == Language.IT) {
      ZoneId rome = ZoneId.of("Europe/Rome");
      because.add(Kind.ZONE_ITALIAN);
      return rome;
    }
    if (language == Language.EN
        && !Country.byZone(ownerZone).flatMap(Country::language).equals(Optional.of(Language.EN))) {
      // An Italian owner's English-speaking contacts are most often in the UK or Ireland, an hour
      // behind: UK time is the likelier guess than the owner's own, and the report says so.
      ZoneId london = ZoneId.of("Europe/London");
      because.add(Kind.ZONE_ENGLISH_GUESS);
      return london;
    }
    because.add(Kind.ZONE_OWNERS, ownerZone);
    return ownerZone;
  }

  /**
   * A card's TZ: a zone name, or only a UTC offset (vCard 3.0 allows {@code -05:00}), which is read
   * as the country's zone when the phone or e-mail names one with that offset now.
   */
  private static Optional<ZoneId> statedZone(String text, Optional<Country> country) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    Optional<ZoneId> named = ZoneNames.find(text);
    if (named.isPresent()) {
      return named;
    }
    try {
      java.time.ZoneOffset offset = java.time.ZoneOffset.of(text.strip());
      java.time.Instant now = java.time.Instant.now();
      if (country.isPresent()
          && country.get().zone().getRules().getStandardOffset(now).equals(offset)) {
        return Optional.of(country.get().zone());
      }
      return Country.ALL.stream()
          .map(Country::zone)
          .filter(zone -> zone.getRules().getStandardOffset(now).equals(offset))
          .findFirst()
          .or(() -> Optional.of(offset));
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // neither a zone nor an offset: the other evidence decides
    }
  }

  /**
   * Says where a country came from: the e-mail's domain as written ({@code .uk} for GB, not {@code
   * .gb}), else the LinkedIn profile's country, which is where it came from when the address names
   * none.
   */
  private static void where(
      Because because,
      Map<Column, String> cells,
      Country country,
      String value,
      Kind byEmail,
      Kind byProfile) {
    if (Country.byEmail(cells.getOrDefault(Column.EMAIL, "")).isPresent()) {
      String domain = country.iso().equals("GB") ? "uk" : country.iso().toLowerCase(Locale.ROOT);
      because.add(byEmail, value, domain);
    } else {
      because.add(byProfile, value, country.iso());
    }
  }

  private static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")).stream()
        .filter(word -> !word.isEmpty())
        .toList();
  }
}
