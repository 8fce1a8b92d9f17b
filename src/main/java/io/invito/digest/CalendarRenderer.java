package io.invito.digest;

import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.output.IcsLines;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the week's events as an iCalendar file to import or subscribe to. Times are written in
 * UTC, so the file needs no VTIMEZONE and every calendar shows them in its own zone; the only clock
 * reading is the digest's, so the same week prints the same bytes.
 */
final class CalendarRenderer {
  private static final Logger LOG = LoggerFactory.getLogger(CalendarRenderer.class);

  static final String PRODUCT = "-//invito//weekly digest//EN";
  static final String UID_SUFFIX = "@invito";

  /**
   * Prints the page's events in its order (by start, title, id). The outputter does not validate:
   * ical4j applies iTIP's rule that a published VEVENT names an ORGANIZER by calendar address, and
   * feeds give us the organizer's name, never an address we could honestly put there.
   */
  String render(Digest digest, Page page) {
    Map<String, Event> events = new LinkedHashMap<>();
    for (Digest.Entry entry : digest.entries()) {
      events.putIfAbsent(entry.event().event().id(), entry.event().event());
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", page.labels().get("calendar.name", digest.week())));
    for (Page.Day day : page.days()) {
      for (EventSummary summary : day.events()) {
        Event event = events.get(summary.id());
        // A recording has no time to put in a calendar; the digest lists it, the calendar not.
        if (!event.onDemand()) {
          try {
            calendar.add(event(event, summary, digest.generatedAt(), page.labels()));
          } catch (RuntimeException | StackOverflowError failure) {
            // One event the calendar cannot hold leaves it out, not the whole week's calendar.
            LOG.warn("the digest's calendar leaves out event {}: {}", event.id(), failure, failure);
          }
        }
      }
    }
    if (calendar.getComponents().isEmpty()) {
      // RFC 5545 wants at least one component; UTC's zone shows nothing and invents no event.
      calendar.add(utc());
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print the calendar of " + digest.week(), e);
    } catch (ValidationException e) {
      throw new IllegalStateException("ical4j validated a calendar it was told not to", e);
    }
    return IcsLines.refold(out.toString());
  }

  private static VEvent event(Event event, EventSummary summary, Instant stamp, Labels labels) {
    VEvent component = new VEvent(false);
    component.add(new Uid(event.id() + UID_SUFFIX));
    component.add(new DtStamp(stamp));
    if (event.allDay()) {
      LocalDate first = event.requireStart().toLocalDate();
      component.add(new DtStart<>(first));
      // All-day ends are exclusive dates; an end on the start day says nothing more than DTSTART.
      event
          .end()
          .map(end -> end.toLocalDate())
          .filter(last -> last.isAfter(first))
          .ifPresent(last -> component.add(new DtEnd<>(last)));
    } else {
      component.add(new DtStart<>(event.requireStart().toInstant()));
      event
          .end()
          .filter(end -> end.isAfter(event.requireStart()))
          .ifPresent(end -> component.add(new DtEnd<>(end.toInstant())));
    }
    component.add(new Summary(summary.title()));
    component.add(new Description(description(summary, labels)));
    summary.link().ifPresent(link -> component.add(new Url(URI.create(link))));
    location(event).ifPresent(place -> component.add(new Location(place)));
    if (event.status() == EventStatus.CANCELLED) {
      component.add(ImmutableStatus.VEVENT_CANCELLED);
    } else if (event.status() == EventStatus.POSTPONED) {
      component.add(ImmutableStatus.VEVENT_TENTATIVE);
    }
    return component;
  }

  /** Plain text, one fact a line: what it is, how to attend, who to invite, then the blurb. */
  static String description(EventSummary summary, Labels labels) {
    List<String> lines = new ArrayList<>();
    // "New" is news in this week's digest only; a calendar keeps the event for good.
    summary.markers().stream()
        .filter(marker -> !marker.kind().equals("new"))
        .forEach(marker -> lines.add(marker.text()));
    for (EventSummary.Fact fact : summary.facts()) {
      lines.add(fact.label() + ": " + fact.value());
    }
    if (!summary.invitees().isEmpty()) {
      lines.add(
          labels.get("invitees")
              + ": "
              + summary.invitees().stream()
                  .map(EventSummary.Invitee::name)
                  .collect(Collectors.joining(", ")));
    }
    if (!summary.snippet().isEmpty()) {
      lines.add("");
      lines.add(summary.snippet());
    }
    return String.join("\n", lines);
  }

  /** The place, the platform, or both: what a calendar shows under the title. */
  private static Optional<String> location(Event event) {
    String text =
        Stream.of(event.location(), event.platform())
            .flatMap(Optional::stream)
            .map(DigestText::oneLine)
            .filter(part -> !part.isEmpty())
            .collect(Collectors.joining(" · "));
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static VTimeZone utc() {
    Standard standard = new Standard();
    standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
    standard.add(new TzOffsetFrom(ZoneOffset.UTC));
    standard.add(new TzOffsetTo(ZoneOffset.UTC));
    standard.add(new TzName("UTC"));
    VTimeZone zone = new VTimeZone();
    zone.add(new TzId("UTC"));
    zone.add(standard);
    return zone;
  }
}
