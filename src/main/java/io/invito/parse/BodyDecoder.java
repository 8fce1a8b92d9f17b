package io.invito.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a body into text by its byte-order mark, else its declared charset, else UTF-8; a body that
 * claims UTF-8 but is not (a Latin-1 or cp1252 export under a UTF-8 prolog, common in the wild) is
 * read as windows-1252, so no U+FFFD ever reaches a title.
 */
final class BodyDecoder {
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:\\-]+)");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The text and, when it was not what it claimed, a warning saying what was done. */
  record Decoded(String text, Optional<String> warning) {}

  private BodyDecoder() {}

  /** Reads the charset parameter of a Content-Type header. */
  static Optional<String> charsetOf(Optional<String> contentType) {
    return contentType.map(CHARSET::matcher).filter(Matcher::find).map(m -> m.group(1));
  }

  static Decoded decode(byte[] body, Optional<String> declared) {
    if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
      return strictOrFallback(body, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(body, 0xFE, 0xFF)) {
      return new Decoded(
          new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE), Optional.empty());
    }
    if (startsWith(body, 0xFF, 0xFE)) {
      return new Decoded(
          new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE), Optional.empty());
    }
    Optional<Charset> known = declared.flatMap(BodyDecoder::charset);
    Decoded decoded = strictOrFallback(body, 0, known.orElse(StandardCharsets.UTF_8));
    if (declared.isEmpty() || known.isPresent()) {
      return decoded;
    }
    // A charset no one knows ("bogus", a typo) is the publisher's mistake worth showing; the
    // bytes are read as UTF-8 all the same, as feedparser does.
    String unknown = "the body declares an unknown charset '" + declared.get() + "'; read as UTF-8";
    return new Decoded(
        decoded.text(),
        Optional.of(decoded.warning().map(also -> unknown + "; " + also).orElse(unknown)));
  }

  private static Decoded strictOrFallback(byte[] body, int offset, Charset charset) {
    if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
      // What browsers do: the labels mean windows-1252, whose curly quotes Latin-1 lacks.
      charset = WINDOWS_1252;
    }
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The JDK's own UTF-8 reading makes the String straight from the bytes, where a decoder
      // fills a char buffer twice the body's size first. It puts U+FFFD for malformed input, so a
      // text without one was valid; a text with one is read again, strictly, below.
      String text = new String(body, offset, body.length - offset, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return new Decoded(text, Optional.empty());
      }
    }
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body, offset, body.length - offset))
              .toString();
      return new Decoded(text, Optional.empty());
    } catch (CharacterCodingException e) {
      String text = new String(body, offset, body.length - offset, WINDOWS_1252);
      return new Decoded(
          text,
          Optional.of("the body is not valid " + charset.name() + "; read it as windows-1252"));
    }
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name.strip().toLowerCase(Locale.ROOT)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] body, int... prefix) {
    if (body.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((body[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
