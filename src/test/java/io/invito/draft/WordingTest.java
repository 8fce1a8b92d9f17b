package io.invito.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import io.invito.model.Formality;
import io.invito.model.Reason;
import io.invito.testing.ContactBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrases a native speaker would sign, in each language. */
class WordingTest {
  private static final Wording ITALIAN = Wording.of(Language.IT);
  private static final Wording ENGLISH = Wording.of(Language.EN);

  private static List<Reason> role(String term) {
    return List.of(new Reason(Reason.Kind.ROLE, term, term, "title"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "commercialista   | visto il Suo ruolo di commercialista",
        "CISO             | visto il Suo ruolo di CISO",
        "responsabile IT  | visto il Suo ruolo di responsabile IT",
        "e-commerce       | visto che si occupa di e-commerce",
        "marketing        | visto che si occupa di marketing",
      })
  void italianNamesARoleOnlyWhenItIsAPersonsAndOtherwiseSaysWhatTheyDo(String term, String phrase) {
    assertThat(ITALIAN.reason(role(term), Formality.FORMAL, 2)).isEqualTo(phrase);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "data scientist   | given your role as a data scientist",
        "engineer         | given your role as an engineer",
        "CISO             | given your role as CISO",
        "head of sales    | given your role as head of sales",
        "e-commerce       | given your work in e-commerce",
      })
  void englishPutsTheArticleARoleNeeds(String term, String phrase) {
    assertThat(ENGLISH.reason(role(term), Formality.FORMAL, 2)).isEqualTo(phrase);
  }

  @Test
  void englishSaysTheBeforeANamedLawButNotBeforeAField() {
    List<Reason> reasons =
        List.of(
            new Reason(Reason.Kind.INTEREST, "AI Act", "AI Act", "title"),
            new Reason(Reason.Kind.INTEREST, "cloud security", "cloud", "title"));

    assertThat(ENGLISH.reason(reasons, Formality.INFORMAL, 2))
        .isEqualTo("knowing your interest in the AI Act and cloud security");
  }

  @Test
  void italianElidesBeforeAAndEnglishNeverGreetsWithTheFullName() {
    assertThat(ITALIAN.to("Andrea")).isEqualTo("ad Andrea");
    assertThat(ITALIAN.to("Marco")).isEqualTo("a Marco");
    assertThat(
            ENGLISH.salutation(
                ContactBuilder.italian()
                    .name("Anna", "Smith-Jones 🚀")
                    .languages(Language.EN)
                    .formality(Formality.FORMAL)
                    .build()))
        .isEqualTo("Dear Anna,");
    assertThat(
            ENGLISH.salutation(
                ContactBuilder.italian()
                    .name("James", "Okafor, PhD")
                    .title("Dr.")
                    .languages(Language.EN)
                    .formality(Formality.FORMAL)
                    .build()))
        .isEqualTo("Dear Dr. Okafor,");
  }
}
