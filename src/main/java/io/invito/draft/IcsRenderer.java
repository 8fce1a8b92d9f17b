package io.invito.draft;

import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import io.invito.output.IcsLines;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The event as an iCalendar object ({@code METHOD:PUBLISH}) to attach to an e-mail draft, so the
 * contact can add it to a calendar in one click. Times are in UTC: every client reads them the same
 * way, with no VTIMEZONE to carry.
 */
final class IcsRenderer {
  static final String PRODUCT = "-//invito//Invitation draft//EN";

  private IcsRenderer() {}

  /**
   * Renders the calendar. DTSTAMP is when invito last saw the event change, not the clock, so an
   * unchanged event renders to the same bytes on every run.
   */
  static String render(KnownEvent known) {
    Event event = known.event();
    VEvent vevent = new VEvent(false);
    vevent.add(new DtStamp(known.lastChanged().truncatedTo(ChronoUnit.SECONDS)));
    vevent.add(new Uid(event.id() + "@invito"));
    vevent.add(new DtStart<>(start(event)));
    end(event).ifPresent(end -> vevent.add(new DtEnd<>(end)));
    vevent.add(new Summary(Texts.oneLine(event.title())));
    String description = event.description() == null ? "" : event.description().strip();
    if (!description.isEmpty()) {
      vevent.add(new Description(description));
    }
    String link = Wording.link(event);
    if (!link.isEmpty()) {
      vevent.add(new Url(URI.create(link)));
    }
    location(event).ifPresent(place -> vevent.add(new Location(place)));
    vevent.add(status(event.status()));

    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(vevent);
    StringWriter out = new StringWriter();
    // Not validated on output: ical4j's PUBLISH rules demand an ORGANIZER with an address, and
    // invito knows the organiser's name at most; every client reads a PUBLISH without one.
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the calendar of " + event.id(), e);
    } catch (ValidationException e) {
      throw new IllegalStateException(
          "the calendar of " + event.id() + " is not valid: " + e.getMessage(), e);
    }
    return IcsLines.refold(out.toString());
  }

  /** A day (VALUE=DATE) for an all-day event; else the instant, written in UTC. */
  private static Temporal start(Event event) {
    if (event.allDay()) {
      return event.requireStart().toLocalDate();
    }
    return event.requireStart().toInstant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static Optional<Temporal> end(Event event) {
    if (event.allDay()) {
      // DTEND of a whole-day event is exclusive: the day after the last one.
      LocalDate last =
          event
              .end()
              .map(end -> end.toLocalDate())
              .filter(day -> !day.isBefore(event.requireStart().toLocalDate()))
              .orElse(event.requireStart().toLocalDate());
      return Optional.of(last.plusDays(1));
    }
    return event
        .end()
        .filter(end -> end.isAfter(event.requireStart()))
        .map(end -> (Temporal) end.toInstant().truncatedTo(ChronoUnit.SECONDS));
  }

  private static Optional<String> location(Event event) {
    return event
        .location()
        .map(Texts::oneLine)
        .filter(text -> !text.isEmpty())
        .or(() -> event.platform().map(Texts::oneLine).filter(text -> !text.isEmpty()));
  }

  private static Status status(EventStatus status) {
    return switch (status) {
      case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
      case POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
      case SCHEDULED, RESCHEDULED, MOVED_ONLINE -> ImmutableStatus.VEVENT_CONFIRMED;
    };
  }
}
