package io.invito.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * The language and region a feed item is written in, as the feed declares them, with the region
 * kept: US English writes "12/10/2026" for December 10, where everyone else means 12 October.
 */
final class FeedLocales {
  private static final Namespace DUBLIN_CORE =
      Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
  private static final Set<String> ITEMS = Set.of("item", "entry");

  private FeedLocales() {}

  /**
   * The item's own declaration read within its channel's or feed's (see {@link Languages#within}).
   * Atom says it with {@code xml:lang} on any element; RSS 2.0 with the channel's {@code
   * <language>}; RSS 1.0 with {@code dc:language} on a channel that is the items' sibling, not
   * their parent.
   */
  static Optional<Locale> find(Optional<Element> item) {
    return item.flatMap(FeedLocales::declaredWithin);
  }

  private static Optional<Locale> declaredWithin(Element element) {
    Element parent = element.getParentElement();
    Optional<Locale> around =
        parent != null
            ? declaredWithin(parent)
            : channelOf(element).flatMap(FeedLocales::declaredBy);
    return Languages.within(declaredBy(element), around);
  }

  private static Optional<Locale> declaredBy(Element element) {
    return Languages.locale(element.getAttributeValue("lang", Namespace.XML_NAMESPACE))
        .or(
            () ->
                beforeItems(element, FeedLocales::isLanguage)
                    .flatMap(language -> Languages.locale(language.getTextTrim())));
  }

  private static Optional<Element> channelOf(Element root) {
    return beforeItems(root, child -> child.getName().equals("channel"));
  }

  private static boolean isLanguage(Element element) {
    return element.getName().equals("language")
        && (element.getNamespace().equals(Namespace.NO_NAMESPACE)
            || element.getNamespace().equals(DUBLIN_CORE));
  }

  /**
   * The first wanted child before the first item: where a channel or feed says things about itself.
   * Looking through all of a channel's children for each of its items made a 10,000-item feed
   * quadratic; a declaration written after the items is missed, and numeric dates are then read in
   * the default order.
   */
  private static Optional<Element> beforeItems(Element parent, Predicate<Element> wanted) {
    // By index over the content, not getChildren(): that view allocates an index of all the
    // channel's children each time it is made, for each of 10,000 items.
    for (int i = 0, size = parent.getContentSize(); i < size; i++) {
      if (parent.getContent(i) instanceof Element child) {
        if (ITEMS.contains(child.getName())) {
          break;
        }
        if (wanted.test(child)) {
          return Optional.of(child);
        }
      }
    }
    return Optional.empty();
  }
}
