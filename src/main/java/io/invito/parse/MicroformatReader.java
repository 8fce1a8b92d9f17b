package io.invito.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Reads {@code h-event} (microformats2) and hCalendar {@code vevent} (microformats1) events: name,
 * start and end (with the value-class pattern), location (text or a nested h-card/h-adr), URL,
 * summary, categories and the language its section declares. Properties are looked for inside the
 * event but not inside another microformat nested in it, whose own properties are its own.
 */
final class MicroformatReader {
  // Selectors parsed once: a query string is parsed again (and its regular expressions
  // compiled) on every select call.
  private static final Evaluator EVENT_ROOTS = Selector.evaluatorOf(".h-event, .vevent");

  private static final String BY = "h-event";
  private static final Set<String> V1_ROOTS =
      Set.of("vevent", "vcard", "adr", "geo", "hcalendar", "vcalendar", "hentry", "hreview");

  private final ParseInput input;
  private final List<String> warnings;

  MicroformatReader(ParseInput input, List<String> warnings) {
    this.input = input;
    this.warnings = warnings;
  }

  /** The page's h-events and vevents, in document order. */
  List<RawEventBuilder> read(Element page) {
    List<RawEventBuilder> events = new ArrayList<>();
    for (Element root : page.select(EVENT_ROOTS)) {
      boolean v2 = root.hasClass("h-event");
      read(root, v2).ifPresent(events::add);
    }
    return events;
  }

  private Optional<RawEventBuilder> read(Element root, boolean v2) {
    List<Element> properties = new ArrayList<>();
    for (Element child : root.children()) {
      collect(child, properties);
    }
    Optional<String> name =
        first(properties, v2 ? "p-name" : "summary")
            .map(MfValues::text)
            .or(
                () ->
                    v2 && first(properties, "p-name").isEmpty() ? implied(root) : Optional.empty());
    Optional<Timed> start =
        first(properties, v2 ? "dt-start" : "dtstart")
            .flatMap(element -> MfValues.time(element, Optional.empty()));
    if (name.isEmpty() && start.isEmpty()) {
      warnings.add(BY + " with neither name nor start skipped");
      return Optional.empty();
    }
    RawEventBuilder event = new RawEventBuilder(input.sourceId()).title(name.orElse(""), BY);
    start.ifPresent(time -> event.start(time, BY));
    first(properties, v2 ? "dt-end" : "dtend")
        .flatMap(element -> MfValues.time(element, start.map(Timed::time)))
        .ifPresent(end -> event.end(end, BY));
    first(properties, v2 ? "p-summary" : "description")
        .map(MfValues::text)
        .or(() -> first(properties, v2 ? "e-content" : "summary-detail").map(MfValues::embedded))
        .or(() -> v2 ? first(properties, "p-description").map(MfValues::text) : Optional.empty())
        .ifPresent(text -> event.description(text, BY));
    language(root).ifPresent(code -> event.language(code, BY));
    Optional<URI> url =
        first(properties, v2 ? "u-url" : "url")
            .map(MfValues::url)
            // An empty link is the page itself, as in HTML and the mf2 rules.
            .map(href -> href.isBlank() ? input.baseUrl().toString() : href)
            .or(() -> v2 ? impliedUrl(root) : Optional.empty())
            .flatMap(href -> Links.resolve(input.baseUrl(), href));
    url.ifPresent(link -> event.url(link, BY));
    first(properties, v2 ? "u-uid" : "uid")
        .map(MfValues::url)
        .or(() -> url.map(URI::toString))
        .ifPresent(uid -> event.uid(uid, BY));
    first(properties, v2 ? "p-location" : "location")
        .map(MfValues::location)
        .ifPresent(
            place ->
                JoinLinks.whole(place)
                    .ifPresentOrElse(
                        join -> event.joinUrl(join, BY), () -> event.location(place, BY)));
    for (Element category : all(properties, v2 ? "p-category" : "category")) {
      event.type(MfValues.text(category), BY);
    }
    return Optional.of(event);
  }

  /** The property elements under one element, not descending into nested microformats. */
  private static void collect(Element element, List<Element> properties) {
    boolean nestedRoot = isRoot(element);
    properties.add(element);
    if (!nestedRoot) {
      for (Element child : element.children()) {
        collect(child, properties);
      }
    }
  }

  static boolean isRoot(Element element) {
    for (String name : element.classNames()) {
      if (name.startsWith("h-") && name.length() > 2 || V1_ROOTS.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Element> first(List<Element> properties, String className) {
    return properties.stream().filter(element -> element.hasClass(className)).findFirst();
  }

  private static List<Element> all(List<Element> properties, String className) {
    return properties.stream().filter(element -> element.hasClass(className)).toList();
  }

  /**
   * The event's own language: the {@code lang} of the event or of its nearest ancestor that has
   * one, as mf2 parsers report it. The page's {@code <html lang>} is left to the page parser.
   */
  private static Optional<String> language(Element root) {
    for (Element at = root; at != null; at = at.parent()) {
      if (at.hasAttr("lang")) {
        return at.normalName().equals("html")
            ? Optional.empty()
            : Languages.normalize(at.attr("lang"));
      }
    }
    return Optional.empty();
  }

  /** mf2's implied name: an image's alt, an abbreviation's title, else the root's text. */
  private static Optional<String> implied(Element root) {
    String name =
        switch (root.normalName()) {
          case "img", "area" -> root.attr("alt");
          case "abbr" -> root.attr("title");
          default -> root.text();
        };
    return Optional.of(name.strip()).filter(text -> !text.isEmpty());
  }

  /** mf2's implied URL: the root's own link, else its only link child. */
  private static Optional<String> impliedUrl(Element root) {
    if ((root.normalName().equals("a") || root.normalName().equals("area"))
        && root.hasAttr("href")) {
      return Optional.of(root.attr("href"));
    }
    List<Element> links =
        root.children().stream()
            .filter(
                child -> child.normalName().equals("a") && child.hasAttr("href") && !isRoot(child))
            .toList();
    return links.size() == 1 ? Optional.of(links.get(0).attr("href")) : Optional.empty();
  }
}
