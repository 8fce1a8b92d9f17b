package io.invito.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Reads the events an HTML page marks up: schema.org JSON-LD, microdata and RDFa Lite, and
 * h-event/hCalendar microformats; on a page that marks none up, the source's CSS selector rules if
 * it has some. The page's language is a hint for events that do not declare theirs. A listing page
 * with no markup offers the links that look like event pages, for a two-step source.
 */
final class PageParser {
  // Selectors parsed once: a query string is parsed again (and its regular expressions
  // compiled) on every select call.
  private static final Evaluator HTML_LANG = Selector.evaluatorOf("html[lang]");
  private static final Evaluator TYPED_SCRIPTS = Selector.evaluatorOf("script[type]");

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:\\-]+)");

  private final Clock clock;

  PageParser(Clock clock) {
    this.clock = clock;
  }

  Extraction parse(ParseInput input) {
    List<String> warnings = new ArrayList<>();
    Document page;
    try {
      page = Jsoup.parse(decode(input, warnings), input.baseUrl().toString());
    } catch (RuntimeException e) {
      // jsoup is built to never fail on bad HTML; should it still, it is this page's trouble.
      return Extraction.failed(Format.HTML.label(), "the page could not be read: " + e, warnings);
    }
    Optional<String> declaredLanguage =
        Optional.ofNullable(page.selectFirst(HTML_LANG)).map(html -> html.attr("lang"));
    Optional<String> pageLanguage = declaredLanguage.flatMap(Languages::normalize);
    // The region too ("en-US"), which the language code drops: it orders day and month in dates.
    Optional<Locale> pageLocale = declaredLanguage.flatMap(Languages::locale);
    Found found = new Found();
    JsonLdEventReader jsonLd =
        new JsonLdEventReader("json-ld", input, pageLanguage, pageLocale, warnings);
    int block = 0;
    for (Element script : page.select(TYPED_SCRIPTS)) {
      if (script.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
        block++;
        for (JsonLdScanner.Found event : JsonLdScanner.scan(script.data(), block, warnings)) {
          jsonLd.read(event).ifPresent(found::add);
        }
      }
    }
    for (ItemTrees markup : ItemTrees.values()) {
      JsonLdEventReader reader =
          new JsonLdEventReader(markup.label(), input, pageLanguage, pageLocale, warnings);
      for (JsonNode root : markup.roots(page)) {
        for (JsonLdScanner.Found event : JsonLdScanner.events(root)) {
          reader.read(event).ifPresent(found::add);
        }
      }
    }
    for (RawEventBuilder event : new MicroformatReader(input, warnings).read(page)) {
      if (!event.hasLanguage()) { // an h-event's own lang (or its section's) wins
        pageLanguage.ifPresent(code -> event.language(code, "html-lang"));
      }
      found.add(event);
    }
    boolean marked = !found.events.isEmpty();
    LocalDate today = LocalDate.now(clock.withZone(input.zone().orElse(ZoneOffset.UTC)));
    PlainPageReader plain = new PlainPageReader(input, pageLocale, today);
    if (found.builders.size() == 1) {
      found.checkAgainstText(plain.headingDate(page), warnings);
    }
    if (!marked && input.selectors().isPresent()) {
      for (RawEventBuilder event :
          new SelectorReader(input, today, pageLocale, warnings)
              .read(page, input.selectors().get())) {
        pageLanguage.ifPresent(code -> event.language(code, "html-lang"));
        found.add(event);
      }
    }
    boolean byRules = !marked && !found.events.isEmpty();
    if (found.events.isEmpty()) {
      PlainPageReader.Outcome read = plain.read(page);
      for (RawEventBuilder event : read.events()) {
        pageLanguage.ifPresent(code -> event.language(code, "html-lang"));
        found.add(event);
      }
      read.why().ifPresent(why -> warnings.add(Extraction.NO_EVENT + why));
    }
    // Ordered for the pipeline, kept once each by hash: a page of 45,000 events must not compare
    // every link with every other.
    Set<URI> links = new LinkedHashSet<>();
    // Marked-up events link to their own pages; items found by selectors link to pages that may
    // say more, those with no date first; a listing with neither offers its event-like links.
    for (boolean dated : List.of(false, true)) {
      for (RawEventBuilder event : found.builders) {
        if (event.hasStart() == dated || marked && !dated) {
          event.findUrl().filter(url -> !samePage(url, input.baseUrl())).ifPresent(links::add);
        }
      }
    }
    if (!marked && !byRules) {
      // Read from the text, or not at all: the page's event-like links may say more.
      links.addAll(ListingLinks.find(page, input.baseUrl()));
    }
    return new Extraction(
        Format.HTML.label(),
        found.events,
        links.stream().limit(ListingLinks.MAX_LINKS).toList(),
        warnings,
        Optional.empty());
  }

  /** Selector rules that would read this page's listing, when it has one they can read. */
  Optional<SelectorSuggestion> suggest(ParseInput input) {
    Document page = Jsoup.parse(decode(input, new ArrayList<>()), input.baseUrl().toString());
    Optional<Locale> pageLocale =
        Optional.ofNullable(page.selectFirst(HTML_LANG))
            .map(html -> html.attr("lang"))
            .flatMap(Languages::locale);
    LocalDate today = LocalDate.now(clock.withZone(input.zone().orElse(ZoneOffset.UTC)));
    return new SelectorSuggester(input, pageLocale, today).suggest(page);
  }

  /**
   * The events read so far. A page often marks the same event up twice (JSON-LD for search engines,
   * microdata from a theme): the second copy, same title and start, is dropped.
   */
  private static final class Found {
    private final List<RawEventBuilder> builders = new ArrayList<>();
    private final List<RawEvent> events = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    /**
     * A page's one marked-up event whose start is another day than the one its text writes next to
     * its heading (a date copied from another event, an end typed a year early): the text is what
     * readers see, so it wins; the markup's value stays in the provenance and a warning.
     */
    void checkAgainstText(Optional<TextDates.Found> visible, List<String> warnings) {
      RawEvent marked = events.get(0);
      if (visible.isEmpty() || marked.start().isEmpty()) {
        return;
      }
      EventTime markup = marked.start().get();
      EventTime text = visible.get().start().time();
      boolean endBeforeStart =
          marked.end().filter(end -> end.local().isBefore(markup.local())).isPresent();
      if (markup.local().toLocalDate().equals(text.local().toLocalDate()) && !endBeforeStart) {
        return;
      }
      RawEventBuilder event = builders.get(0);
      String by = "text (the markup said " + markup.iso() + ")";
      event.start(visible.get().start(), by);
      visible.get().end().ifPresentOrElse(end -> event.end(end, by), event::clearEnd);
      warnings.add(
          "'"
              + marked.title()
              + "': the markup says "
              + markup.iso()
              + marked.end().map(end -> " to " + end.iso()).orElse("")
              + ", the page's text "
              + text.iso()
              + " next to its heading; the text is taken");
      events.set(0, event.build());
    }

    void add(RawEventBuilder event) {
      RawEvent built = event.build();
      String key =
          built.title().toLowerCase(Locale.ROOT)
              + "|"
              + built.start().map(EventTime::iso).orElse("");
      if (keys.add(key)) {
        builders.add(event);
        events.add(built);
      }
    }
  }

  /**
   * The page's text by the HTTP charset, else its meta charset, else UTF-8, falling back to
   * windows-1252 when the bytes are not what they claim.
   */
  private static String decode(ParseInput input, List<String> warnings) {
    byte[] body = input.bytes();
    String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    Optional<String> declared =
        BodyDecoder.charsetOf(input.contentType())
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
