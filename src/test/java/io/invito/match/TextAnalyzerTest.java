package io.invito.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.match.TextAnalyzer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAnalyzerTest {

  private static List<String> stems(String text) {
    return TextAnalyzer.tokens(TextAnalyzer.canonical(text)).stream().map(Token::stem).toList();
  }

  @ParameterizedTest
  @CsvSource({
      "webinars, webinar", "webinar, webinar", "technologies, technology",
      "processes, process", "approaches, approach", "courses, cours", "corsi, cors",
      "corso, cors", "formazione, formazion", "formazioni, formazion",
      "informatiche, informatic", "informatica, informatic", "banche, banc", "dialoghi, dialog",
      "digitale, digital", "digital, digital", "dati, dat", "data, dat", "machines, machin",
      "business, business", "analysis, analysis", "status, status", "hr, hr", "web3, web3"})
  void stemsOnlyPluralAndGenderEndings(String word, String stem) {
    assertThat(Stemmer.stem(word)).isEqualTo(stem);
  }

  @Test
  void keepsMarketingApartFromMarket() {
    assertThat(Stemmer.stem("marketing")).isNotEqualTo(Stemmer.stem("market"));
  }

  @Test
  void foldsAccentsAndCaseAndDropsStopWordsInBothLanguages() {
    assertThat(stems("La Sostenibilità delle imprese e the future of ESG"))
        .containsExactly("sostenibilit", "impres", "futur", "esg");
  }

  @Test
  void keepsTheAcronymAiButDropsTheItalianPrepositionAi() {
    assertThat(stems("AI generativa: consigli ai manager")).containsExactly(
        "ai", "generativ", "consigl", "manager");
    assertThat(stems("IT security: make it simple")).containsExactly("it", "security", "mak",
        "simpl");
  }

  @Test
  void keepsATextOfOnlyStopWordsRatherThanLoseIt() {
    assertThat(TextAnalyzer.phrase("ai")).containsExactly("ai");
    assertThat(stems("IT")).containsExactly("it"); // a topic of one acronym
    assertThat(TextAnalyzer.phrase("protezione dei dati")).containsExactly("protezion", "dat");
  }

  @Test
  void remembersWhereEachTokenStood() {
    String text = TextAnalyzer.canonical("Intro all'Intelligenza Artificiale");
    List<Token> tokens = TextAnalyzer.tokens(text);

    assertThat(tokens).extracting(token -> text.substring(token.start(), token.end()))
        .containsExactly("Intro", "Intelligenza", "Artificiale");
  }
}
