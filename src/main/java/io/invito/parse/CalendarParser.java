package io.invito.parse;

import io.invito.model.Attendance;
import io.invito.model.EventStatus;
import io.invito.model.RawEvent;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

/**
 * Reads the VEVENTs of an iCalendar feed with ical4j's relaxed parser: each event, or each
 * occurrence of a recurring one within the next {@value Recurrences#HORIZON_DAYS} days, becomes one
 * {@link RawEvent}.
 */
final class CalendarParser {
  private static final String BY = "ics";
  // Compiled once: String.matches and replaceAll compile their pattern on every call.
  private static final Pattern WEEKS = Pattern.compile("[+-]?P\\d+W");
  private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
  private static final Pattern ONLINE_WORDS =
      Pattern.compile(
          ".*\\b(online|zoom|teams|webinar|virtual|virtuale|streaming|google meet)\\b.*");
  private static final List<String> JOIN_PROPERTIES =
      List.of(
          "CONFERENCE",
          "X-GOOGLE-CONFERENCE",
          "X-MICROSOFT-SKYPETEAMSMEETINGURL",
          "X-MICROSOFT-ONLINEMEETINGCONFLINK");

  static {
    // ical4j's relaxed switches, declared without starting ical4j (and its Logback): IcsHints.
    IcsHints.declare();
  }

  private final Clock clock;

  CalendarParser(Clock clock) {
    this.clock = clock;
  }

  Extraction parse(ParseInput input) {
    List<String> warnings = new ArrayList<>();
    BodyDecoder.Decoded decoded =
        BodyDecoder.decode(input.bytes(), BodyDecoder.charsetOf(input.contentType()));
    decoded.warning().ifPresent(warnings::add);
    String bounded = IcsBudget.bound(decoded.text(), warnings);
    // Plainly written calendars (nearly all) are read line by line; ical4j reads the rest.
    Optional<IcsTree> plain = IcsLines.read(bounded);
    IcsTree tree = plain.orElseGet(IcsTree::new);
    Optional<String> trouble =
        plain.isPresent() ? Optional.empty() : Relaxed.read(bounded, tree, warnings);
    if (tree.calendar().isEmpty()) {
      return Extraction.failed(Format.ICS.label(), trouble.orElse("no VCALENDAR found"), warnings);
    }
    IcsTree.Component calendar = tree.calendar().get();
    trouble.ifPresent(problem -> warnings.add(problem + "; kept the events read before it"));
    IcsTimes times =
        new IcsTimes(
            new IcsZones(calendar.children("VTIMEZONE")),
            input.zone(),
            calendar.text("X-WR-TIMEZONE").flatMap(Timed::findZone),
            warnings);
    boolean cancelledCalendar =
        calendar.text("METHOD").filter("CANCEL"::equalsIgnoreCase).isPresent();
    List<IcsTree.Component> vevents = calendar.children("VEVENT");
    warnings.addAll(IcsTree.deviations(calendar));
    Recurrences recurrences = new Recurrences(times, vevents, clock.instant(), warnings);
    List<RawEvent> events = new ArrayList<>();
    for (IcsTree.Component vevent : vevents) {
      Optional<IcsTree.Property> start = vevent.find("DTSTART");
      Optional<IcsTimes.Written> written =
          start.flatMap(dtstart -> IcsTimes.written(dtstart.value(), dtstart.parameter("TZID")));
      if (written.isEmpty()) {
        // Kept, like a feed item without a date: a later stage decides what an undated event is.
        warnings.add(
            "VEVENT '"
                + vevent.text("SUMMARY").orElse("?")
                + "' has no readable "
                + "DTSTART"
                + start.map(p -> " ('" + p.value() + "')").orElse("")
                + "; its start is unknown");
        events.add(
            common(input, vevent, cancelledCalendar)
                .uid(vevent.text("UID").orElse(null), BY)
                .build());
        continue;
      }
      Optional<Duration> length = length(vevent, written.get());
      // Read once per VEVENT (its description cleaned, its links found), copied per occurrence.
      RawEventBuilder shared = common(input, vevent, cancelledCalendar);
      for (Recurrences.Occurrence occurrence : recurrences.occurrences(vevent, written.get())) {
        RawEventBuilder event = shared.copy();
        event.uid(occurrence.uid().orElse(null), BY);
        Timed begin = times.place(occurrence.start());
        event.start(begin, BY);
        length
            .map(
                duration ->
                    times.place(
                        new IcsTimes.Written(
                            occurrence.start().local().plus(duration), occurrence.start().allDay(),
                            occurrence.start().utc(), occurrence.start().tzid())))
            .ifPresent(end -> event.end(end, BY));
        events.add(event.build());
      }
    }
    return new Extraction(Format.ICS.label(), events, List.of(), warnings, Optional.empty());
  }

  /** What every occurrence of the VEVENT shares: all but its times and UID. */
  private RawEventBuilder common(
      ParseInput input, IcsTree.Component vevent, boolean cancelledCalendar) {
    String description =
        vevent.text("DESCRIPTION").or(() -> vevent.text("X-ALT-DESC")).orElse(null);
    Optional<String> location = vevent.text("LOCATION");
    RawEventBuilder event =
        new RawEventBuilder(input.sourceId())
            .title(vevent.text("SUMMARY").orElse(""), BY)
            .description(description, BY);
    vevent
        .find("SUMMARY")
        .flatMap(summary -> summary.parameter("LANGUAGE"))
        .flatMap(Languages::normalize)
        .ifPresent(code -> event.language(code, BY));
    Optional<URI> url = vevent.text("URL").flatMap(link -> Links.resolve(input.baseUrl(), link));
    url.ifPresent(link -> event.url(link, BY));
    Optional<URI> join =
        JOIN_PROPERTIES.stream()
            .flatMap(name -> vevent.all(name).stream())
            .flatMap(property -> Links.resolve(null, property.value().strip()).stream())
            .findFirst()
            .or(() -> location.flatMap(JoinLinks::whole))
            .or(
                () ->
                    JoinLinks.find(
                        location.orElse(null), description, url.map(URI::toString).orElse(null)));
    Optional<String> place = location.filter(text -> JoinLinks.whole(text).isEmpty());
    place.ifPresent(text -> event.location(text, BY));
    join.ifPresent(
        link ->
            event
                .joinUrl(link, BY)
                .attendance(
                    place.isPresent() && !onlineWords(place.get())
                        ? Attendance.MIXED
                        : Attendance.ONLINE,
                    BY));
    vevent
        .find("ORGANIZER")
        .flatMap(organizer -> organizer.parameter("CN"))
        .ifPresent(name -> event.organizer(name, BY));
    for (IcsTree.Property categories : vevent.all("CATEGORIES")) {
      for (String category : IcsTree.unescape(categories.value()).split(",")) {
        event.type(category.strip(), BY);
      }
    }
    String status = vevent.text("STATUS").orElse("");
    if (status.equalsIgnoreCase("CANCELLED") || cancelledCalendar) {
      event.status(EventStatus.CANCELLED, BY);
    }
    vevent.text("CREATED").flatMap(FeedDates::parse).ifPresent(at -> event.published(at, BY));
    return event;
  }

  /** DTEND minus DTSTART, or DURATION; all-day events without either last the one day. */
  private static Optional<Duration> length(IcsTree.Component vevent, IcsTimes.Written start) {
    Optional<IcsTimes.Written> end =
        vevent
            .find("DTEND")
            .flatMap(dtend -> IcsTimes.written(dtend.value(), dtend.parameter("TZID")));
    if (end.isPresent() && !end.get().local().isBefore(start.local())) {
      Duration length = Duration.between(start.local(), end.get().local());
      // An all-day DTEND is exclusive: a one-day event has no end worth printing.
      return start.allDay() && length.toDays() <= 1
          ? Optional.empty()
          : Optional.of(start.allDay() ? length.minusDays(1) : length);
    }
    return vevent
        .text("DURATION")
        .flatMap(CalendarParser::duration)
        .filter(duration -> !duration.isNegative() && !(start.allDay() && duration.toDays() <= 1))
        .map(duration -> start.allDay() ? duration.minusDays(1) : duration);
  }

  private static Optional<Duration> duration(String written) {
    try {
      String iso = written.strip().toUpperCase(java.util.Locale.ROOT);
      // java.time reads weeks only through days: P2W is P14D.
      if (WEEKS.matcher(iso).matches()) {
        int weeks = Integer.parseInt(NOT_DIGIT.matcher(iso).replaceAll(""));
        return Optional.of(Duration.ofDays(7L * weeks));
      }
      return Optional.of(Duration.parse(iso));
    } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * ical4j's relaxed parser, for what {@link IcsLines} declines; a run of plain calendars never
   * loads it.
   */
  private static final class Relaxed {
    /** Reads the calendar into the tree; what stopped it, if anything. */
    static Optional<String> read(String bounded, IcsTree tree, List<String> warnings) {
      IcsHints.apply();
      try {
        String unfolded = IcsNesting.bound(bounded, warnings);
        new CalendarParserImpl().parse(new UnfoldingReader(new StringReader(unfolded)), tree);
        return Optional.empty();
      } catch (ParserException | IOException e) {
        return Optional.of("not a valid calendar: " + e.getMessage());
      } catch (RuntimeException e) {
        // ical4j on untrusted bytes: its surprises are this calendar's trouble, described.
        return Optional.of("the calendar could not be read: " + e);
      }
    }
  }

  private static boolean onlineWords(String location) {
    return ONLINE_WORDS.matcher(location.toLowerCase(java.util.Locale.ROOT)).matches();
  }
}
