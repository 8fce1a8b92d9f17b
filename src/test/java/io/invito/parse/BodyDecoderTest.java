package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.RawEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies in the encodings found in the wild, and one bad byte among good ones. */
class BodyDecoderTest {
  private static final String RSS =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Eventi</title>"
          + "<item><title>Webinar a Città di Castello – perché</title>"
          + "<link>https://example.it/e/1</link></item>"
          + "<item><title>Corso sull'IVA</title><link>https://example.it/e/2</link></item>"
          + "</channel></rss>";

  @Test
  void repairsOnlyTheBadByteAndKeepsTheValidUtf8AroundIt() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] good = "città – perché; ".getBytes(StandardCharsets.UTF_8);
    body.writeBytes(good);
    body.write(0xE8); // "è" in Latin-1, alone in a UTF-8 body
    body.writeBytes(" più".getBytes(StandardCharsets.UTF_8));

    BodyDecoder.Decoded decoded = BodyDecoder.decode(body.toByteArray(), Optional.empty());

    assertThat(decoded.text()).isEqualTo("città – perché; è più");
    assertThat(decoded.warning())
        .contains(
            "the body is not valid UTF-8 at byte "
                + good.length
                + "; read those bytes as windows-1252 and the rest as UTF-8");
  }

  @Test
  void countsEveryPlaceItRepairedAndNamesTheFirst() {
    byte[] body = {'a', (byte) 0x93, 'b', (byte) 0x94, 'c', (byte) 0xC3, (byte) 0xA9};

    BodyDecoder.Decoded decoded = BodyDecoder.decode(body, Optional.of("utf-8"));

    assertThat(decoded.text()).isEqualTo("a\u201Cb\u201Dcé");
    assertThat(decoded.warning())
        .hasValueSatisfying(w -> assertThat(w).contains("at byte 1 (and 1 more places)"));
  }

  @Test
  void aFeedWithOneBadByteKeepsEveryOtherItemsAccents() {
    byte[] utf8 = RSS.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = RSS.indexOf("sull'IVA");
    int byteAt = RSS.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    body.write(utf8, 0, byteAt);
    body.write(0xB4); // a Latin-1 acute accent where the apostrophe was meant
    body.write(utf8, byteAt, utf8.length - byteAt);

    Extraction feed =
        new Extractor()
            .extract(
                ParseInput.of(
                    "bad-byte", java.net.URI.create("https://example.it/"), body.toByteArray()));

    assertThat(feed.events())
        .extracting(RawEvent::title)
        .containsExactly("Webinar a Città di Castello – perché", "Corso \u00B4sull'IVA");
    assertThat(feed.warnings()).anyMatch(w -> w.contains("not valid UTF-8 at byte " + byteAt));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void readsAFeedInUtf16OrUtf32WithoutAByteOrderMark(String charset) {
    byte[] body = RSS.getBytes(Charset.forName(charset));

    Extraction feed =
        new Extractor()
            .extract(ParseInput.of("wide", java.net.URI.create("https://example.it/"), body));

    assertThat(feed.error()).isEmpty();
    assertThat(feed.events())
        .extracting(RawEvent::title)
        .containsExactly("Webinar a Città di Castello – perché", "Corso sull'IVA");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-32LE", "UTF-32BE"})
  void readsUtf32WithAByteOrderMark(String charset) {
    byte[] body = ("\uFEFF" + RSS).getBytes(Charset.forName(charset));

    assertThat(BodyDecoder.decode(body, Optional.empty()).text()).isEqualTo(RSS);
  }
}
