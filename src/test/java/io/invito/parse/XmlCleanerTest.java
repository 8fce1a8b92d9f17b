package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which feeds go to the strict parser as bytes, and that reading them so gives what cleaning them
 * first gives: the bytes path must never see a feed that {@link XmlCleaner#clean} would change.
 */
class XmlCleanerTest {
  private static final String ITEM =
      "<item><title>Webinar</title><description>il 10/12/2026 alle 17:30 %s</description></item>";

  private static byte[] feed(String prolog, String text) {
    return (prolog
            + "<rss version=\"2.0\"><channel><title>t</title>"
            + ITEM.formatted(text)
            + "</channel></rss>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withBytes(byte[] head, byte... middle) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] body = feed("", "X");
    int at = new String(body, StandardCharsets.ISO_8859_1).indexOf('X');
    out.write(head, 0, head.length);
    out.write(body, 0, at);
    out.write(middle, 0, middle.length);
    out.write(body, at + 1, body.length - at - 1);
    return out.toByteArray();
  }

  private static boolean asIs(byte[] body) {
    return XmlCleaner.readableAsIs(body, Optional.empty());
  }

  @Test
  void wellFormedUtf8GoesToTheParserAsItIs() {
    assertThat(asIs(feed("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "città – perché"))).isTrue();
    assertThat(asIs(feed("", "a &amp; b &lt; c &#233; &#x2013;"))).isTrue();
    assertThat(asIs(feed("", "<![CDATA[a & b]]>"))).as("a bare & the parser may refuse").isTrue();
    assertThat(asIs(withBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, (byte) 'x')))
        .as("a UTF-8 byte-order mark")
        .isTrue();
    assertThat(asIs(feed("", "emoji \uD83C\uDF89"))).isTrue();
  }

  @Test
  void whatTheCleanerWouldChangeIsCleanedFirst() {
    assertThat(asIs(feed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "x")))
        .as("another charset declared")
        .isFalse();
    assertThat(
            XmlCleaner.readableAsIs(
                feed("", "x"), Optional.of("application/rss+xml; charset=latin1")))
        .as("another charset in the Content-Type, none in the prolog")
        .isFalse();
    assertThat(
            XmlCleaner.readableAsIs(
                feed("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "x"),
                Optional.of("text/xml; charset=latin1")))
        .as("the prolog wins over the Content-Type, as in clean")
        .isTrue();
    assertThat(asIs(feed("", "a&nbsp;b"))).as("an HTML entity").isFalse();
    assertThat(asIs(withBytes(new byte[0], (byte) 0xC2, (byte) 0x92))).as("C1 U+0092").isFalse();
    assertThat(asIs(withBytes(new byte[0], (byte) 0x01))).as("a control character").isFalse();
    assertThat(asIs(withBytes(new byte[0], (byte) 0xE9, (byte) ' '))).as("Latin-1 é").isFalse();
    assertThat(asIs(withBytes(new byte[0], (byte) 0xED, (byte) 0xA0, (byte) 0x80)))
        .as("an encoded surrogate")
        .isFalse();
    assertThat(asIs(withBytes(new byte[0], (byte) 0xC0, (byte) 0xAE))).as("overlong").isFalse();
    assertThat(asIs(withBytes(new byte[0], (byte) 0xEF, (byte) 0xBF, (byte) 0xBD)))
        .as("U+FFFD, the decoder's mark")
        .isFalse();
    assertThat(asIs(withBytes(new byte[0], (byte) 0xE2, (byte) 0x82))).as("cut short").isFalse();
    assertThat(asIs(withBytes(new byte[] {(byte) 0xFF, (byte) 0xFE}))).as("UTF-16").isFalse();
  }

  @Test
  void aFeedReadAsItIsGivesWhatTheCleanedFeedGives() {
    Extractor extractor = new Extractor();
    byte[] utf8 = feed("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "a Milano, città");
    byte[] latin1 =
        new String(utf8, StandardCharsets.UTF_8)
            .replace("UTF-8", "ISO-8859-1")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(asIs(utf8)).isTrue();
    assertThat(asIs(latin1)).isFalse();

    Extraction asIs = extractor.extract(ParseInput.of("a", URI.create("https://x.example/"), utf8));
    Extraction cleaned =
        extractor.extract(ParseInput.of("a", URI.create("https://x.example/"), latin1));

    assertThat(asIs.events()).hasSize(1).isEqualTo(cleaned.events());
    assertThat(asIs.events().get(0).description())
        .isEqualTo("il 10/12/2026 alle 17:30 a Milano, città");
    assertThat(asIs.warnings()).isEqualTo(cleaned.warnings()).isEmpty();
  }

  @Test
  void aFeedTheStrictParseRefusesPartWayIsReadAgainOnce() {
    // A bare '&' outside CDATA passes the look at the bytes; the strict parse fails on it after
    // the first item, and the cleaned feed is read from the start: each item comes out once.
    String body =
        "<rss version=\"2.0\"><channel><title>t</title>"
            + ITEM.formatted("uno")
            + ITEM.formatted("due & tre")
            + "</channel></rss>";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertThat(asIs(bytes)).isTrue();

    Extraction feed =
        new Extractor().extract(ParseInput.of("a", URI.create("https://x.example/"), bytes));

    assertThat(feed.error()).isEmpty();
    assertThat(feed.events()).hasSize(2);
    assertThat(feed.warnings()).contains("escaped bare '&' characters");
  }
}
