package io.invito.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '#',
      value = {
        "Rossi 🚀                # Rossi",
        "Hughes 👨‍💻              # Hughes",
        "Ferrari, PhD            # Ferrari",
        "Greco (lui/egli)        # Greco",
        "Hall MBA                # Hall",
        "LUCA BIANCHI | Sales    # Luca Bianchi",
        "D'ANGELO                # D'Angelo",
        "Bianchi – Consulente    # Bianchi",
        "Smith-Jones             # Smith-Jones",
        "De Luca                 # De Luca",
      })
  void leavesOnlyTheNameForASalutation(String written, String clean) {
    assertThat(PersonName.clean(written)).isEqualTo(clean);
  }

  @Test
  void findsATitleWrittenBeforeTheFirstName() {
    assertThat(PersonName.leadingTitle("Dott.ssa Elena")).contains("Dott.ssa");
    assertThat(PersonName.withoutTitle("Dott.ssa Elena")).isEqualTo("Elena");
    assertThat(PersonName.leadingTitle("Dr Richard")).contains("Dr");
    assertThat(PersonName.leadingTitle("Drew")).isEmpty();
  }
}
