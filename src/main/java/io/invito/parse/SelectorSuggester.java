package io.invito.parse;

import io.invito.config.SelectorRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Proposes the {@code selectors:} that would read a listing page: the dated blocks the plain reader
 * sees, named by CSS as a person would write them, and kept only when {@link SelectorReader}, given
 * them, finds dated events. For a page whose events invito cannot read by itself, the rules a user
 * can paste into {@code sources.yaml} and then adjust.
 */
final class SelectorSuggester {
  private static final int MIN_EVENTS = 2;

  private final ParseInput input;
  private final Optional<Locale> locale;
  private final LocalDate today;

  SelectorSuggester(ParseInput input, Optional<Locale> locale, LocalDate today) {
    this.input = input;
    this.locale = locale;
    this.today = today;
  }

  Optional<SelectorSuggestion> suggest(Document page) {
    PageDates dates = new PageDates(input, locale, PageReference.of(page, input, today));
    Optional<Element> container = PlainPageReader.listingContainer(page.body(), dates);
    if (container.isEmpty()) {
      return Optional.empty();
    }
    List<Element> dated = new ArrayList<>();
    for (Element child : container.get().children()) {
      if (dates.holdsDate(child.text())) {
        dated.add(child);
      }
    }
    String item = container.get().cssSelector() + " > " + shared(dated);
    Element first = dated.get(0);
    Optional<String> title =
        Optional.ofNullable(first.selectFirst("h1, h2, h3, h4, h5, h6"))
            .map(Element::normalName)
            .or(() -> Optional.ofNullable(first.selectFirst("a[href]")).map(anchor -> "a"));
    Optional<String> date = dateElement(first, dates).map(SelectorSuggester::simple);
    SelectorRules rules =
        new SelectorRules(
            item,
            title,
            date,
            Optional.ofNullable(first.selectFirst("a[href]")).map(anchor -> "a[href]"));
    List<RawEventBuilder> read =
        new SelectorReader(input, today, locale, new ArrayList<>()).read(page, rules);
    int withDate = (int) read.stream().filter(RawEventBuilder::hasStart).count();
    return withDate >= MIN_EVENTS
        ? Optional.of(new SelectorSuggestion(rules, withDate))
        : Optional.empty();
  }

  /** The tag and the classes every dated block shares: "li.event-card". */
  private static String shared(List<Element> blocks) {
    Set<String> classes = new LinkedHashSet<>(blocks.get(0).classNames());
    for (Element block : blocks) {
      classes.retainAll(block.classNames());
    }
    StringBuilder selector = new StringBuilder(blocks.get(0).normalName());
    classes.stream()
        .filter(name -> name.matches("[A-Za-z_][\\w-]*"))
        .limit(2)
        .forEach(name -> selector.append('.').append(name));
    return selector.toString();
  }

  /** The smallest element of the block whose text alone holds the block's date. */
  private static Optional<Element> dateElement(Element block, PageDates dates) {
    Element smallest = null;
    for (Element element : block.getAllElements()) {
      if (element != block
          && dates.holdsDate(element.text())
          && (smallest == null || element.text().length() < smallest.text().length())) {
        smallest = element;
      }
    }
    return Optional.ofNullable(smallest);
  }

  private static String simple(Element element) {
    String name = element.normalName();
    return element.classNames().stream()
        .filter(cls -> cls.matches("[A-Za-z_][\\w-]*"))
        .findFirst()
        .map(cls -> name + "." + cls)
        .orElse(name);
  }
}
