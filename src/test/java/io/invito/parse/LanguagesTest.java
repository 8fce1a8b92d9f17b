package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en-US    | en-US | en
      en_us    | en-US | en
      EN-US    | en-US | en
      en-GB    | en-GB | en
      it-IT    | it-IT | it
      English  | en    | en
      Italiano | it    | it
      it       | it    | it
      """)
  void keepsTheRegionOfADeclaredLanguageWhichTheCodeDrops(
      String declared, String locale, String code) {
    assertThat(Languages.locale(declared)).contains(Locale.forLanguageTag(locale));
    assertThat(Languages.normalize(declared)).contains(code);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "  ", "x-klingon", "123"})
  void findsNoLocaleWhereTheDeclarationNamesNoLanguage(String declared) {
    assertThat(Languages.locale(declared)).isEmpty();
    assertThat(Languages.locale(null)).isEmpty();
  }

  @ParameterizedTest(name = "{0} within {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      en    | en-US | en-US
      it    | en-US | it
      en-GB | en-US | en-GB
      -     | en-US | en-US
      en    | -     | en
      """)
  void readsWhatAPartDeclaresWithinTheRegionOfTheWholeWhenItIsTheSameLanguage(
      String own, String around, String expected) {
    assertThat(Languages.within(locale(own), locale(around)))
        .contains(Locale.forLanguageTag(expected));
  }

  private static Optional<Locale> locale(String tag) {
    return Optional.ofNullable(tag).map(Locale::forLanguageTag);
  }
}
