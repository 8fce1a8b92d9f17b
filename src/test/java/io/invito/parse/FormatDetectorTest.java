package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.SourceType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {

  @ParameterizedTest(name = "{0} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      <?xml version="1.0"?><rss version="2.0"><channel/></rss>          | text/html      | PAGE | RSS
      '  <!-- generator --><feed xmlns="http://www.w3.org/2005/Atom"/>' | -              | -    | ATOM
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"> | -              | -    | RDF
      BEGIN:VCALENDAR\\r\\nVERSION:2.0                                  | text/plain     | FEED | ICS
      <!DOCTYPE html><html lang="it"><head>                            | application/xml | FEED | HTML
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><rss>    | text/html      | -    | RSS
      <div class="evento">Corso</div>                                   | -              | -    | HTML
      just some words                                                   | -              | -    | UNKNOWN
      just some words                                                   | -              | ICS  | ICS
      <channel><item/></channel>                                        | application/rss+xml | - | RSS
      '<!-- <feed> --><rss version="2.0">'                              | text/html      | -    | RSS
      '<!-- an unclosed comment <rss>'                                   | text/html      | -    | HTML
      <!DOCTYPE rss [<!ENTITY e "<feed>">]><rss version="2.0">        | text/html      | -    | RSS
      <!doctype html><rss version="2.0">                                | -              | -    | RSS
      """)
  void recognisesTheFormatByContentAndUsesHintsOnlyWhenContentIsSilent(
      String head, String contentType, String declared, Format expected) {
    byte[] body = head.replace("\\r\\n", "\r\n").getBytes(StandardCharsets.UTF_8);

    assertThat(
            FormatDetector.detect(
                body,
                Optional.ofNullable(contentType),
                Optional.ofNullable(declared).map(SourceType::valueOf)))
        .isEqualTo(expected);
  }
}
