package io.invito.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Descriptions written as HTML reach the digest as their text; plain text stays as written. */
class DigestTextTest {

  @Test
  void cleansAnHtmlDescriptionToItsTextDroppingScriptsAndHandlers() {
    String html =
        "<p>Join <b>us</b> &amp; friends</p><script>steal()</script>"
            + "<img src=x onerror=\"steal()\"><style>p{}</style><ul><li>one</li><li>two</li></ul>";

    assertThat(DigestText.plain(html)).isEqualTo("Join us & friends one two");
  }

  @Test
  void leavesPlainTextWithAngleBracketsAndAmpersandsAsWritten() {
    assertThat(DigestText.plain("Q&A: when a < b and b > c\n  then R&D wins"))
        .isEqualTo("Q&A: when a < b and b > c then R&D wins");
  }

  @Test
  void readsCharacterReferencesAsHtml() {
    assertThat(DigestText.plain("Caff&egrave; &#38; cornetto")).isEqualTo("Caffè & cornetto");
  }
}
