package io.invito.contact;

import io.invito.config.Language;
import io.invito.contact.ContactImporter.Format;
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
  private final Optional<Country> ownerCountry;
  private final Language ownerLanguage;
  private final ZoneId ownerZone;

  ProfileGuesser(Language ownerLanguage, ZoneId ownerZone) {
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
    List<String> because = new ArrayList<>();
    names(cells, because);
    // A LinkedIn profile on uk.linkedin.com or it.linkedin.com says as much as a .uk address.
    Optional<Country> mailCountry =
        Country.byEmail(cells.getOrDefault(Column.EMAIL, ""))
            .or(() -> Country.byProfile(cells.getOrDefault(Column.LINKEDIN_URL, "")));
    Optional<PhoneNumber> phone = phone(cells, mailCountry, because);
    Optional<Country> phoneCountry =
        phone.filter(PhoneNumber::countryStated).flatMap(PhoneNumber::country);

    Language language = language(cells, row, phoneCountry, mailCountry, because);
    cells.put(Column.LANGUAGES, language.code());
    Optional<ZoneId> stated =
        statedZone(cells.getOrDefault(Column.TIME_ZONE, ""), phoneCountry.or(() -> mailCountry));
    if (stated.isPresent()) {
      because.add("zone " + stated.get() + " (the card's TZ " + cells.get(Column.TIME_ZONE) + ")");
    }
    ZoneId zone = stated.orElseGet(() -> zone(language, phoneCountry, mailCountry, because));
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
      because.add(
          close
              ? "formality tu (in the address book's " + groups(row) + ")"
              : "formality lei (Italian, a first contact"
                  + (format == Format.LINKEDIN ? " on LinkedIn" : "")
                  + ")");
    } else if (!title.isEmpty() && !close) {
      formality = "formal";
      because.add("formality formal (English with the title " + title + ")");
    } else {
      formality = "informal";
      because.add(
          "formality informal (English: first name"
              + (close ? ", " + groups(row) : ", no title known")
              + ")");
    }
    cells.put(Column.FORMALITY, formality);
    return new Guess(cells, because);
  }

  /** What the new row holds and why. */
  record Guess(Map<Column, String> cells, List<String> because) {}

  private static String groups(ImportedRow row) {
    return String.join(", ", row.categories());
  }

  private static void names(Map<Column, String> cells, List<String> because) {
    String first = cells.getOrDefault(Column.FIRST_NAME, "");
    Optional<String> title = io.invito.model.PersonName.leadingTitle(first);
    if (title.isPresent()) {
      first = io.invito.model.PersonName.withoutTitle(first);
      cells.putIfAbsent(Column.TITLE, title.get());
      because.add("title " + title.get() + " (written before the first name)");
    }
    for (Column column : List.of(Column.FIRST_NAME, Column.LAST_NAME)) {
      String written = column == Column.FIRST_NAME ? first : cells.getOrDefault(column, "");
      String clean = io.invito.model.PersonName.clean(written);
      if (!clean.equals(written.strip())) {
        because.add(column.header() + " '" + clean + "' (from '" + written.strip() + "')");
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
      Map<Column, String> cells, Optional<Country> theirs, List<String> because) {
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
      because.add("phone '" + written + "' is no number invito can dial; kept in notes");
      return Optional.empty();
    }
    cells.put(Column.PHONE, number.get().e164());
    if (!number.get().countryStated()) {
      because.add(
          "phone %s (no country code: read as %s)"
              .formatted(
                  number.get().e164(),
                  theirs.isPresent()
                      ? "a number in " + theirs.get().iso() + ", their country"
                      : "a number in the owner's country"));
    }
    return number;
  }

  private Language language(
      Map<Column, String> cells,
      ImportedRow row,
      Optional<Country> phoneCountry,
      Optional<Country> mailCountry,
      List<String> because) {
    String stated = cells.getOrDefault(Column.LANGUAGES, "");
    for (String code : stated.split("[;,\\s]+")) {
      Optional<Language> language = Language.find(code);
      if (language.isPresent()) {
        because.add("language " + language.get().code() + " (the card's LANG " + stated + ")");
        return language.get();
      }
    }
    if (phoneCountry.flatMap(Country::language).isPresent()) {
      Language language = phoneCountry.get().language().get();
      because.add(
          "language " + language.code() + " (phone +" + phoneCountry.get().callingCode() + ")");
      return language;
    }
    if (mailCountry.flatMap(Country::language).isPresent()) {
      Language language = mailCountry.get().language().get();
      because.add(
          "language "
              + language.code()
              + " (e-mail ."
              + mailCountry.get().iso().toLowerCase(Locale.ROOT)
              + ")");
      return language;
    }
    List<String> roleWords = words(cells.getOrDefault(Column.ROLE, ""));
    if (roleWords.stream().anyMatch(ProfileWords.ITALIAN_ROLE_WORDS::contains)) {
      because.add("language it (the job title '" + cells.get(Column.ROLE) + "' is Italian)");
      return Language.IT;
    }
    String first = words(cells.getOrDefault(Column.FIRST_NAME, "")).stream().findFirst().orElse("");
    if (ProfileWords.ITALIAN_NAMES.contains(first)) {
      because.add("language it (" + cells.get(Column.FIRST_NAME) + " is an Italian name)");
      return Language.IT;
    }
    if (roleWords.stream().anyMatch(ProfileWords.ENGLISH_ROLE_WORDS::contains)) {
      because.add("language en (the job title '" + cells.get(Column.ROLE) + "' is English)");
      return Language.EN;
    }
    if (ProfileWords.ENGLISH_NAMES.contains(first)) {
      because.add("language en (" + cells.get(Column.FIRST_NAME) + " is an English name)");
      return Language.EN;
    }
    because.add("language " + ownerLanguage.code() + " (nothing tells: the owner's)");
    return ownerLanguage;
  }

  private ZoneId zone(
      Language language,
      Optional<Country> phoneCountry,
      Optional<Country> mailCountry,
      List<String> because) {
    if (phoneCountry.isPresent()) {
      because.add(
          "zone "
              + phoneCountry.get().zone()
              + " (phone +"
              + phoneCountry.get().callingCode()
              + ")");
      return phoneCountry.get().zone();
    }
    if (mailCountry.isPresent()) {
      because.add(
          "zone "
              + mailCountry.get().zone()
              + " (e-mail ."
              + mailCountry.get().iso().toLowerCase(Locale.ROOT)
              + ")");
      return mailCountry.get().zone();
    }
    if (language == Language.IT) {
      ZoneId rome = ZoneId.of("Europe/Rome");
      because.add("zone Europe/Rome (Italian)");
      return rome;
    }
    if (language == Language.EN
        && !Country.byZone(ownerZone).flatMap(Country::language).equals(Optional.of(Language.EN))) {
      // An Italian owner's English-speaking contacts are most often in the UK or Ireland, an hour
      // behind: UK time is the likelier guess than the owner's own, and the report says so.
      ZoneId london = ZoneId.of("Europe/London");
      because.add("zone Europe/London (English, nowhere stated: a guess)");
      return london;
    }
    because.add("zone " + ownerZone + " (nothing tells: the owner's)");
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

  private static String where(Map<Column, String> cells, Country country) {
    return Country.byEmail(cells.getOrDefault(Column.EMAIL, "")).isPresent()
        ? "e-mail ." + (country.iso().equals("GB") ? "uk" : country.iso().toLowerCase(Locale.ROOT))
        : "LinkedIn profile in " + country.iso();
  }

  private static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")).stream()
        .filter(word -> !word.isEmpty())
        .toList();
  }
}
