package io.invito.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.ContentHandler;

/**
 * Collects what ical4j's relaxed content-line parser reads into plain components and properties,
 * keeping every value exactly as written. invito interprets dates and zones itself with java.time,
 * so a TZID ical4j does not know ("Foo/Bar", a Windows zone name) costs one event's zone, not the
 * whole calendar.
 */
final class IcsTree implements ContentHandler {

  /** One content line: its name, parameters (upper-case names) and raw value. */
  record Property(String name, Map<String, String> parameters, String value) {
    Optional<String> parameter(String parameterName) {
      return Optional.ofNullable(parameters.get(parameterName));
    }
  }

  /** A BEGIN/END block with its properties and nested blocks. */
  record Component(String name, List<Property> properties, List<Component> children) {
    // Plain loops, not streams: these run a dozen times per event, mostly before the JIT has
    // compiled them, where a stream pipeline costs many times the loop it replaces.
    Optional<Property> find(String propertyName) {
      for (Property property : properties) {
        if (property.name().equals(propertyName)) {
          return Optional.of(property);
        }
      }
      return Optional.empty();
    }

    List<Property> all(String propertyName) {
      List<Property> found = new ArrayList<>();
      for (Property property : properties) {
        if (property.name().equals(propertyName)) {
          found.add(property);
        }
      }
      return List.copyOf(found);
    }

    Optional<String> text(String propertyName) {
      Optional<Property> property = find(propertyName);
      if (property.isEmpty()) {
        return Optional.empty();
      }
      String text = unescape(property.get().value());
      return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    List<Component> children(String childName) {
      List<Component> found = new ArrayList<>();
      for (Component child : children) {
        if (child.name().equals(childName)) {
          found.add(child);
        }
      }
      return List.copyOf(found);
    }
  }

  private final Deque<Component> open = new ArrayDeque<>();
  private Component calendar;
  private String propertyName;
  private Map<String, String> parameters = new LinkedHashMap<>();
  private String value = "";

  /** The VCALENDAR read (all of them as one), or nothing when the parser never got to one. */
  Optional<Component> calendar() {
    return Optional.ofNullable(calendar);
  }

  @Override
  public void startCalendar() {
    // Several VCALENDARs in one file (exports concatenated by hand or by a script) read as one.
    if (calendar == null) {
      calendar = new Component("VCALENDAR", new ArrayList<>(), new ArrayList<>());
    }
    open.push(calendar);
  }

  @Override
  public void endCalendar() {
    open.clear();
  }

  @Override
  public void startComponent(String name) {
    Component component = new Component(upper(name), new ArrayList<>(), new ArrayList<>());
    if (!open.isEmpty()) {
      open.peek().children().add(component);
    }
    open.push(component);
  }

  @Override
  public void endComponent(String name) {
    if (open.size() > 1) {
      open.pop();
    }
  }

  @Override
  public void startProperty(String name) {
    propertyName = upper(name);
    parameters = new LinkedHashMap<>();
    value = "";
  }

  @Override
  public void propertyValue(String written) {
    value = written == null ? "" : written;
  }

  @Override
  public void parameter(String name, String written) {
    String clean = written == null ? "" : written.strip();
    if (clean.length() >= 2 && clean.startsWith("\"") && clean.endsWith("\"")) {
      clean = clean.substring(1, clean.length() - 1);
    }
    parameters.put(upper(name), clean);
  }

  @Override
  public void endProperty(String name) {
    if (!open.isEmpty() && propertyName != null) {
      open.peek().properties().add(new Property(propertyName, Map.copyOf(parameters), value));
    }
    propertyName = null;
  }

  /**
   * What RFC 5545 requires and the calendar lacks (VERSION, PRODID; a VEVENT's UID and DTSTAMP),
   * once per kind: read anyway, but said, so an invalid calendar is never read silently.
   */
  static List<String> deviations(Component calendar) {
    List<String> found = new ArrayList<>();
    for (String required : List.of("VERSION", "PRODID")) {
      if (calendar.find(required).isEmpty()) {
        found.add("the calendar has no " + required + " (RFC 5545 requires one); read anyway");
      }
    }
    for (String required : List.of("UID", "DTSTAMP")) {
      long missing =
          calendar.children("VEVENT").stream()
              .filter(vevent -> vevent.find(required).isEmpty())
              .count();
      if (missing > 0) {
        found.add(missing + " VEVENT(s) without " + required + " (RFC 5545 requires one)");
      }
    }
    return found;
  }

  /** RFC 5545 TEXT escapes: {@code \n}, {@code \,}, {@code \;}, {@code \\}. */
  static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text.strip(); // nearly every value: nothing escaped
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static String upper(String name) {
    return name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
  }
}
