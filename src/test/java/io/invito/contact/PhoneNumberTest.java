package io.invito.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {
  private static final Optional<Country> ITALY = Country.byZone(ZoneId.of("Europe/Rome"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "347 123 4567            | +393471234567",
        "02 8765 4321            | +390287654321",
        "+39 02 8765 4321        | +390287654321",
        "0039-347-1234567        | +393471234567",
        "+44 (0)20 7946 0958     | +442079460958",
        "+44 020 7946 0958       | +442079460958",
        "tel:+1-415-555-0199     | +14155550199",
        "+39 347 123 4567 int. 12 | +393471234567",
        "+378 0549 123456        | +3780549123456",
      })
  void writesNumbersInE164WithTheOwnersCountryForThoseWithoutACode(String written, String e164) {
    assertThat(PhoneNumber.parse(written, ITALY)).map(PhoneNumber::e164).contains(e164);
  }

  @ParameterizedTest
  @CsvSource({"call me", "12345", "+39 347 123 4567 8901 2345"})
  void refusesWhatIsNoNumber(String written) {
    assertThat(PhoneNumber.parse(written, ITALY)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"347 123 4567,false", "+39 347 123 4567,true"})
  void saysWhetherTheNumberItselfNamedItsCountry(String written, boolean stated) {
    assertThat(PhoneNumber.parse(written, ITALY).orElseThrow().countryStated()).isEqualTo(stated);
  }
}
