package io.invito.contact;

import io.invito.config.Language;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a phone number's country code or an e-mail's country domain says of a person: where they
 * probably are, and the language they probably read when the country has one invito writes.
 *
 * @param iso the ISO 3166 code, which is also the e-mail domain except for the UK's {@code .uk}
 * @param callingCode the ITU country code, without the plus
 * @param language empty where the country speaks several languages or none invito writes
 * @param dropsTrunkZero whether the national form's leading 0 goes when the number is dialled from
 *     abroad (+44 20…, from 020…); Italy and San Marino keep it (+39 02…)
 */
record Country(
    String iso,
    String callingCode,
    Optional<Language> language,
    ZoneId zone,
    boolean dropsTrunkZero) {

  private static final Optional<Language> IT = Optional.of(Language.IT);
  private static final Optional<Language> EN = Optional.of(Language.EN);
  private static final Optional<Language> OTHER = Optional.empty();

  /**
   * The countries an Italian or English networker's contacts most often have numbers in. North
   * America shares +1 and several zones: New York's is the guess, and the report says it is one.
   */
  static final List<Country> ALL =
      List.of(
          country("IT", "39", IT, "Europe/Rome", false),
          country("SM", "378", IT, "Europe/San_Marino", false),
          country("VA", "379", IT, "Europe/Vatican", false),
          country("GB", "44", EN, "Europe/London", true),
          country("IE", "353", EN, "Europe/Dublin", true),
          country("US", "1", EN, "America/New_York", false),
          country("CA", "1", EN, "America/Toronto", false),
          country("AU", "61", EN, "Australia/Sydney", true),
          country("NZ", "64", EN, "Pacific/Auckland", true),
          country("ZA", "27", EN, "Africa/Johannesburg", true),
          country("IN", "91", EN, "Asia/Kolkata", true),
          country("SG", "65", EN, "Asia/Singapore", false),
          country("MT", "356", EN, "Europe/Malta", false),
          country("CH", "41", OTHER, "Europe/Zurich", true),
          country("FR", "33", OTHER, "Europe/Paris", true),
          country("DE", "49", OTHER, "Europe/Berlin", true),
          country("AT", "43", OTHER, "Europe/Vienna", true),
          country("ES", "34", OTHER, "Europe/Madrid", false),
          country("PT", "351", OTHER, "Europe/Lisbon", false),
          country("NL", "31", OTHER, "Europe/Amsterdam", true),
          country("BE", "32", OTHER, "Europe/Brussels", true),
          country("SE", "46", OTHER, "Europe/Stockholm", true),
          country("PL", "48", OTHER, "Europe/Warsaw", false),
          country("GR", "30", OTHER, "Europe/Athens", false));

  private static Country country(
      String iso, String code, Optional<Language> language, String zone, boolean drops) {
    return new Country(iso, code, language, ZoneId.of(zone), drops);
  }

  /** The country whose calling code begins {@code digits} (longest code first: +378 before +3). */
  static Optional<Country> byCallingPrefix(String digits) {
    for (int length = 3; length >= 1; length--) {
      if (digits.length() > length) {
        String code = digits.substring(0, length);
        Optional<Country> found =
            ALL.stream().filter(country -> country.callingCode.equals(code)).findFirst();
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The country of an e-mail address's domain: {@code .it}, {@code .co.uk}; empty for .com. */
  static Optional<Country> byEmail(String email) {
    int dot = email.lastIndexOf('.');
    if (dot < 0 || email.indexOf('@') < 0) {
      return Optional.empty();
    }
    String domain = email.substring(dot + 1).toUpperCase(Locale.ROOT);
    String iso = domain.equals("UK") ? "GB" : domain;
    return ALL.stream().filter(country -> country.iso.equals(iso)).findFirst();
  }

  /** The country of a LinkedIn profile's subdomain: {@code https://uk.linkedin.com/in/…}. */
  static Optional<Country> byProfile(String url) {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("(?i)^(?:https?://)?([a-z]{2})\\.linkedin\\.com/")
            .matcher(url.strip());
    if (!matcher.find()) {
      return Optional.empty();
    }
    String code = matcher.group(1).toUpperCase(Locale.ROOT);
    String iso = code.equals("UK") ? "GB" : code;
    return ALL.stream().filter(country -> country.iso.equals(iso)).findFirst();
  }

  /** The owner's country, told from their zone, for numbers written without a country code. */
  static Optional<Country> byZone(ZoneId zone) {
    return ALL.stream().filter(country -> country.zone.equals(zone)).findFirst();
  }
}
