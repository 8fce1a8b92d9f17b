package io.invito.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.config.Language;
import io.invito.contact.ImportFinding.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportMessagesTest {
  private static final ImportMessages EN = ImportMessages.of(Language.EN);
  private static final ImportMessages IT = ImportMessages.of(Language.IT);

  /** A finding of the kind whose values are told apart: ‹0›, ‹1›... */
  private static ImportFinding sample(Kind kind) {
    List<String> values =
        IntStream.range(0, kind.arity()).mapToObj(index -> "‹" + index + "›").toList();
    return new ImportFinding("rubrica.vcf", 42, kind, values);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyKindHasATextInEveryLanguage(Language language) {
    List<String> missing = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      if (!ImportMessages.of(language).keys().contains(kind.name())) {
        missing.add(kind.name());
      }
    }
    assertThat(missing).as("kinds without a text in " + language).isEmpty();
  }

  @Test
  void bothLanguagesHaveTheSameTextsAndNoneLeftUntranslated() {
    assertThat(IT.keys()).containsExactlyInAnyOrderElementsOf(EN.keys());
    for (String key : EN.keys()) {
      if (!key.startsWith("cli.") && !key.equals("person")) {
        Kind kind = Kind.valueOf(key);
        assertThat(IT.line(sample(kind))).as(key).isNotEqualTo(EN.line(sample(kind)));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyTextNamesEachValueOnceAndThePlaceAsTheOtherLanguageDoes(Kind kind) {
    for (ImportMessages messages : List.of(EN, IT)) {
      String line = messages.line(sample(kind));
      for (int index = 0; index < kind.arity(); index++) {
        assertThat(line).as(messages.language() + " " + kind).contains("‹" + index + "›");
      }
      assertThat(line).as(messages.language() + " " + kind).doesNotContain("{");
    }
    // A problem names its file and line in both languages; a reason names neither in either.
    String english = EN.line(sample(kind));
    String italian = IT.line(sample(kind));
    assertThat(italian.contains("rubrica.vcf"))
        .as(kind.name())
        .isEqualTo(english.contains("rubrica.vcf"));
    assertThat(italian.contains("42")).as(kind.name()).isEqualTo(english.contains("42"));
  }

  @Test
  void rowsSkippedNameTheFileTheLineAndTheValueInBothLanguages() {
    ImportFinding email = ImportFinding.of("Connections.csv", 10, Kind.NOT_AN_EMAIL, "luca@bruno");

    assertThat(EN.line(email))
        .isEqualTo(
            "Connections.csv: line 10: email 'luca@bruno' is not an e-mail address; row skipped");
    assertThat(IT.line(email))
        .isEqualTo(
            "Connections.csv: riga 10: in email, 'luca@bruno' non è un indirizzo e-mail;"
                + " riga saltata");
    ImportFinding tooMany = ImportFinding.of("rubrica.csv", 3, Kind.TOO_MANY_VALUES_UNQUOTED, 4, 3);
    assertThat(EN.line(tooMany))
        .isEqualTo(
            "rubrica.csv: line 3: 4 values but the header has 3 (quote values that contain"
                + " commas); row skipped");
    assertThat(IT.line(tooMany))
        .isEqualTo(
            "rubrica.csv: riga 3: 4 valori, ma l'intestazione ha 3 colonne (metti tra virgolette"
                + " i valori che contengono virgole); riga saltata");
  }

  @Test
  void aPersonAddedIsOneLineOfReasonsInTheOwnersLanguage() {
    GuessedPerson giulia =
        new GuessedPerson(
            "giulia.vcf",
            1,
            "giulia-bianchi",
            List.of(
                ImportFinding.of("giulia.vcf", 1, Kind.LANGUAGE_FROM_EMAIL, "it", "it"),
                ImportFinding.of("giulia.vcf", 1, Kind.ZONE_FROM_EMAIL, "Europe/Rome", "it"),
                ImportFinding.of("giulia.vcf", 1, Kind.FORMALITY_LEI)));

    assertThat(EN.line(giulia))
        .isEqualTo(
            "giulia.vcf: line 1: giulia-bianchi: language it (e-mail .it), zone Europe/Rome"
                + " (e-mail .it), formality lei (Italian, a first contact)");
    assertThat(IT.line(giulia))
        .isEqualTo(
            "giulia.vcf: riga 1: giulia-bianchi: lingua it (e-mail .it), fuso orario Europe/Rome"
                + " (e-mail .it), formalità lei (italiano, primo contatto)");
  }

  @Test
  void theLinesAroundTheFindingsAreInBothLanguages() {
    assertThat(EN.text("cli.counts", "contacts.csv", 4, 0, 1))
        .isEqualTo("contacts.csv: 4 added, 0 updated, 1 unchanged");
    assertThat(IT.text("cli.counts", "contacts.csv", 4, 0, 1))
        .isEqualTo("contacts.csv — aggiunti: 4, aggiornati: 0, senza modifiche: 1");
    assertThat(EN.text("cli.warning", "x")).isEqualTo("warning: x");
    assertThat(IT.text("cli.warning", "x")).isEqualTo("avviso: x");
  }

  @Test
  void aValueThatLooksLikeAPlaceholderIsPrintedAsWritten() {
    ImportFinding odd =
        ImportFinding.of("{file}.csv", 7, Kind.NAME_CLEANED, "first_name", "{1}", "{2} {line}");

    assertThat(EN.line(odd)).isEqualTo("first_name '{1}' (from '{2} {line}')");
    assertThat(IT.line(odd)).isEqualTo("first_name '{1}' (da '{2} {line}')");
  }

  @Test
  void aFindingWithTheWrongNumberOfValuesIsAProgrammingError() {
    assertThatThrownBy(() -> ImportFinding.of("a.csv", 1, Kind.NOT_AN_EMAIL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOT_AN_EMAIL takes 1 values, not 0");
  }
}
