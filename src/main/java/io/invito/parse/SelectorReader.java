package io.invito.parse;

import io.invito.config.SelectorRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Reads the events of a page with no event markup by a source's CSS selector rules: each item
 * element is one event, its title, date and link found inside it. The date is read as ISO when an
 * attribute gives it so, else as words ("giovedì 10 dicembre ore 17:30").
 */
final class SelectorReader {
  private static final String BY = "selector";

  /** A listing longer than this is a rule matching too much, not an agenda. */
  private static final int MAX_ITEMS = 500;

  private final ParseInput input;
  private final LocalDate today;
  private final Optional<Locale> locale;
  private final List<String> warnings;

  /**
   * With today's date, from which a year-less date on an agenda is its next occurrence.
   *
   * @param locale the page's language with its region, for the order of numeric dates
   */
  SelectorReader(
      ParseInput input, LocalDate today, Optional<Locale> locale, List<String> warnings) {
    this.input = input;
    this.today = today;
    this.locale = locale;
    this.warnings = warnings;
  }

  List<RawEventBuilder> read(Element page, SelectorRules rules) {
    Elements items;
    try {
      items = page.select(rules.item());
    } catch (Selector.SelectorParseException e) {
      // The loader checks selectors; one reaching here came from elsewhere (a test, a library).
      warnings.add("selector '" + rules.item() + "' is not valid CSS: " + e.getMessage());
      return List.of();
    }
    if (items.size() > MAX_ITEMS) {
      warnings.add(
          "selector '"
              + rules.item()
              + "' matched "
              + items.size()
              + " elements; read the first "
              + MAX_ITEMS);
    }
    List<RawEventBuilder> events = new ArrayList<>();
    for (Element item : items.subList(0, Math.min(items.size(), MAX_ITEMS))) {
      String title =
          rules.title().flatMap(css -> first(item, css)).map(Element::text).orElseGet(item::text);
      RawEventBuilder event = new RawEventBuilder(input.sourceId()).title(title, BY);
      rules
          .link()
          .flatMap(css -> first(item, css))
          .or(
              () ->
                  item.normalName().equals("a")
                      ? Optional.of(item)
                      : Optional.ofNullable(item.selectFirst("a[href]")))
          .flatMap(link -> Links.resolve(input.baseUrl(), link.attr("href")))
          .ifPresent(url -> event.url(url, BY).uid(url.toString(), BY));
      Optional<Element> date = rules.date().flatMap(css -> first(item, css));
      date.flatMap(this::time)
          .ifPresent(
              found -> {
                event.start(found.start(), BY);
                found.end().ifPresent(end -> event.end(end, BY));
              });
      if (date.isPresent() && !event.hasStart()) {
        warnings.add("'" + title + "': no date in '" + date.get().text() + "'");
      }
      if (!event.title().isBlank()) {
        events.add(event);
      }
    }
    return events;
  }

  private Optional<TextDates.Found> time(Element date) {
    for (String attribute : List.of("datetime", "content")) {
      Optional<Timed> iso = IsoTimes.read(date.attr(attribute), input.zone());
      if (iso.isPresent()) {
        return Optional.of(new TextDates.Found(iso.get(), Optional.empty()));
      }
    }
    return TextDates.find(date.text(), Optional.of(today), input.zone(), locale);
  }

  private static Optional<Element> first(Element item, String css) {
    try {
      return Optional.ofNullable(item.selectFirst(css));
    } catch (Selector.SelectorParseException e) {
      return Optional.empty();
    }
  }
}
