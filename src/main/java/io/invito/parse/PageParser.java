package io.invito.parse;

import io.invito.model.RawEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the events an HTML page marks up as schema.org JSON-LD, and the page's language as a hint
 * for events that do not declare theirs. A page with no event markup yields nothing: guessing
 * events from page prose is left to per-source selector rules.
 */
final class PageParser {
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:\\-]+)");

  Extraction parse(ParseInput input) {
    List<String> warnings = new ArrayList<>();
    Document page;
    try {
      page = Jsoup.parse(decode(input, warnings), input.baseUrl().toString());
    } catch (RuntimeException e) {
      // jsoup is built to never fail on bad HTML; should it still, it is this page's trouble.
      return Extraction.failed(Format.HTML.label(), "the page could not be read: " + e, warnings);
    }
    Optional<String> pageLanguage = Optional.ofNullable(page.selectFirst("html[lang]"))
        .flatMap(html -> Languages.normalize(html.attr("lang")));
    JsonLdEventReader reader = new JsonLdEventReader(input, pageLanguage, warnings);
    List<RawEvent> events = new ArrayList<>();
    List<URI> links = new ArrayList<>();
    int block = 0;
    for (Element script : page.select("script[type]")) {
      if (!script.attr("type").strip().toLowerCase(java.util.Locale.ROOT)
          .startsWith("application/ld+json")) {
        continue;
      }
      block++;
      for (JsonLdScanner.Found found : JsonLdScanner.scan(script.data(), block, warnings)) {
        reader.read(found).ifPresent(event -> {
          event.findUrl()
              .filter(url -> !samePage(url, input.baseUrl()) && !links.contains(url))
              .ifPresent(links::add);
          events.add(event.build());
        });
      }
    }
    return new Extraction(Format.HTML.label(), events, links, warnings, Optional.empty());
  }

  /**
   * The page's text by the HTTP charset, else its meta charset, else UTF-8, falling back to
   * windows-1252 when the bytes are not what they claim.
   */
  private static String decode(ParseInput input, List<String> warnings) {
    byte[] body = input.bytes();
    String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    Optional<String> declared = BodyDecoder.charsetOf(input.contentType())
        .or(() -> meta.find() ? Optional.of(meta.group(1)) : Optional.empty());
    BodyDecoder.Decoded decoded = BodyDecoder.decode(body, declared);
    decoded.warning().ifPresent(warnings::add);
    return decoded.text();
  }

  private static boolean samePage(URI link, URI page) {
    return withoutFragment(link).equals(withoutFragment(page));
  }

  private static String withoutFragment(URI uri) {
    String text = uri.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(0, hash);
  }
}
