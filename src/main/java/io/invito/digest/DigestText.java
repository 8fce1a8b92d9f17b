package io.invito.digest;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** Making feed text safe and short for the digest: one line, escaped, links only to the web. */
final class DigestText {
  // Controls and bidi overrides a stranger could use to hide or reorder text (Trojan Source).
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // '$' too: GitHub renders $...$ as math, which a stranger could use to dress up text.
  private static final String MARKDOWN_SPECIAL = "\\`*_[]()#<>!|~&$";
  private static final Pattern BULLET = Pattern.compile("^([-+])");
  private static final Pattern ORDERED = Pattern.compile("^(\\d+)\\.");
  // A tag, comment or character reference: the text was written as HTML.
  private static final Pattern MARKUP =
      Pattern.compile("<[a-zA-Z/!]|&(#\\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

  private static final Safelist BLOCKS =
      Safelist.none()
          .addTags(
              "p",
              "div",
              "br",
              "li",
              "dt",
              "dd",
              "tr",
              "td",
              "th",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "blockquote",
              "pre",
              "hr");

  private DigestText() {}

  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    return SPACES.matcher(INVISIBLE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
  }

  /**
   * A description as plain text on one line. One that carries HTML is cleaned with a Safelist that
   * keeps only block tags without attributes (scripts, styles, images and handlers go), so the
   * blocks still part the words, and its text is kept: the digest shows text, never markup.
   */
  static String plain(String text) {
    if (text == null || !MARKUP.matcher(text).find()) {
      return oneLine(text);
    }
    Cleaner cleaner = new Cleaner(BLOCKS);
    return oneLine(cleaner.clean(Jsoup.parseBodyFragment(text)).body().text());
  }

  /**
   * At most {@code max} characters, cut between words with "…" (mid-word only for one huge word).
   */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    if (cut <= 0) {
      cut = max - 1;
    }
    return text.substring(0, cut).stripTrailing() + "…";
  }

  /** Feed text made inert in Markdown: it shows as typed and starts no link, list or HTML. */
  static String markdown(String text) {
    String line = oneLine(text);
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int index = 0; index < line.length(); index++) {
      char letter = line.charAt(index);
      if (MARKDOWN_SPECIAL.indexOf(letter) >= 0) {
        out.append('\\');
      }
      out.append(letter);
    }
    String escaped = BULLET.matcher(out).replaceFirst("\\\\$1");
    return ORDERED.matcher(escaped).replaceFirst("$1\\\\.");
  }

  /**
   * The link when it is an absolute http(s) URL with a host; javascript:, data: and the rest are
   * dropped.
   */
  static Optional<String> webLink(Optional<URI> url) {
    return url.filter(
            uri -> {
              String scheme =
                  uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
              return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            })
        .map(DigestText::ascii);
  }

  // Re-parsing through the multi-argument constructor quotes anything the URI left raw.
  private static String ascii(URI uri) {
    try {
      return new URI(
              uri.getScheme(),
              uri.getUserInfo(),
              uri.getHost(),
              uri.getPort(),
              uri.getPath(),
              uri.getQuery(),
              uri.getFragment())
          .toASCIIString()
          .replace("(", "%28")
          .replace(")", "%29")
          .replace("<", "%3C")
          .replace(">", "%3E");
    } catch (URISyntaxException e) {
      return uri.toASCIIString();
    }
  }

  /** A relative path as a link target: each segment percent-encoded. */
  static String href(String relative) {
    return Stream.of(relative.split("/"))
        .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("/"));
  }
}
