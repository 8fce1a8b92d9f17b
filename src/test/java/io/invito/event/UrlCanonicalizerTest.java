package io.invito.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      HTTPS://WWW.Example.IT/Eventi/Webinar                     | https://example.it/Eventi/Webinar
      http://example.it/eventi/webinar/                         | https://example.it/eventi/webinar
      https://example.it:443/eventi                             | https://example.it/eventi
      http://example.it:80/eventi                               | https://example.it/eventi
      https://example.it:8443/eventi                            | https://example.it:8443/eventi
      https://example.it/eventi#iscrizione                      | https://example.it/eventi
      https://example.it/                                       | https://example.it
      https://example.it/e?utm_source=x&utm_medium=y&utm_campaign=z | https://example.it/e
      https://example.it/e?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2 | https://example.it/e
      https://example.it/e?b=2&a=1                              | https://example.it/e?a=1&b=2
      https://example.it/e?id=7&UTM_Source=feed&sid=99          | https://example.it/e?id=7
      https://example.it/e?PHPSESSID=x1&JSESSIONID=x2&page=2    | https://example.it/e?page=2
      https://example.it/e;jsessionid=ABC123?id=3               | https://example.it/e?id=3
      https://example.it/corso%20base/                          | https://example.it/corso%20base
      """)
  void rewritesToTheSharedForm(String url, String canonical) {
    assertThat(UrlCanonicalizer.canonicalize(URI.create(url))).hasToString(canonical);
  }

  @Test
  void treatsHttpAndHttpsAsTheSamePage() {
    assertThat(UrlCanonicalizer.canonicalize(URI.create("http://www.example.it/a/")))
        .isEqualTo(UrlCanonicalizer.canonicalize(URI.create("https://example.it/a")));
  }

  @Test
  void leavesUrlsThatAreNotWebPagesAlone() {
    URI mail = URI.create("mailto:eventi@example.it");
    assertThat(UrlCanonicalizer.canonicalize(mail)).isSameAs(mail);
  }

  @Test
  void keepsPathCaseBecauseServersMayTellItApart() {
    assertThat(UrlCanonicalizer.canonicalize(URI.create("https://example.it/Corso")))
        .isNotEqualTo(UrlCanonicalizer.canonicalize(URI.create("https://example.it/corso")));
  }

  @Test
  void cleaningDropsTrackingButKeepsTheLinkAsWritten() {
    assertThat(
            UrlCanonicalizer.clean(
                URI.create("http://www.example.it/e/?utm_source=rss&id=3#orari")))
        .hasToString("http://www.example.it/e/?id=3#orari");
  }
}
