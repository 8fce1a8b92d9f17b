package io.invito.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Element;

/**
 * The event extensions of one feed item: the RSS 1.0 event module ({@code ev:startdate}, {@code
 * ev:enddate}, {@code ev:location}, {@code ev:organizer}, {@code ev:type}) and xCal ({@code
 * xCal:dtstart}, {@code xCal:dtend}, {@code xCal:location}, ...), whether written flat ({@code
 * <xCal:dtstart>20261210T173000</xCal:dtstart>}) or as RFC 6321 structures ({@code
 * <dtstart><parameters><tzid>…</tzid></parameters><date-time>…</date-time></dtstart>}). They are
 * read from the item's own elements.
 */
final class EventModule {
  static final String NAMESPACE = "http://purl.org/rss/1.0/modules/event/";
  private static final Set<String> NAMESPACES =
      Set.of(NAMESPACE, "urn:ietf:params:xml:ns:xcal", "urn:ietf:params:xml:ns:icalendar-2.0");

  private final List<Element> elements;

  private EventModule(List<Element> elements) {
    this.elements = elements;
  }

  static EventModule of(Element item) {
    // Plain loops, not streams: this runs once per item, and most items have no module at all.
    return new EventModule(ours(item.getChildren()));
  }

  private static List<Element> ours(List<Element> candidates) {
    List<Element> found = List.of();
    for (Element element : candidates) {
      if (ours(element)) {
        if (found.isEmpty()) {
          found = new ArrayList<>();
        }
        found.add(element);
      }
    }
    return found;
  }

  private static boolean ours(Element element) {
    return NAMESPACES.contains(element.getNamespaceURI())
        // Some feeds bind the xCal prefix to a made-up URI: the prefix says what they meant.
        || element.getNamespacePrefix().equalsIgnoreCase("xcal");
  }

  /** The first of the named elements with a value: its text, or an RFC 6321 value child's. */
  Optional<String> find(String... names) {
    for (String name : names) {
      Optional<String> value = named(name).map(EventModule::value).filter(text -> !text.isEmpty());
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** The TZID an xCal date gives, as a {@code tzid} attribute or an RFC 6321 parameter. */
  Optional<String> tzid(String name) {
    return named(name)
        .flatMap(
            element ->
                Optional.ofNullable(attribute(element, "tzid"))
                    .or(
                        () ->
                            child(element, "parameters")
                                .flatMap(parameters -> child(parameters, "tzid"))
                                .map(EventModule::value)))
        .filter(text -> !text.isBlank());
  }

  private Optional<Element> named(String name) {
    for (Element element : elements) {
      if (element.getName().equalsIgnoreCase(name)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  private static String value(Element element) {
    if (element.getChildren().isEmpty()) {
      return element.getTextNormalize();
    }
    return element.getChildren().stream()
        .filter(child -> !child.getName().equalsIgnoreCase("parameters"))
        .map(EventModule::value)
        .filter(text -> !text.isEmpty())
        .findFirst()
        .orElse("");
  }

  private static Optional<Element> child(Element element, String name) {
    return element.getChildren().stream()
        .filter(child -> child.getName().equalsIgnoreCase(name))
        .findFirst();
  }

  private static String attribute(Element element, String name) {
    return element.getAttributes().stream()
        .filter(attribute -> attribute.getName().equalsIgnoreCase(name))
        .map(org.jdom2.Attribute::getValue)
        .findFirst()
        .orElse(null);
  }
}
