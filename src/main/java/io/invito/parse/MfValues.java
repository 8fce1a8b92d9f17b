package io.invito.parse;

import io.invito.model.EventTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The values of microformat properties as the microformats2 parsing rules define them: text from
 * {@code abbr[title]}, {@code data[value]}, {@code img[alt]}; URLs from {@code href}/{@code src};
 * dates from {@code time[datetime]} and the value-class pattern, where a date, a time and a zone
 * written in separate {@code .value} elements make one date-time.
 */
final class MfValues {
  private static final String DATE = "(?<date>\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{3})";
  private static final String TIME =
      "(?<h>\\d{1,2})(?::(?<m>\\d{2})(?::(?<s>\\d{2})"
          + "(?:[.,]\\d+)?)?)?\\s*(?<ampm>[aApP]\\.?[mM]\\.?)?";
  // The value-class pattern allows a one-digit hour and no minutes: "-6:00", "+5", "-0800".
  private static final String ZONE = "(?<z>[Zz]|[+-]\\d{1,2}(?::?\\d{2})?)";
  private static final Pattern WHOLE =
      Pattern.compile("^" + DATE + "?(?:(?:[Tt]|\\s+|^)" + TIME + ")?\\s*" + ZONE + "?$");
  private static final Pattern ONLY_DATE = Pattern.compile("^" + DATE + "$");
  private static final Pattern ONLY_TIME = Pattern.compile("^" + TIME + "\\s*" + ZONE + "?$");
  private static final Pattern ONLY_ZONE = Pattern.compile("^" + ZONE + "$");
  private static final Pattern DATE_AND_TIME =
      Pattern.compile("^" + DATE + "(?:[Tt]|\\s+)" + TIME + "\\s*" + ZONE + "?$");
  private static final Pattern PROPERTY = Pattern.compile("(?:p|u|dt|e)-[a-z0-9].*");
  // A nested h-card's or adr's parts, mf2 name and mf1 name, in the order a place is written.
  private static final List<Evaluator> ADDRESS_PARTS =
      List.of(
          Selector.evaluatorOf(".p-name, .fn"),
          Selector.evaluatorOf(".p-street-address, .street-address"),
          Selector.evaluatorOf(".p-locality, .locality"),
          Selector.evaluatorOf(".p-region, .region"),
          Selector.evaluatorOf(".p-country-name, .country-name"));

  private MfValues() {}

  /** A {@code p-} property's text. */
  static String text(Element element) {
    Optional<List<String>> parts = valueParts(element, false);
    if (parts.isPresent()) {
      return String.join("", parts.get()).strip();
    }
    return switch (element.normalName()) {
      case "abbr", "link" -> element.hasAttr("title") ? element.attr("title") : element.text();
      case "data", "input" -> element.hasAttr("value") ? element.attr("value") : element.text();
      case "img", "area" -> element.hasAttr("alt") ? element.attr("alt") : element.text();
      default -> element.text();
    };
  }

  /** An {@code e-} property's text: its whole content, which the value-class pattern leaves be. */
  static String embedded(Element element) {
    return element.text();
  }

  /** A {@code u-} property's link as written (the caller resolves it). */
  static String url(Element element) {
    String attribute =
        switch (element.normalName()) {
          case "a", "area", "link" -> "href";
          case "img", "audio", "source", "iframe" -> "src";
          case "video" -> element.hasAttr("src") ? "src" : "poster";
          case "object" -> "data";
          default -> "";
        };
    return !attribute.isEmpty() && element.hasAttr(attribute)
        ? element.attr(attribute)
        : text(element);
  }

  /** A location: plain text, or a nested h-card/h-adr read as "name, street, town, region". */
  static String location(Element element) {
    if (!MicroformatReader.isRoot(element)) {
      return text(element);
    }
    List<String> parts = new ArrayList<>();
    for (Evaluator property : ADDRESS_PARTS) {
      element.select(property).stream()
          .findFirst()
          .map(MfValues::text)
          .filter(part -> !part.isBlank() && !parts.contains(part))
          .ifPresent(parts::add);
    }
    return parts.isEmpty() ? text(element) : String.join(", ", parts);
  }

  /**
   * A {@code dt-} property's time. An end written as a time only takes the start's date, as the
   * microformats2 rules say.
   */
  static Optional<Timed> time(Element element, Optional<EventTime> start) {
    Optional<List<String>> parts = valueParts(element, true);
    if (parts.isPresent()) {
      return fromParts(parts.get(), start);
    }
    String whole =
        switch (element.normalName()) {
          case "time", "ins", "del" ->
              element.hasAttr("datetime") ? element.attr("datetime") : element.text();
          case "abbr" -> element.hasAttr("title") ? element.attr("title") : element.text();
          case "data", "input" -> element.hasAttr("value") ? element.attr("value") : element.text();
          default -> element.text();
        };
    return parse(whole.strip(), start);
  }

  /**
   * Joins the value-class parts of a date-time: the first date, the first time (with its zone, if
   * written with one) and the first zone win; a whole date-time counts only when it comes first.
   */
  private static Optional<Timed> fromParts(List<String> parts, Optional<EventTime> start) {
    String date = null;
    String time = null;
    String zone = null;
    for (String part : parts) {
      String clean = part.strip();
      Matcher timeOnly = ONLY_TIME.matcher(clean);
      if (clean.isEmpty()) {
        continue;
      } else if (date == null && ONLY_DATE.matcher(clean).matches()) {
        date = clean;
      } else if (time == null && timeOnly.matches() && isTime(timeOnly)) {
        time = clean;
        zone = timeOnly.group("z") != null ? "" : zone; // its own zone wins over a later one
      } else if (zone == null && ONLY_ZONE.matcher(clean).matches()) {
        zone = clean;
      } else if (date == null && time == null && DATE_AND_TIME.matcher(clean).matches()) {
        return parse(clean, start);
      }
    }
    if (date == null && time == null) {
      return Optional.empty();
    }
    if (time == null) {
      return parse(date, start);
    }
    return parse((date == null ? "" : date + " ") + time + (zone == null ? "" : zone), start);
  }

  static Optional<Timed> parse(String written, Optional<EventTime> start) {
    Matcher m = WHOLE.matcher(written.strip());
    if (written.isBlank()) {
      return Optional.empty();
    }
    if (!m.matches()) {
      // iCalendar's basic form, which hCalendar pages copy: "19970903T163000Z", "20080818".
      return IsoTimes.parts(written).map(MfValues::fromIso);
    }
    try {
      Optional<LocalDate> date =
          Optional.ofNullable(m.group("date"))
              .map(MfValues::date)
              .or(() -> start.map(time -> time.local().toLocalDate()));
      if (date.isEmpty()) {
        return Optional.empty();
      }
      if (m.group("h") == null) {
        return m.group("date") == null ? Optional.empty() : Optional.of(Timed.allDay(date.get()));
      }
      if (!isTime(m)) {
        return Optional.empty(); // "19" alone is a number, not a time
      }
      int hour = Integer.parseInt(m.group("h"));
      if (m.group("ampm") != null) {
        if (hour < 1 || hour > 12) {
          return Optional.empty();
        }
        hour = hour % 12 + (Character.toLowerCase(m.group("ampm").charAt(0)) == 'p' ? 12 : 0);
      }
      LocalDateTime local =
          date.get()
              .atTime(
                  LocalTime.of(
                      hour,
                      m.group("m") == null ? 0 : Integer.parseInt(m.group("m")),
                      m.group("s") == null ? 0 : Integer.parseInt(m.group("s"))));
      String zone = m.group("z");
      if (zone == null) {
        return Optional.of(Timed.floating(local));
      }
      return Optional.of(Timed.withOffset(local, offset(zone), Optional.empty()));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // "2026-02-31", "25:00", "+19:00": no such time
    }
  }

  private static Timed fromIso(IsoTimes.Parts parts) {
    if (parts.time().isEmpty()) {
      return Timed.allDay(parts.date());
    }
    return parts
        .offset()
        .map(offset -> Timed.withOffset(parts.time().get(), offset, Optional.empty()))
        .orElseGet(() -> Timed.floating(parts.time().get()));
  }

  /** A time needs its minutes or an am/pm: "19" alone is a number. */
  private static boolean isTime(Matcher matched) {
    return matched.group("m") != null || matched.group("ampm") != null;
  }

  /**
   * The texts of the property's {@code .value} and {@code .value-title} parts, in order, or empty
   * when it has none. A value inside another value, a nested property or a nested microformat
   * belongs to that one. The {@code datetime} attribute counts for date-times only.
   */
  private static Optional<List<String>> valueParts(Element property, boolean dateTime) {
    List<String> parts = new ArrayList<>();
    collectValues(property, dateTime, parts);
    return parts.isEmpty() ? Optional.empty() : Optional.of(parts);
  }

  private static void collectValues(Element parent, boolean dateTime, List<String> parts) {
    for (Element child : parent.children()) {
      if (child.hasClass("value-title")) {
        parts.add(child.attr("title"));
      } else if (child.hasClass("value")) {
        parts.add(valueOf(child, dateTime));
      } else if (!MicroformatReader.isRoot(child) && !isProperty(child)) {
        collectValues(child, dateTime, parts);
      }
    }
  }

  private static String valueOf(Element part, boolean dateTime) {
    return switch (part.normalName()) {
      case "img", "area" -> part.attr("alt");
      case "data" -> part.hasAttr("value") ? part.attr("value") : part.text();
      case "abbr" -> part.hasAttr("title") ? part.attr("title") : part.text();
      case "del", "ins", "time" ->
          dateTime && part.hasAttr("datetime") ? part.attr("datetime") : part.text();
      default -> part.text();
    };
  }

  private static boolean isProperty(Element element) {
    for (String name : element.classNames()) {
      if (PROPERTY.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date part, "2013-09-03" or "2013-246" as DATE matched it. Built with {@code LocalDate.of}
   * rather than {@code LocalDate.parse}: both refuse the same impossible dates, and the parser's
   * formatter machinery was a tenth of reading the first h-events of a run, before it is compiled.
   */
  private static LocalDate date(String written) {
    int year = Integer.parseInt(written.substring(0, 4));
    if (written.length() == 8) { // "2013-034": year and day of the year
      return LocalDate.ofYearDay(year, Integer.parseInt(written.substring(5)));
    }
    return LocalDate.of(
        year, Integer.parseInt(written.substring(5, 7)), Integer.parseInt(written.substring(8)));
  }

  /** "Z", "+01:00", "-0800", "+05", and the one-digit hours "-6:00", "+600", "-6". */
  private static ZoneOffset offset(String zone) {
    if (zone.equalsIgnoreCase("Z")) {
      return ZoneOffset.UTC;
    }
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    String body = zone.substring(1);
    int colon = body.indexOf(':');
    String hours;
    String minutes;
    if (colon >= 0) {
      hours = body.substring(0, colon);
      minutes = body.substring(colon + 1);
    } else {
      hours = body.length() <= 2 ? body : body.substring(0, body.length() - 2);
      minutes = body.length() <= 2 ? "0" : body.substring(body.length() - 2);
    }
    return ZoneOffset.ofHoursMinutes(
        sign * Integer.parseInt(hours), sign * Integer.parseInt(minutes));
  }
}
