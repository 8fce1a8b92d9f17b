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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

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
  private static final String ZONE = "(?<z>[Zz]|[+-]\\d{2}(?::?\\d{2})?)";
  private static final Pattern WHOLE =
      Pattern.compile("^" + DATE + "?(?:(?:[Tt]|\\s+|^)" + TIME + ")?\\s*" + ZONE + "?$");
  private static final Pattern ONLY_DATE = Pattern.compile("^" + DATE + "$");
  private static final Pattern ONLY_ZONE = Pattern.compile("^" + ZONE + "$");

  private MfValues() {}

  /** A {@code p-} property's text. */
  static String text(Element element) {
    List<String> parts = valueParts(element);
    if (!parts.isEmpty()) {
      return String.join("", parts).strip();
    }
    return switch (element.normalName()) {
      case "abbr", "link" -> element.hasAttr("title") ? element.attr("title") : element.text();
      case "data", "input" -> element.hasAttr("value") ? element.attr("value") : element.text();
      case "img", "area" -> element.hasAttr("alt") ? element.attr("alt") : element.text();
      default -> element.text();
    };
  }

  /** A {@code u-} property's link as written (the caller resolves it). */
  static String url(Element element) {
    return switch (element.normalName()) {
      case "a", "area", "link" -> element.attr("href");
      case "img", "audio", "video", "source", "iframe" -> element.attr("src");
      case "object" -> element.attr("data");
      default -> text(element);
    };
  }

  /** A location: plain text, or a nested h-card/h-adr read as "name, street, town, region". */
  static String location(Element element) {
    if (!MicroformatReader.isRoot(element)) {
      return text(element);
    }
    List<String> parts = new ArrayList<>();
    for (String property :
        List.of(
            "p-name|fn",
            "p-street-address|street-address",
            "p-locality|locality",
            "p-region|region",
            "p-country-name|country-name")) {
      String[] names = property.split("\\|");
      element.select("." + names[0] + ", ." + names[1]).stream()
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
    List<String> parts = valueParts(element);
    if (parts.isEmpty()) {
      String whole =
          switch (element.normalName()) {
            case "time", "ins", "del" ->
                element.hasAttr("datetime") ? element.attr("datetime") : element.text();
            case "abbr" -> element.hasAttr("title") ? element.attr("title") : element.text();
            case "data", "input" ->
                element.hasAttr("value") ? element.attr("value") : element.text();
            default -> element.text();
          };
      return parse(whole.strip(), start);
    }
    String date = null;
    String time = null;
    String zone = null;
    for (String part : parts) {
      String clean = part.strip();
      if (date == null && ONLY_DATE.matcher(clean).matches()) {
        date = clean;
      } else if (zone == null && ONLY_ZONE.matcher(clean).matches()) {
        zone = clean;
      } else if (time == null) {
        time = clean;
      }
    }
    String joined =
        Stream.of(date, time).filter(part -> part != null).collect(Collectors.joining(" "))
            + (zone == null ? "" : zone);
    return parse(joined, start);
  }

  static Optional<Timed> parse(String written, Optional<EventTime> start) {
    Matcher m = WHOLE.matcher(written.strip());
    if (written.isBlank() || !m.matches()) {
      return Optional.empty();
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
      if (m.group("m") == null && m.group("ampm") == null) {
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
      ZoneOffset offset = zone.equalsIgnoreCase("Z") ? ZoneOffset.UTC : offset(zone);
      return Optional.of(Timed.withOffset(local, offset, Optional.empty()));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // "2026-02-31", "25:00", "+19:00": no such time
    }
  }

  /** The texts of the element's {@code .value} and {@code .value-title} parts, in order. */
  private static List<String> valueParts(Element element) {
    List<String> parts = new ArrayList<>();
    for (Element part : element.select(".value, .value-title")) {
      if (part == element || nestedInRoot(part, element)) {
        continue;
      }
      if (part.hasClass("value-title")) {
        parts.add(part.attr("title"));
        continue;
      }
      parts.add(
          switch (part.normalName()) {
            case "img", "area" -> part.attr("alt");
            case "data" -> part.hasAttr("value") ? part.attr("value") : part.text();
            case "abbr" -> part.hasAttr("title") ? part.attr("title") : part.text();
            case "del", "ins", "time" ->
                part.hasAttr("datetime") ? part.attr("datetime") : part.text();
            default -> part.text();
          });
    }
    return parts;
  }

  private static boolean nestedInRoot(Element part, Element property) {
    for (Element at = part.parent(); at != null && at != property; at = at.parent()) {
      if (MicroformatReader.isRoot(at)) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate date(String written) {
    if (written.length() == 8) { // "2013-034": year and day of the year
      return LocalDate.ofYearDay(
          Integer.parseInt(written.substring(0, 4)), Integer.parseInt(written.substring(5)));
    }
    return LocalDate.parse(written);
  }

  private static ZoneOffset offset(String zone) {
    String digits = zone.replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 3));
    int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3)) : 0;
    return ZoneOffset.ofHoursMinutes(
        hours, hours < 0 || digits.startsWith("-") ? -minutes : minutes);
  }
}
