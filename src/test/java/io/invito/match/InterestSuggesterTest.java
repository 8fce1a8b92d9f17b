package io.invito.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Interests suggested from a position and company, compared as the matcher compares words. */
class InterestSuggesterTest {
  private final InterestSuggester suggester =
      new InterestSuggester(
          List.of(
              "sicurezza informatica",
              "cloud",
              "cloud security",
              "risorse umane",
              "marketing digitale",
              "intelligenza artificiale",
              "e-commerce",
              "IT"));

  @Test
  void suggestsThePhrasesEveryWordOfWhichIsInThePosition() {
    assertThat(suggester.suggest("Responsabile sicurezza informatica"))
        .containsExactly("sicurezza informatica");
    assertThat(suggester.suggest("Responsabile Risorse Umane, Studio Conti"))
        .containsExactly("risorse umane");
  }

  @Test
  void comparesStemsSoAPluralOrAnotherCaseStillMeetsThePhrase() {
    assertThat(suggester.suggest("Consulente marketing digitali"))
        .containsExactly("marketing digitale");
    assertThat(suggester.suggest("Head of E-Commerce")).containsExactly("e-commerce");
  }

  @Test
  void prefersTheLongerPhraseToAWordItHolds() {
    assertThat(suggester.suggest("Cloud Security Engineer")).containsExactly("cloud security");
  }

  @Test
  void suggestsNothingWhenNoPhraseIsWhollyThere() {
    assertThat(suggester.suggest("Head of Sales, Brightwave Ltd")).isEmpty();
    assertThat(suggester.suggest("Sicurezza sul lavoro")).isEmpty();
    assertThat(suggester.suggest("")).isEmpty();
  }
}
