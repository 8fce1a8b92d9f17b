package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      <!' <a href='foo'>x</a>                 | <!' x
      <b>Title</b> <!DOCTYPE ~                | Title <!DOCTYPE ~
      <p>Offerta</p><!                        | Offerta <!
      <!DOCTYPE html><p>Demo dal vivo</p>     | Demo dal vivo
      a <!-- note --> b                       | a b
      <!--[if mso]>x<![endif]--><i>Corso</i> | Corso
      """)
  void keepsAnOpenerOfNoCommentNorDeclarationAsTheTextItIs(String html, String text) {
    assertThat(TextCleaner.clean(html)).isEqualTo(text);
  }
}
