package io.invito.parse;

import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Turns the HTML or escaped text sources put in titles and descriptions into plain text. */
final class TextCleaner {
  private static final Pattern MARKUP =
      Pattern.compile("<[a-zA-Z/!]|&(#\\d+|#[xX][0-9a-fA-F]+|\\w+);");
  private static final Pattern C1_CONTROLS = Pattern.compile("[\\u0080-\\u009F]");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  // Tags whose boundaries jsoup's text() marks with a space, and tags it reads through; any other
  // tag (script, style, pre, textarea, table cells, unknown ones) goes to jsoup.
  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> INLINE_TAGS =
      Set.of("a", "b", "i", "em", "strong", "span", "u", "small", "sup", "sub");

  private TextCleaner() {}

  /** Strips tags, decodes entities, and collapses every run of whitespace to one space. */
  static String clean(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    String text = html;
    String simple = simpleText(html);
    if (simple != null) {
      text = simple;
    } else if ((html.indexOf('<') >= 0 || html.indexOf('&') >= 0) && MARKUP.matcher(html).find()) {
      // (Markup begins with "<" or "&": two indexOf calls spare the pattern's walk of plain text.)
      // jsoup's text() separates block elements and <br> with a space: "Mon Tue", not "MonTue".
      Document document = Jsoup.parseBodyFragment(escapeStrayDeclarations(html));
      text = document.body().text();
    }
    char[] chars = text.toCharArray(); // one array for both scans (see collapse)
    if (hasC1(chars)) {
      // "&#146;" and raw U+0092 are cp1252 punctuation that went through Latin-1, as browsers
      // read them: a curly apostrophe, not an invisible control character.
      text = c1AsCp1252(text);
      chars = text.toCharArray();
    }
    return collapse(text, chars, TextCleaner::isSpace).strip();
  }

  /** Each C1 control character (U+0080-U+009F) as the cp1252 character its byte stands for. */
  static String c1AsCp1252(String text) {
    return C1_CONTROLS
        .matcher(text)
        .replaceAll(
            control ->
                Matcher.quoteReplacement(
                    new String(new byte[] {(byte) control.group().charAt(0)}, WINDOWS_1252)));
  }

  /**
   * The HTML with each "<!" that opens no comment, section or complete declaration written as text:
   * "<!' <a>" or a cut-off "<!DOCTYPE ~" is what the publisher wrote, as feedparser and the older
   * HTML parsers read it, where HTML5's tokenizer would swallow it and what follows as a bogus
   * comment or a DOCTYPE.
   */
  private static String escapeStrayDeclarations(String html) {
    int at = html.indexOf("<!");
    if (at < 0) {
      return html;
    }
    StringBuilder out = null;
    int copied = 0;
    for (; at >= 0; at = html.indexOf("<!", at + 2)) {
      if (!strayDeclaration(html, at)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(html.length() + 16);
      }
      out.append(html, copied, at).append("&lt;");
      copied = at + 1;
    }
    return out == null ? html : out.append(html, copied, html.length()).toString();
  }

  /** Whether the "<!" at the index starts no comment, no "<![" section and no "<!name …>". */
  private static boolean strayDeclaration(String html, int at) {
    int next = at + 2;
    if (next >= html.length()) {
      return true;
    }
    char c = html.charAt(next);
    if (c == '-' || c == '[') {
      return false;
    }
    if (!isAsciiLetter(c)) {
      return true;
    }
    int close = html.indexOf('>', next);
    int open = html.indexOf('<', next);
    return close < 0 || open >= 0 && open < close;
  }

  /**
   * Every run of the given whitespace as one space, by a plain loop that returns the text itself
   * when it has nothing to collapse, as most titles.
   *
   * @param isSpace what counts as whitespace; never printable ASCII (U+0021-U+007E), which is not
   *     asked about
   */
  static String collapse(String text, IntPredicate isSpace) {
    return collapse(text, text.toCharArray(), isSpace);
  }

  /**
   * {@link #collapse(String, IntPredicate)} of text whose characters the caller already has.
   *
   * @param chars the text's characters, which are overwritten when the text has a run to collapse
   */
  static String collapse(String text, char[] chars, IntPredicate isSpace) {
    // Over an array, and without asking the predicate about the printable ASCII most text is
    // made of: extract runs on C1, which compiles String.charAt and the predicate into calls,
    // several times the cost of reading an array.
    int length = chars.length;
    int first = -1;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (maySpace(c)
          && isSpace.test(c)
          && (c != ' ' || i + 1 < length && maySpace(chars[i + 1]) && isSpace.test(chars[i + 1]))) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return text;
    }
    // Written back into the same array: the collapsed text is never longer than what was read.
    int out = first;
    boolean inRun = false;
    for (int i = first; i < length; i++) {
      char c = chars[i];
      if (maySpace(c) && isSpace.test(c)) {
        if (!inRun) {
          chars[out++] = ' ';
          inRun = true;
        }
      } else {
        chars[out++] = c;
        inRun = false;
      }
    }
    return new String(chars, 0, out);
  }

  private static boolean maySpace(char c) {
    return c <= ' ' || c >= 0x7F;
  }

  /**
   * Text laid out in lines: the spaces within each line collapsed, each line trimmed, and blank
   * lines dropped, so that a line is one block of the page.
   */
  static String collapseLines(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("[\\n\\r]+")) {
      String clean = collapse(line, c -> c != '\n' && isSpace(c)).strip();
      if (!clean.isEmpty()) {
        out.append(clean).append('\n');
      }
    }
    return out.toString();
  }

  /** Java's {@code \\s} and the no-break, figure, narrow no-break and zero-width spaces. */
  private static boolean isSpace(int c) {
    return c == ' '
        || c >= '\t' && c <= '\r'
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u200B';
  }

  private static boolean hasC1(char[] text) {
    for (char c : text) { // an array: see collapse
      if (c >= '\u0080' && c <= '\u009F') {
        return true;
      }
    }
    return false;
  }

  /**
   * The text of HTML that needs no parser, or null when it might: no entity, no comment, nothing
   * but a few well-known tags whose boundaries jsoup's text() turns into a space (block elements,
   * {@code <br>}) or into nothing (inline ones). Most feed descriptions are such HTML, and a full
   * jsoup parse of each was a large share of a feed's reading time.
   */
  static String simpleText(String html) {
    if (html.indexOf('&') >= 0 || html.indexOf('\0') >= 0) {
      return null;
    }
    int lt = html.indexOf('<');
    if (lt < 0) {
      return null; // no tags: the ordinary path is already cheap
    }
    StringBuilder out = new StringBuilder(html.length());
    Deque<String> open = new ArrayDeque<>();
    int at = 0;
    while (lt >= 0) {
      out.append(html, at, lt);
      int nameFrom = lt + 1;
      if (nameFrom < html.length() && html.charAt(nameFrom) == '/') {
        nameFrom++;
      }
      if (nameFrom >= html.length() || !isAsciiLetter(html.charAt(nameFrom))) {
        return null; // "<3" or "a < b" is text to jsoup, and a tag name begins with a letter
      }
      int nameTo = nameFrom;
      while (nameTo < html.length() && isAsciiLetterOrDigit(html.charAt(nameTo))) {
        nameTo++;
      }
      if (nameTo == nameFrom || nameTo >= html.length()) {
        return null;
      }
      int close = tagEnd(html, nameTo);
      if (close < 0) {
        return null;
      }
      String name = html.substring(nameFrom, nameTo).toLowerCase(Locale.ROOT);
      if (BLOCK_TAGS.contains(name)) {
        out.append(' ');
      } else if (!INLINE_TAGS.contains(name)) {
        return null;
      }
      // jsoup drops or repairs end tags that close nothing open; only well-nested HTML is read
      // here.
      boolean end = nameFrom > lt + 1;
      if (end) {
        if (open.isEmpty() || !open.pop().equals(name)) {
          return null;
        }
      } else if (!name.equals("br")) {
        open.push(name);
      }
      at = close + 1;
      lt = html.indexOf('<', at);
    }
    return out.append(html, at, html.length()).toString();
  }

  /** The index of the tag's closing '>', or -1 when its attributes are anything but plain. */
  private static int tagEnd(String html, int from) {
    char first = html.charAt(from);
    if (first != '>' && first != '/' && first != ' ') {
      return -1;
    }
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '<' || c == '>') {
          return -1;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<' || c == '=' && i + 1 < html.length() && html.charAt(i + 1) == '>') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || c >= '0' && c <= '9';
  }
}
