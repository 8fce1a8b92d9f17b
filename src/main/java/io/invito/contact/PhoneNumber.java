package io.invito.contact;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number as people write it ({@code 347 123 4567}, {@code +44 (0)20 7946 0958}, {@code
 * 0039-02-1234567}) in the E.164 form WhatsApp's links and {@code tel:} need ({@code
 * +442079460958}), with the country it belongs to. A number without a country code is taken to be
 * in the owner's country, as the owner's phone would dial it.
 *
 * @param countryStated whether the number itself gave its country code, which makes it evidence of
 *     where the person is; a number read in the owner's country says nothing of them
 */
record PhoneNumber(String e164, Optional<Country> country, boolean countryStated) {
  private static final Pattern EXTENSION =
      Pattern.compile("(?i)\\s*(ext\\.?|extension|int\\.?|interno|x)\\s*\\d+\\s*$");
  private static final Pattern TRUNK_IN_BRACKETS = Pattern.compile("\\(0\\)");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s./()\\-\\u00A0]+");
  private static final Pattern DIGITS = Pattern.compile("\\+?\\d+");

  /** E.164 allows at most 15 digits; fewer than 8 is no reachable number anywhere we know. */
  private static final int MIN_DIGITS = 8;

  private static final int MAX_DIGITS = 15;

  /**
   * Reads a written number; empty when it has letters or too few or too many digits, or has no
   * country code and the owner's country is unknown.
   */
  static Optional<PhoneNumber> parse(String written, Optional<Country> ownerCountry) {
    String text = EXTENSION.matcher(written.strip()).replaceFirst("");
    text = TRUNK_IN_BRACKETS.matcher(text).replaceAll("");
    if (text.toLowerCase(java.util.Locale.ROOT).startsWith("tel:")) {
      text = text.substring(4);
    }
    text = SEPARATORS.matcher(text).replaceAll("");
    if (!DIGITS.matcher(text).matches()) {
      return Optional.empty();
    }
    if (text.startsWith("00")) {
      text = "+" + text.substring(2);
    }
    if (text.startsWith("+")) {
      String digits = text.substring(1);
      Optional<Country> country = Country.byCallingPrefix(digits);
      if (country.isPresent()) {
        String national = digits.substring(country.get().callingCode().length());
        if (country.get().dropsTrunkZero() && national.startsWith("0")) {
          national = national.substring(1); // "+44 020…" written by someone who kept the 0
        }
        digits = country.get().callingCode() + national;
      }
      return checked(digits, country, true);
    }
    if (ownerCountry.isEmpty()) {
      return Optional.empty();
    }
    Country country = ownerCountry.get();
    String national = text;
    if (country.dropsTrunkZero() && national.startsWith("0")) {
      national = national.substring(1);
    } else if (country.callingCode().equals("1")
        && national.length() == 11
        && national.startsWith("1")) {
      national = national.substring(1); // North America's trunk 1
    }
    return checked(country.callingCode() + national, Optional.of(country), false);
  }

  private static Optional<PhoneNumber> checked(
      String digits, Optional<Country> country, boolean stated) {
    if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS || digits.startsWith("0")) {
      return Optional.empty();
    }
    return Optional.of(new PhoneNumber("+" + digits, country, stated));
  }
}
