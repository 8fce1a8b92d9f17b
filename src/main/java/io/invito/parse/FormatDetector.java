package io.invito.parse;

import io.invito.config.SourceType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a feed, a calendar and a page apart by their first bytes. The configuration's type and the
 * server's Content-Type are only hints: servers send feeds as text/html and calendars as
 * text/plain, and a source's page may turn into a feed.
 */
final class FormatDetector {
  private static final int HEAD = 4096;
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(-->|$)");
  private static final Pattern DOCTYPE = Pattern.compile("(?s)<!DOCTYPE[^\\[>]*(\\[.*?\\])?\\s*>");
  private static final Pattern FIRST_TAG = Pattern.compile("<(?![?!])(?:[\\w.\\-]+:)?([\\w.\\-]+)");
  private static final Pattern HTML_DOCTYPE = Pattern.compile("(?i)<!doctype\\s+html");
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "(?i)<(html|head|body|div|p|script|meta|title|article|section|span|a)[\\s>/]");

  private FormatDetector() {}

  static Format detect(byte[] body, Optional<String> contentType, Optional<SourceType> declared) {
    String head = head(body);
    String start = head.stripLeading();
    if (start.isEmpty()) {
      return Format.UNKNOWN;
    }
    if (start.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
      return Format.ICS;
    }
    Matcher tag = FIRST_TAG.matcher(withoutCommentsAndDoctype(head));
    if (tag.find()) {
      String root = tag.group(1).toLowerCase(Locale.ROOT);
      switch (root) {
        case "rss":
          return Format.RSS;
        case "feed":
          return Format.ATOM;
        case "rdf":
          return Format.RDF;
        case "html":
        case "head":
        case "body":
          return Format.HTML;
        default:
          break;
      }
    }
    // After the root: a feed whose template put an XHTML DOCTYPE above <rss> is still a feed.
    if (HTML_DOCTYPE.matcher(head).find()) {
      return Format.HTML;
    }
    if (head.contains("BEGIN:VEVENT")) {
      return Format.ICS;
    }
    Format hinted = hinted(contentType, declared);
    if (hinted != Format.UNKNOWN) {
      return hinted;
    }
    return HTML_TAG.matcher(head).find() ? Format.HTML : Format.UNKNOWN;
  }

  private static Format hinted(Optional<String> contentType, Optional<SourceType> declared) {
    String type = contentType.orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("calendar")) {
      return Format.ICS;
    }
    if (type.contains("atom")) {
      return Format.ATOM;
    }
    if (type.contains("rss") || type.contains("rdf")) {
      return Format.RSS;
    }
    if (type.contains("html")) {
      return Format.HTML;
    }
    return declared
        .map(
            source ->
                switch (source) {
                  case FEED -> Format.RSS;
                  case ICS -> Format.ICS;
                  case PAGE -> Format.HTML;
                })
        .orElse(Format.UNKNOWN);
  }

  /** Only markers matter here, so any byte-preserving decoding of the head will do. */
  private static String head(byte[] body) {
    int length = Math.min(body.length, HEAD);
    Optional<BodyDecoder.Unicode> unicode = BodyDecoder.unicode(body);
    if (unicode.isPresent() && !unicode.get().charset().equals(StandardCharsets.UTF_8)) {
      int from = unicode.get().bomLength();
      // Whole characters only: UTF-32 has four bytes each, UTF-16 two or four.
      int whole = (length - from) / 4 * 4;
      return new String(body, from, whole, unicode.get().charset());
    }
    String text = new String(body, 0, length, StandardCharsets.ISO_8859_1);
    return text.startsWith("\u00EF\u00BB\u00BF") ? text.substring(3) : text;
  }

  private static String withoutCommentsAndDoctype(String head) {
    // Each expression only where its opening is: most heads have no comment, and a regular
    // expression over 4 KB is, until compiled, a noticeable part of a run's first hundred files.
    String text = head.contains("<!--") ? COMMENT.matcher(head).replaceAll(" ") : head;
    return text.contains("<!DOCTYPE") ? DOCTYPE.matcher(text).replaceAll(" ") : text;
  }
}
