package io.invito.testing;

import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds test events from the defaults of an online Italian webinar next week in Rome, so a test
 * spells out only the fields it is about, and "the same event with one thing changed" is {@code
 * EventBuilder.from(event).title("x").build()}.
 *
 * <p>The defaults: id {@code ev-webinar}, title {@code Webinar}, starting {@link #NEXT_WEEK}, not
 * all-day, zone stated; a live, online, not interactive {@link EventKind#WEBINAR} in Italian
 * ({@code it}), scheduled, from the source {@code test}; every other field empty or unknown:
 * description, URL, end, platform, whether it is free, price, organizer, location, topics, UID.
 *
 * <p>Setters of optional fields take the bare value, and {@code null} for "none", so a fixture can
 * say "no price" in place.
 */
public final class EventBuilder {
  public static final ZoneId ROME = ZoneId.of("Europe/Rome");

  /**
   * Thursday 3 December 2026, 18:00 in Rome: "next week" for the fixed clocks the fixtures use (the
   * end of November 2026, writing for week 2026-W49). A fixed date, not one relative to today, so
   * that rendered outputs and golden files are the same on every run.
   */
  public static final ZonedDateTime NEXT_WEEK = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, ROME);

  private String id = "ev-webinar";
  private Function<Event, String> idRule;
  private String title = "Webinar";
  private String description = "";
  private Optional<URI> url = Optional.empty();
  private ZonedDateTime start = NEXT_WEEK; // null: on demand
  private Optional<ZonedDateTime> end = Optional.empty();
  private boolean allDay;
  private boolean zoneStated = true;
  private Set<EventKind> kinds = Set.of(EventKind.WEBINAR);
  private Attendance attendance = Attendance.ONLINE;
  private Optional<String> platform = Optional.empty();
  private Delivery delivery = Delivery.LIVE;
  private boolean interactive;
  private Optional<String> language = Optional.of("it");
  private Optional<Boolean> free = Optional.empty();
  private Optional<String> price = Optional.empty();
  private Optional<String> organizer = Optional.empty();
  private Optional<String> location = Optional.empty();
  private EventStatus status = EventStatus.SCHEDULED;
  private List<String> topics = List.of();
  private List<String> sources = List.of("test");
  private Optional<String> uid = Optional.empty();

  private EventBuilder() {}

  /** An online Italian webinar next week in Rome; see the class comment for every default. */
  public static EventBuilder webinar() {
    return new EventBuilder();
  }

  /** Starts from every field of {@code event}, to build a copy with some of them changed. */
  public static EventBuilder from(Event event) {
    EventBuilder builder = new EventBuilder();
    builder.id = event.id();
    builder.title = event.title();
    builder.description = event.description();
    builder.url = event.url();
    builder.start = event.start().orElse(null);
    builder.end = event.end();
    builder.allDay = event.allDay();
    builder.zoneStated = event.zoneStated();
    builder.kinds = event.kinds();
    builder.attendance = event.attendance();
    builder.platform = event.platform();
    builder.delivery = event.delivery();
    builder.interactive = event.interactive();
    builder.language = event.language();
    builder.free = event.free();
    builder.price = event.price();
    builder.organizer = event.organizer();
    builder.location = event.location();
    builder.status = event.status();
    builder.topics = event.topics();
    builder.sources = event.sources();
    builder.uid = event.uid();
    return builder;
  }

  public EventBuilder id(String value) {
    id = value;
    idRule = null;
    return this;
  }

  /**
   * Derives the id from the finished event, as a stage derives it from the URL, UID, title and
   * date, so that setting any of those later still gives the id the stage would give.
   */
  public EventBuilder idFrom(Function<Event, String> rule) {
    idRule = rule;
    return this;
  }

  public EventBuilder title(String value) {
    title = value;
    return this;
  }

  public EventBuilder description(String value) {
    description = value;
    return this;
  }

  /** The event's page; any string {@link URI#create} accepts, not only a web link. */
  public EventBuilder url(String value) {
    url = Optional.ofNullable(value).map(URI::create);
    return this;
  }

  /** A recording or video course: no start, watched whenever suits. */
  public EventBuilder onDemand() {
    start = null;
    delivery = Delivery.ON_DEMAND;
    return this;
  }

  /** Moves only the start: an end already set stays where it was. */
  public EventBuilder start(ZonedDateTime value) {
    start = value;
    return this;
  }

  public EventBuilder end(ZonedDateTime value) {
    end = Optional.ofNullable(value);
    return this;
  }

  public EventBuilder allDay(boolean value) {
    allDay = value;
    return this;
  }

  public EventBuilder zoneStated(boolean value) {
    zoneStated = value;
    return this;
  }

  public EventBuilder kinds(EventKind... values) {
    kinds = Set.of(values);
    return this;
  }

  public EventBuilder attendance(Attendance value) {
    attendance = value;
    return this;
  }

  public EventBuilder platform(String value) {
    platform = Optional.ofNullable(value);
    return this;
  }

  public EventBuilder delivery(Delivery value) {
    delivery = value;
    return this;
  }

  public EventBuilder interactive(boolean value) {
    interactive = value;
    return this;
  }

  public EventBuilder language(String code) {
    language = Optional.ofNullable(code);
    return this;
  }

  public EventBuilder free(Boolean value) {
    free = Optional.ofNullable(value);
    return this;
  }

  public EventBuilder price(String value) {
    price = Optional.ofNullable(value);
    return this;
  }

  public EventBuilder organizer(String name) {
    organizer = Optional.ofNullable(name);
    return this;
  }

  public EventBuilder location(String place) {
    location = Optional.ofNullable(place);
    return this;
  }

  public EventBuilder status(EventStatus value) {
    status = value;
    return this;
  }

  public EventBuilder topics(String... values) {
    return topics(List.of(values));
  }

  public EventBuilder topics(List<String> values) {
    topics = values;
    return this;
  }

  public EventBuilder sources(String... values) {
    return sources(List.of(values));
  }

  public EventBuilder sources(List<String> values) {
    sources = values;
    return this;
  }

  public EventBuilder uid(String value) {
    uid = Optional.ofNullable(value);
    return this;
  }

  public Event build() {
    Event event =
        new Event(
            id,
            title,
            description,
            url,
            Optional.ofNullable(start),
            end,
            allDay,
            zoneStated,
            kinds,
            attendance,
            platform,
            delivery,
            interactive,
            language,
            free,
            price,
            organizer,
            location,
            status,
            topics,
            sources,
            uid);
    return idRule == null ? event : from(event).id(idRule.apply(event)).build();
  }

  /** The event as the store knows it: seen and changed at these instants, never moved before. */
  public KnownEvent known(Instant firstSeen, Instant lastChanged) {
    return new KnownEvent(build(), firstSeen, lastChanged, Optional.empty(), Optional.empty());
  }
}
