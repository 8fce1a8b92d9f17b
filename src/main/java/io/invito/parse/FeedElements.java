package io.invito.parse;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.XMLOutputter;

/**
 * What invito reads from a feed's XML tree itself, beside Rome: the items in order, their own links
 * and xml:base, their publication dates validated with java.time, elements Rome leaves out, and the
 * channel's ttl.
 */
final class FeedElements {
  static final List<String> DATE_ELEMENTS =
      List.of("published", "pubDate", "issued", "date", "created", "updated", "modified");

  private FeedElements() {}

  /**
   * The channel's {@code <ttl>}, in minutes: how long the publisher asks readers to wait before
   * coming back. A value that is not a positive whole number is ignored with a warning.
   */
  static Optional<Duration> ttl(Element root, List<String> warnings) {
    Element channel = root.getChild("channel", root.getNamespace());
    Optional<String> text =
        Optional.ofNullable(channel)
            .map(element -> element.getChildTextTrim("ttl", element.getNamespace()))
            .filter(value -> !value.isEmpty());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String minutes = text.get();
    if (!minutes.chars().allMatch(c -> c >= '0' && c <= '9') || minutes.matches("0+")) {
      warnings.add("ignored a <ttl> that is not a positive number of minutes: '" + minutes + "'");
      return Optional.empty();
    }
    // Anything beyond a week is clamped to 24 h by CachePolicy anyway; no overflow on huge values.
    return Optional.of(
        Duration.ofMinutes(minutes.length() > 6 ? 999_999 : Long.parseLong(minutes)));
  }

  /**
   * The content of the element's first child of one of the names, in any namespace: its markup when
   * it holds elements (an xhtml:body), so the cleaner drops scripts, else its text.
   */
  static Optional<String> anyNamed(Element element, String... names) {
    for (String name : names) {
      for (Element child : element.getChildren()) {
        if (child.getName().equalsIgnoreCase(name) && !child.getValue().isBlank()) {
          return Optional.of(
              child.getChildren().isEmpty()
                  ? child.getText()
                  : new XMLOutputter().outputElementContentString(child));
        }
      }
    }
    return Optional.empty();
  }

  static Optional<String> ownLink(Element item) {
    for (Element child : item.getChildren()) {
      if (child.getName().equals("link")) {
        String text =
            child.getAttributeValue("href") != null && alternate(child.getAttributeValue("rel"))
                ? child.getAttributeValue("href")
                : child.getTextNormalize();
        if (!text.isEmpty()) {
          return Optional.of(text);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean alternate(String rel) {
    return rel == null || rel.isBlank() || rel.equals("alternate");
  }

  /**
   * The item's publication date, validated with java.time; unknown when it is no date. Of several
   * elements of the same name the last counts, as in feedparser, where each overwrites the one
   * before.
   */
  static Optional<Instant> published(Element item, List<String> warnings, int number) {
    List<Element> children = item.getChildren();
    for (String name : DATE_ELEMENTS) {
      Optional<String> written = Optional.empty();
      // A loop, not a stream per name: seven names per item add up on a feed of 10,000 items.
      for (Element child : children) {
        if (child.getName().equals(name)) {
          String text = child.getTextNormalize();
          if (!text.isEmpty()) {
            written = Optional.of(text);
          }
        }
      }
      if (written.isPresent()) {
        Optional<Instant> date = FeedDates.parse(written.get());
        if (date.isEmpty()) {
          warnings.add(
              "item "
                  + number
                  + ": "
                  + name
                  + " '"
                  + written.get()
                  + "' is not a valid date; publication date left unknown");
        }
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the element is an item of RSS 2.0 (under channel), RSS 1.0 or Atom (under the root).
   */
  static boolean isItem(Element element) {
    return isItem(element.getName(), element.getParentElement());
  }

  /** {@link #isItem(Element)} of an element by its local name and parent, before it is built. */
  static boolean isItem(String name, Element parent) {
    if (!name.equals("item") && !name.equals("entry")) {
      return false;
    }
    return parent != null
        && (parent.isRootElement()
            || parent.getName().equals("channel")
                && parent.getParentElement() != null
                && parent.getParentElement().isRootElement());
  }

  /** The items of RSS 2.0 (under channel), RSS 1.0 (under the root) and Atom, in order. */
  static List<Element> itemElements(Element root) {
    List<Element> items = new ArrayList<>();
    for (Element child : root.getChildren()) {
      if (child.getName().equals("item") || child.getName().equals("entry")) {
        items.add(child);
      } else if (child.getName().equals("channel")) {
        child.getChildren().stream()
            .filter(item -> item.getName().equals("item"))
            .forEach(items::add);
      }
    }
    return items;
  }

  /** The base URI for links inside the element: every xml:base from the root down to it. */
  static URI baseOf(Element element, URI documentUrl) {
    List<String> bases = new ArrayList<>();
    for (Element at = element; at != null; at = at.getParentElement()) {
      String base = at.getAttributeValue("base", Namespace.XML_NAMESPACE);
      if (base != null && !base.isBlank()) {
        bases.add(0, base);
      }
    }
    URI base = documentUrl;
    for (String written : bases) {
      base = Links.resolveAny(base, written).orElse(base);
    }
    return base;
  }
}
