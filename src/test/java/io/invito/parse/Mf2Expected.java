package io.invito.parse;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads the values microformats test suites expect in the form invito's model gives them, by rules
 * of its own (not invito's parser), so that a suite's expectation is not judged by the code it
 * tests.
 */
final class Mf2Expected {
  // What mf2 parsers print: "2014-06-01 12:30-0600", "3014-01-01 01:21Z", "2014-06-01 12:30-600".
  private static final Pattern NORMALIZED =
      Pattern.compile(
          "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?"
              + "(Z|[+-]\\d{1,2}(?::?\\d{2})?)?)?$");

  private Mf2Expected() {}

  /** The ISO form {@code EventTime.iso()} gives the expected date-time, or empty if not a date. */
  static Optional<String> iso(String written) {
    Matcher m = NORMALIZED.matcher(written.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    LocalDate date =
        LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    if (m.group(4) == null) {
      return Optional.of(date.toString());
    }
    LocalDateTime local =
        date.atTime(
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    if (m.group(7) == null) {
      return Optional.of(local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    }
    return Optional.of(
        local.atOffset(offset(m.group(7))).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  /** A URL with an empty path written with its slash, as {@code URI.resolve} gives it. */
  static String url(String written) {
    URI uri = URI.create(written.strip());
    return uri.getRawPath() == null || uri.getRawPath().isEmpty()
        ? uri.resolve("/").toString()
        : uri.toString();
  }

  /** The document's top-level microformats (mf2py's {@code items}), in order. */
  static List<Element> items(Element page) {
    List<Element> items = new ArrayList<>();
    for (Element element : page.getAllElements()) {
      if (isRoot(element) && element.parents().stream().noneMatch(Mf2Expected::isRoot)) {
        items.add(element);
      }
    }
    return items;
  }

  static boolean isRoot(Element element) {
    return element.classNames().stream().anyMatch(name -> name.matches("h-[a-z0-9].*"));
  }

  private static ZoneOffset offset(String zone) {
    if (zone.equals("Z")) {
      return ZoneOffset.UTC;
    }
    int sign = zone.startsWith("-") ? -1 : 1;
    String digits = zone.substring(1).replace(":", "");
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
    int hours =
        Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
