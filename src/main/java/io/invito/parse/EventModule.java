package io.invito.parse;

import java.util.List;
import java.util.Optional;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * The RSS 1.0 event module ({@code ev:startdate}, {@code ev:enddate}, {@code ev:location},
 * {@code ev:organizer}, {@code ev:type}) of one feed item, read from the item's own elements or
 * from what Rome kept as foreign markup.
 */
final class EventModule {
  static final String NAMESPACE = "http://purl.org/rss/1.0/modules/event/";

  private final List<Element> elements;

  private EventModule(List<Element> elements) {
    this.elements = elements;
  }

  static EventModule of(Optional<Element> item, List<Element> foreignMarkup) {
    Namespace ev = Namespace.getNamespace(NAMESPACE);
    List<Element> own = item.map(element -> element.getChildren().stream()
            .filter(child -> child.getNamespace().equals(ev))
            .toList())
        .orElse(List.of());
    if (!own.isEmpty()) {
      return new EventModule(own);
    }
    return new EventModule(foreignMarkup.stream()
        .filter(element -> element.getNamespace().equals(ev))
        .toList());
  }

  Optional<String> find(String name) {
    return elements.stream()
        .filter(element -> element.getName().equalsIgnoreCase(name))
        .map(Element::getTextNormalize)
        .filter(text -> !text.isEmpty())
        .findFirst();
  }
}
