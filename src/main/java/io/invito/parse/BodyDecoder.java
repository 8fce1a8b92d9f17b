package io.invito.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a body into text by its byte-order mark (or, without one, the zero bytes of UTF-16 and
 * UTF-32), else its declared charset, else UTF-8. A body that claims UTF-8 but has bytes that are
 * not (a Latin-1 or cp1252 export pasted into UTF-8, common in the wild) keeps its valid UTF-8 and
 * has only those bytes read as windows-1252, so no U+FFFD ever reaches a title.
 */
final class BodyDecoder {
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:\\-]+)");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How the warning about bytes read as windows-1252 in a UTF-8 body begins. */
  static final String REPAIRED = "the body is not valid UTF-8";

  private static final char[] WINDOWS_1252_CHARS = windows1252Chars();
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** The text and, when it was not what it claimed, a warning saying what was done. */
  record Decoded(String text, Optional<String> warning) {}

  private BodyDecoder() {}

  /** A Unicode encoding the bytes announce, and the length of the byte-order mark, if any. */
  record Unicode(Charset charset, int bomLength) {}

  /**
   * The Unicode encoding of a body that says so by its byte-order mark or, without one, by where
   * its first character's zero bytes are (XML 1.0, appendix F): a feed, calendar or page starts
   * with an ASCII character ({@code <}, {@code B}, a space), which UTF-16 writes with one zero byte
   * and UTF-32 with three; UTF-8 and the single-byte charsets never write a zero byte there.
   */
  static Optional<Unicode> unicode(byte[] body) {
    int b0 = body.length > 0 ? body[0] & 0xFF : -1;
    int b1 = body.length > 1 ? body[1] & 0xFF : -1;
    int b2 = body.length > 2 ? body[2] & 0xFF : -1;
    int b3 = body.length > 3 ? body[3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return Optional.of(new Unicode(UTF_32BE, 4));
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return Optional.of(new Unicode(UTF_32LE, 4));
    }
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return Optional.of(new Unicode(StandardCharsets.UTF_8, 3));
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return Optional.of(new Unicode(StandardCharsets.UTF_16BE, 2));
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return Optional.of(new Unicode(StandardCharsets.UTF_16LE, 2));
    }
    if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
      return Optional.of(new Unicode(UTF_32BE, 0));
    }
    if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return Optional.of(new Unicode(UTF_32LE, 0));
    }
    if (b0 == 0 && b1 > 0 && b2 == 0 && b3 > 0) {
      return Optional.of(new Unicode(StandardCharsets.UTF_16BE, 0));
    }
    if (b0 > 0 && b1 == 0 && b2 > 0 && b3 == 0) {
      return Optional.of(new Unicode(StandardCharsets.UTF_16LE, 0));
    }
    return Optional.empty();
  }

  /** Reads the charset parameter of a Content-Type header. */
  static Optional<String> charsetOf(Optional<String> contentType) {
    return contentType.map(CHARSET::matcher).filter(Matcher::find).map(m -> m.group(1));
  }

  static Decoded decode(byte[] body, Optional<String> declared) {
    Optional<Unicode> unicode = unicode(body);
    if (unicode.isPresent()) {
      Unicode found = unicode.get();
      return found.charset().equals(StandardCharsets.UTF_8)
          ? strictOrFallback(body, found.bomLength(), StandardCharsets.UTF_8)
          : new Decoded(
              new String(body, found.bomLength(), body.length - found.bomLength(), found.charset()),
              Optional.empty());
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
      return repairedUtf8(body, offset);
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

  /**
   * UTF-8 read as UTF-8 wherever it is valid, and only the bytes that are not read as windows-1252:
   * one stray Latin-1 byte in a feed costs that character, not every accent of the document ("città
   * – perché" stays itself). Most such bytes are a Latin-1 or cp1252 export's accents pasted into
   * UTF-8, which windows-1252 reads right. Linear: one pass, one buffer.
   */
  private static Decoded repairedUtf8(byte[] body, int offset) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body, offset, body.length - offset);
    // UTF-8 never makes more chars than bytes, nor does one byte read as windows-1252.
    CharBuffer out = CharBuffer.allocate(body.length - offset);
    int places = 0;
    int first = -1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      if (!result.isError()) {
        throw new IllegalStateException("UTF-8 decoding overflowed a buffer as long as the body");
      }
      if (first < 0) {
        first = in.position();
      }
      places++;
      for (int skipped = 0; skipped < result.length(); skipped++) {
        out.put(WINDOWS_1252_CHARS[in.get() & 0xFF]);
      }
    }
    decoder.flush(out);
    out.flip();
    return new Decoded(
        out.toString(),
        Optional.of(
            REPAIRED
                + " at byte "
                + first
                + (places > 1 ? " (and " + (places - 1) + " more places)" : "")
                + "; read those bytes as windows-1252 and the rest as UTF-8"));
  }

  /**
   * Each byte as windows-1252 reads it; its five unassigned bytes as the C1 controls, as WHATWG.
   */
  private static char[] windows1252Chars() {
    char[] chars = new char[256];
    for (int value = 0; value < 256; value++) {
      String decoded = new String(new byte[] {(byte) value}, WINDOWS_1252);
      chars[value] =
          decoded.length() == 1 && decoded.charAt(0) != '\uFFFD' ? decoded.charAt(0) : (char) value;
    }
    return chars;
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
