package io.invito.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what trusted feed readers repair before an XML parser sees a feed: a byte-order mark,
 * junk before the prolog, a wrong charset, control characters, bare {@code &}, and a DOCTYPE. A
 * DOCTYPE that only names a DTD is dropped; one that declares entities is refused outright, since
 * that is how entity bombs and external-entity (XXE) reads arrive. So is absurd nesting, which real
 * feeds never have and which costs JDOM time quadratic in the depth.
 */
final class XmlCleaner {
  private static final Pattern PROLOG_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:\\-]+)[\"']");
  private static final Pattern ILLEGAL =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  /** Deeper nesting than this is refused: real feeds never come near it. */
  static final int MAX_DEPTH = 1000;

  private static final int ILLEGAL_CHARS = 1;
  private static final int AMPERSAND = 2;
  private static final int DECLARATION = 4;
  private static final int C1_CHARS = 8;
  private static final Pattern BARE_AMPERSAND =
      Pattern.compile("&(?!(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)");

  /**
   * A feed's text ready for parsing, or why it was refused.
   *
   * @param refused set when the document must not be parsed at all
   */
  record CleanXml(String text, List<String> warnings, Optional<String> refused) {}

  private XmlCleaner() {}

  static CleanXml clean(byte[] body, Optional<String> contentType) {
    List<String> warnings = new ArrayList<>();
    BodyDecoder.Decoded decoded = BodyDecoder.decode(body, declaredCharset(body, contentType));
    decoded.warning().ifPresent(warnings::add);
    String text = decoded.text();

    int firstTag = text.indexOf('<');
    if (firstTag > 0) {
      text = text.substring(firstTag);
    }
    // One scan says which repairs the text needs; most feeds need none, and each repair is a pass
    // of its own over the whole text.
    int needs = scan(text);
    if ((needs & ILLEGAL_CHARS) != 0) {
      text = ILLEGAL.matcher(text).replaceAll("");
      warnings.add("removed control characters XML does not allow");
      needs = scan(text); // "<\u0001!DOCTYPE" is a declaration once the control is gone
    }
    int doctype = (needs & DECLARATION) != 0 ? doctypeStart(text) : -1;
    if (doctype >= 0) {
      int close = doctypeEnd(text, doctype);
      String declaration = text.substring(doctype, close);
      if (declaration.contains("[")) {
        return new CleanXml(
            "",
            warnings,
            Optional.of(
                "the document declares entities in its DOCTYPE; refused (entities are never expanded)"));
      }
      text = text.substring(0, doctype) + text.substring(close);
      warnings.add("removed the DOCTYPE " + declaration.strip());
    }
    int depth = maxDepth(text);
    if (depth > MAX_DEPTH) {
      return new CleanXml(
          "", warnings, Optional.of("elements nest more than " + MAX_DEPTH + " deep; refused"));
    }
    if ((needs & C1_CHARS) != 0) {
      // U+0080-U+009F in a feed are cp1252 punctuation passed through a Latin-1 converter.
      text = TextCleaner.c1AsCp1252(text);
      warnings.add("read C1 control characters as the cp1252 punctuation they stand for");
    }
    String escaped = (needs & AMPERSAND) != 0 ? escapeBareAmpersands(text) : text;
    if (!escaped.equals(text)) {
      text = escaped;
      warnings.add("escaped bare '&' characters");
    }
    return new CleanXml(text, warnings, Optional.empty());
  }

  /** The charset the prolog declares, else the one the Content-Type names. */
  private static Optional<String> declaredCharset(byte[] body, Optional<String> contentType) {
    String prolog = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
    Matcher encoding = PROLOG_ENCODING.matcher(prolog.replace("\u00EF\u00BB\u00BF", ""));
    return encoding.find() ? Optional.of(encoding.group(1)) : BodyDecoder.charsetOf(contentType);
  }

  /**
   * Whether the body needs none of the repairs {@link #clean} makes, so that the strict XML parser
   * can read its bytes as they are, without decoding the whole document into a string first: UTF-8
   * (declared, or not declared at all) and valid, with no character {@link #clean} removes or reads
   * otherwise (controls, C1, U+FFFD-U+FFFF) and no HTML entity ({@code &nbsp;}). One pass over the
   * bytes. What it cannot see without parsing (a DOCTYPE, a bare {@code &} outside CDATA, junk
   * before the root, a broken tag) makes the strict parse fail, and the caller then cleans.
   */
  static boolean readableAsIs(byte[] body, Optional<String> contentType) {
    Optional<BodyDecoder.Unicode> unicode = BodyDecoder.unicode(body);
    if (unicode.isPresent() && !unicode.get().charset().equals(StandardCharsets.UTF_8)
        || !declaredCharset(body, contentType).map(XmlCleaner::isUtf8).orElse(true)) {
      return false;
    }
    int i = unicode.map(BodyDecoder.Unicode::bomLength).orElse(0);
    while (i < body.length) {
      int b = body[i];
      if (b >= 0x20) {
        if (b == '&' && htmlEntity(body, i)) {
          return false;
        }
        i++;
      } else if (b == '\n' || b == '\r' || b == '\t') {
        i++;
      } else if (b >= 0) {
        return false; // a control character
      } else {
        int length = utf8Length(body, i);
        if (length == 0) {
          return false;
        }
        i += length;
      }
    }
    return true;
  }

  private static boolean isUtf8(String name) {
    String label = name.strip().toLowerCase(java.util.Locale.ROOT);
    return label.equals("utf-8") || label.equals("utf8");
  }

  /**
   * Whether the {@code &} at the index begins what the tree builder reads as an HTML entity: a
   * letter, other than XML's own five entities (see XmlTreeBuilder's HTML_ENTITY).
   */
  private static boolean htmlEntity(byte[] body, int at) {
    int next = at + 1 < body.length ? body[at + 1] | 0x20 : 0;
    if (next < 'a' || next > 'z') {
      return false;
    }
    for (String xml : XML_ENTITIES) {
      if (startsWith(body, at + 1, xml)) {
        return false;
      }
    }
    return true;
  }

  private static final List<String> XML_ENTITIES = List.of("amp;", "lt;", "gt;", "quot;", "apos;");

  private static boolean startsWith(byte[] body, int at, String ascii) {
    if (at + ascii.length() > body.length) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (body[at + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length of the well-formed UTF-8 sequence at the index (Unicode's table 3-7, which the JDK's
   * decoder follows), or 0 when it is malformed or a character {@link #clean} would change: C1
   * (U+0080-U+009F), U+FFFD (the decoder's mark of bad bytes), U+FFFE and U+FFFF.
   */
  private static int utf8Length(byte[] body, int at) {
    int b0 = body[at] & 0xFF;
    int b1 = at + 1 < body.length ? body[at + 1] & 0xFF : 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      return continuation(b1) && !(b0 == 0xC2 && b1 <= 0x9F) ? 2 : 0;
    }
    int b2 = at + 2 < body.length ? body[at + 2] & 0xFF : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
      boolean second =
          b0 == 0xE0
              ? b1 >= 0xA0 && b1 <= 0xBF
              : b0 == 0xED ? b1 >= 0x80 && b1 <= 0x9F : continuation(b1);
      boolean special = b0 == 0xEF && b1 == 0xBF && b2 >= 0xBD; // U+FFFD, U+FFFE, U+FFFF
      return second && continuation(b2) && !special ? 3 : 0;
    }
    int b3 = at + 3 < body.length ? body[at + 3] & 0xFF : 0;
    if (b0 >= 0xF0 && b0 <= 0xF4) {
      boolean second =
          b0 == 0xF0
              ? b1 >= 0x90 && b1 <= 0xBF
              : b0 == 0xF4 ? b1 >= 0x80 && b1 <= 0x8F : continuation(b1);
      return second && continuation(b2) && continuation(b3) ? 4 : 0;
    }
    return 0;
  }

  private static boolean continuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /**
   * Which of the repairs the text may need, as flags, by one pass over its characters: a cheap look
   * that spares the regex passes on the many feeds that need none of them.
   */
  private static int scan(String text) {
    int needs = 0;
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          needs |= ILLEGAL_CHARS;
        }
      } else if (c == '&') {
        needs |= AMPERSAND;
      } else if (c == '!' && i > 0 && text.charAt(i - 1) == '<') {
        needs |= DECLARATION;
      } else if (c >= 0x80 && c <= 0x9F) {
        needs |= C1_CHARS;
      } else if (c >= 0xFFFE) {
        needs |= ILLEGAL_CHARS;
      }
    }
    return needs;
  }

  /** Escapes bare ampersands in markup and text, leaving comments and CDATA as written. */
  private static String escapeBareAmpersands(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    while (at < text.length()) {
      int comment = text.indexOf("<!--", at);
      int cdata = text.indexOf("<![CDATA[", at);
      int next = comment < 0 ? cdata : cdata < 0 ? comment : Math.min(comment, cdata);
      int plainEnd = next < 0 ? text.length() : next;
      out.append(BARE_AMPERSAND.matcher(text.substring(at, plainEnd)).replaceAll("&amp;"));
      if (next < 0) {
        break;
      }
      int close =
          next == comment
              ? end(text, text.indexOf("-->", next + 4), 3)
              : end(text, text.indexOf("]]>", next + 9), 3);
      out.append(text, next, close);
      at = close;
    }
    return out.toString();
  }

  /**
   * Where the DOCTYPE begins, or -1: only in the prolog, before the root element, where XML allows
   * one. A "<!DOCTYPE" further on is text in a comment or CDATA section (an HTML description); the
   * strict parser refuses any DOCTYPE it meets, so one outside the prolog never reaches it as such.
   */
  private static int doctypeStart(String text) {
    int at = 0;
    while (true) {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (text.startsWith("<?", at)) {
        at = end(text, text.indexOf("?>", at + 2), 2);
      } else if (text.startsWith("<!--", at)) {
        at = end(text, text.indexOf("-->", at + 4), 3);
      } else {
        return text.startsWith("<!", at) && text.regionMatches(true, at + 2, "DOCTYPE", 0, 7)
            ? at
            : -1;
      }
    }
  }

  /** The index just past the DOCTYPE's closing '>', skipping an internal subset in brackets. */
  private static int doctypeEnd(String text, int start) {
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  /**
   * How deep elements nest, by a single pass over the tags, skipping comments, CDATA, processing
   * instructions and declarations; stops counting once past the limit.
   */
  static int maxDepth(String text) {
    int depth = 0;
    int deepest = 0;
    int i = text.indexOf('<');
    while (i >= 0 && i < text.length() - 1 && deepest <= MAX_DEPTH) {
      char next = text.charAt(i + 1);
      int close;
      if (text.startsWith("<!--", i)) {
        close = end(text, text.indexOf("-->", i + 4), 3);
      } else if (text.startsWith("<![CDATA[", i)) {
        close = end(text, text.indexOf("]]>", i + 9), 3);
      } else {
        close = end(text, text.indexOf('>', i + 1), 1);
        if (next == '/') {
          depth = Math.max(0, depth - 1);
        } else if (next != '?' && next != '!' && text.charAt(close - 2) != '/') {
          deepest = Math.max(deepest, ++depth);
        }
      }
      i = text.indexOf('<', close);
    }
    return deepest;
  }

  private static int end(String text, int found, int length) {
    return found < 0 ? text.length() : found + length;
  }
}
