package io.invito.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.invito.model.Attendance;
import io.invito.model.EventStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one schema.org Event node (any subtype) into a {@link RawEventBuilder}: name, dates,
 * attendance mode, place or virtual location, status, offers, organizer, language. Microdata and
 * RDFa Lite items arrive here too, as the same tree, with their own provenance label.
 */
final class JsonLdEventReader {
  // Compiled once: String.replaceAll and matches compile their expression on every call.
  private static final Pattern NOT_NUMBER = Pattern.compile("[^0-9,.\\-]");
  // Compiled once: String.matches compiles it again on every offer.
  private static final Pattern FREE = Pattern.compile("free|gratis|gratuito|gratuita");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d{1,2}");

  private final String by;
  private final ParseInput input;
  private final Optional<String> pageLanguage;
  private final Optional<Locale> pageLocale;
  private final List<String> warnings;

  /**
   * A reader whose fields are credited to {@code by}: json-ld, microdata or rdfa; the page's
   * language code is for events that declare none, its locale for dates written as text.
   */
  JsonLdEventReader(
      String by,
      ParseInput input,
      Optional<String> pageLanguage,
      Optional<Locale> pageLocale,
      List<String> warnings) {
    this.by = by;
    this.input = input;
    this.pageLanguage = pageLanguage;
    this.pageLocale = pageLocale;
    this.warnings = warnings;
  }

  /** The event, or nothing when it has neither a name nor a start to know it by. */
  Optional<RawEventBuilder> read(JsonLdScanner.Found found) {
    JsonNode node = found.event();
    // A CourseInstance often leaves its name, description and URL to the Course around it.
    Optional<JsonNode> course =
        found.parent().filter(parent -> JsonLdScanner.types(parent).contains("Course"));
    String title =
        text(node, "name")
            .or(() -> course.flatMap(c -> text(c, "name")))
            .or(() -> text(node, "headline"))
            .orElse("");
    Optional<String> startText = text(node, "startDate");
    if (title.isBlank() && startText.isEmpty()) {
      warnings.add(by + " event with neither name nor startDate skipped");
      return Optional.empty();
    }
    RawEventBuilder event =
        new RawEventBuilder(input.sourceId())
            .title(title, by)
            .description(
                text(node, "description")
                    .or(() -> course.flatMap(c -> text(c, "description")))
                    .orElse(null),
                by);
    Optional<URI> url = link(node, "url").or(() -> course.flatMap(c -> link(c, "url")));
    url.ifPresent(link -> event.url(link, by));
    Optional<String> id =
        text(node, "@id")
            .or(() -> text(node, "id"))
            .flatMap(written -> Links.resolveAny(input.baseUrl(), written))
            .map(URI::toString);
    event.uid(id.or(() -> url.map(URI::toString)).orElse(null), by);
    JsonLdScanner.types(node).forEach(type -> event.type(type, by));

    Optional<String> declaredLanguage =
        textOr(
            node,
            "inLanguage",
            language -> text(language, "alternateName").or(() -> text(language, "name")));
    Optional<Locale> locale =
        Languages.within(declaredLanguage.flatMap(Languages::locale), pageLocale);
    startText.ifPresent(
        written -> time(written, title, locale).ifPresent(start -> event.start(start, by)));
    text(node, "endDate")
        .flatMap(written -> time(written, title, locale))
        .ifPresent(end -> event.end(end, by));
    readLocation(node, event);
    text(node, "eventStatus")
        .flatMap(JsonLdEventReader::status)
        .ifPresent(status -> event.status(status, by));
    readOffers(node, event);
    textOr(node, "organizer", organizer -> text(organizer, "name"))
        .ifPresent(name -> event.organizer(name, by));
    declaredLanguage.flatMap(Languages::normalize).ifPresent(code -> event.language(code, by));
    if (!event.hasLanguage()) {
      pageLanguage.ifPresent(code -> event.language(code, "html-lang"));
    }
    return Optional.of(event);
  }

  private Optional<Timed> time(String written, String title, Optional<Locale> locale) {
    Optional<Timed> iso = IsoTimes.read(written, input.zone());
    if (iso.isPresent()) {
      return iso;
    }
    // Some sites put "10 dicembre 2026 ore 17:30" in startDate: read it as text rather than lose
    // it.
    Optional<Timed> text =
        TextDates.find(written, Optional.empty(), input.zone(), locale).map(TextDates.Found::start);
    if (text.isEmpty()) {
      warnings.add("event '" + title + "': date '" + written + "' is not a date; left unknown");
    }
    return text;
  }

  private void readLocation(JsonNode node, RawEventBuilder event) {
    List<String> places = new ArrayList<>();
    Optional<URI> virtual = Optional.empty();
    for (JsonNode location : all(node, "location")) {
      List<String> types = JsonLdScanner.types(location);
      if (location.isTextual()) {
        Optional<URI> whole = JoinLinks.whole(location.asText());
        if (whole.isPresent()) {
          virtual = virtual.or(() -> whole);
        } else {
          places.add(location.asText());
        }
      } else if (types.contains("VirtualLocation")) {
        Optional<URI> link = link(location, "url");
        virtual = virtual.or(() -> link);
      } else if (location.isObject()) {
        place(location).ifPresent(places::add);
      }
    }
    if (!places.isEmpty()) {
      event.location(places.get(0), by);
    }
    virtual.ifPresent(link -> event.joinUrl(link, by));
    Attendance stated =
        text(node, "eventAttendanceMode")
            .map(JsonLdEventReader::attendance)
            .orElse(Attendance.UNKNOWN);
    Attendance inferred =
        virtual.isPresent()
            ? (places.isEmpty() ? Attendance.ONLINE : Attendance.MIXED)
            : (places.isEmpty() ? Attendance.UNKNOWN : Attendance.OFFLINE);
    event.attendance(stated != Attendance.UNKNOWN ? stated : inferred, by);
  }

  /** "Sala Verdi, Via Roma 1, 20121 Milano": the place's name, then its address. */
  private static Optional<String> place(JsonNode place) {
    Optional<String> name = text(place, "name");
    Optional<String> address =
        textOr(
            place,
            "address",
            postal ->
                Optional.of(
                        Stream.of(
                                "streetAddress",
                                "postalCode",
                                "addressLocality",
                                "addressRegion",
                                "addressCountry")
                            .map(field -> textOr(postal, field, value -> text(value, "name")))
                            .flatMap(Optional::stream)
                            .filter(part -> !part.isBlank())
                            .collect(Collectors.joining(", ")))
                    .filter(joined -> !joined.isBlank()));
    if (name.isPresent() && address.isPresent() && !address.get().contains(name.get())) {
      return Optional.of(name.get() + ", " + address.get());
    }
    return name.or(() -> address);
  }

  private void readOffers(JsonNode node, RawEventBuilder event) {
    Boolean free = bool(node.get("isAccessibleForFree"));
    String price = null;
    for (JsonNode offer : all(node, "offers")) {
      Optional<String> amount = text(offer, "price").or(() -> text(offer, "lowPrice"));
      if (amount.isEmpty()) {
        free = free != null ? free : bool(offer.get("isAccessibleForFree"));
        continue;
      }
      Optional<BigDecimal> number = number(amount.get());
      boolean zero =
          number
              .map(value -> value.signum() == 0)
              .orElse(FREE.matcher(amount.get().toLowerCase(Locale.ROOT)).matches());
      free = (free == null || free) && zero;
      if (price == null) {
        price =
            amount.get() + text(offer, "priceCurrency").map(currency -> " " + currency).orElse("");
      }
    }
    event.price(free, price, by);
  }

  private Optional<URI> link(JsonNode node, String field) {
    return textOr(node, field, value -> text(value, "@id"))
        .flatMap(href -> Links.resolve(input.baseUrl(), href));
  }

  private static Attendance attendance(String mode) {
    String name = JsonLdScanner.shortName(mode).toLowerCase(Locale.ROOT);
    if (name.startsWith("online")) {
      return Attendance.ONLINE;
    }
    if (name.startsWith("offline")) {
      return Attendance.OFFLINE;
    }
    return name.startsWith("mixed") ? Attendance.MIXED : Attendance.UNKNOWN;
  }

  private static Optional<EventStatus> status(String written) {
    return switch (JsonLdScanner.shortName(written).toLowerCase(Locale.ROOT)) {
      case "eventcancelled", "eventcanceled", "cancelled", "canceled" ->
          Optional.of(EventStatus.CANCELLED);
      case "eventpostponed", "postponed" -> Optional.of(EventStatus.POSTPONED);
      case "eventrescheduled", "rescheduled" -> Optional.of(EventStatus.RESCHEDULED);
      case "eventmovedonline", "movedonline" -> Optional.of(EventStatus.MOVED_ONLINE);
      case "eventscheduled", "scheduled" -> Optional.of(EventStatus.SCHEDULED);
      default -> Optional.empty();
    };
  }

  /** A field as text: a string, a number, the first of an array, or an object's @id/@value. */
  static Optional<String> text(JsonNode node, String field) {
    return firstNode(node, field)
        .flatMap(
            value -> {
              if (value.isValueNode() && !value.isNull()) {
                return Optional.of(value.asText());
              }
              JsonNode inner = value.has("@value") ? value.get("@value") : value.get("@id");
              return inner != null && inner.isValueNode()
                  ? Optional.of(inner.asText())
                  : Optional.empty();
            })
        .map(String::strip)
        .filter(text -> !text.isEmpty());
  }

  /**
   * The field's first value: itself when it is a string, else what {@code fromObject} reads of it
   * (a Place's name, a Language's alternateName).
   */
  private static Optional<String> textOr(
      JsonNode node, String field, Function<JsonNode, Optional<String>> fromObject) {
    return firstNode(node, field)
        .flatMap(
            value -> value.isTextual() ? Optional.of(value.asText()) : fromObject.apply(value));
  }

  private static Optional<JsonNode> firstNode(JsonNode node, String field) {
    List<JsonNode> values = all(node, field);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static List<JsonNode> all(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    List<JsonNode> values = new ArrayList<>();
    (value.isArray() ? value : List.of(value)).forEach(values::add);
    return values;
  }

  private static Boolean bool(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isBoolean()
        ? value.asBoolean()
        : value.asText().strip().equalsIgnoreCase("true")
            ? Boolean.TRUE
            : value.asText().strip().equalsIgnoreCase("false") ? Boolean.FALSE : null;
  }

  private static Optional<BigDecimal> number(String amount) {
    String digits = NOT_NUMBER.matcher(amount).replaceAll("");
    if (DECIMAL_COMMA.matcher(digits).matches()) {
      digits = digits.replace(',', '.'); // "0,00": an Italian decimal comma
    }
    try {
      return digits.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
