package io.invito.parse;

import io.invito.model.Attendance;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Reads each feed item into an event as the XML parser hands it over: title, description, links,
 * categories, publication date, the event module's fields, and a date written in the text. It keeps
 * the events, not the items, so the XML of a large feed can go as soon as it has been read.
 */
final class FeedItemReader implements XmlTreeBuilder.ItemSink {
  private final ParseInput input;
  private List<RawEventBuilder> events = new ArrayList<>();
  private List<String> warnings = new ArrayList<>();
  private Optional<String> language = Optional.empty();
  private String by;
  private int seen;

  FeedItemReader(ParseInput input) {
    this.input = input;
  }

  /**
   * The feed's language as far as it has been read: RSS's language or dc:language in the channel,
   * else Atom's xml:lang on the root.
   */
  static Optional<String> language(Element root) {
    return FeedText.language(root)
        .flatMap(Languages::normalize)
        .or(() -> Languages.normalize(root.getAttributeValue("lang", Namespace.XML_NAMESPACE)));
  }

  @Override
  public void item(Element item) {
    Element root = item.getDocument().getRootElement();
    if (events.isEmpty()) {
      // The channel's own elements come before its items in every feed we know of.
      by = root.getName().equals("feed") ? "atom" : "rss";
      language = language(root);
    }
    seen++;
    // Past the limit per document an item is only counted: reading its dates from its text is
    // what made a feed of 100,000 items cost minutes.
    if (events.size() < DocumentLimits.MAX_ITEMS) {
      events.add(entry(item, by, language, events.size() + 1));
    }
  }

  /** How many items the feed had, read or not. */
  int seen() {
    return seen;
  }

  @Override
  public void startOver() {
    seen = 0;
    events = new ArrayList<>();
    warnings = new ArrayList<>();
  }

  /** What the items said that was wrong (dates that are no dates), item by item. */
  List<String> warnings() {
    return warnings;
  }

  /**
   * The events read, each told the feed's language when its item was read before the channel said
   * it.
   */
  List<RawEventBuilder> read(Optional<String> feedLanguage) {
    if (language.isEmpty() && feedLanguage.isPresent()) {
      events.forEach(event -> event.language(feedLanguage.get(), by));
    }
    return events;
  }

  private RawEventBuilder entry(Element item, String by, Optional<String> language, int number) {
    URI base = FeedElements.baseOf(item, input.baseUrl());
    String description = FeedText.description(item);
    RawEventBuilder event =
        new RawEventBuilder(input.sourceId())
            .uid(FeedText.uid(item, by.equals("atom")).orElse(null), by)
            .title(FeedText.title(item), by)
            .description(description, by)
            .url(link(item, base).orElse(null), by);
    language.ifPresent(code -> event.language(code, by));
    for (String category : FeedText.categories(item)) {
      event.type(TextCleaner.clean(category), by);
    }
    Optional<Instant> published = FeedElements.published(item, warnings, number);
    published.ifPresent(instant -> event.published(instant, by));

    EventModule module = EventModule.of(item);
    module
        .find("startdate", "dtstart")
        .flatMap(text -> moduleTime(module, text, "dtstart", input))
        .ifPresent(
            start -> event.start(start, module.find("startdate").isPresent() ? "ev" : "xcal"));
    module
        .find("enddate", "dtend")
        .flatMap(text -> moduleTime(module, text, "dtend", input))
        .ifPresent(end -> event.end(end, module.find("enddate").isPresent() ? "ev" : "xcal"));
    module
        .find("location")
        .ifPresent(
            place ->
                JoinLinks.whole(place)
                    .ifPresentOrElse(
                        join -> event.joinUrl(join, "ev"), () -> event.location(place, "ev")));
    module.find("organizer").ifPresent(name -> event.organizer(name, "ev"));
    module.find("type", "categories").ifPresent(type -> event.type(type, "ev"));
    if (event.title().isEmpty()) {
      module.find("summary").ifPresent(summary -> event.title(summary, "xcal"));
    }
    if (event.findUrl().isEmpty()) {
      module
          .find("url")
          .flatMap(link -> Links.resolve(base, link))
          .ifPresent(link -> event.url(link, "xcal"));
    }
    module
        .find("startdate", "dtstart")
        .filter(written -> !event.hasStart())
        .ifPresent(
            written ->
                warnings.add(
                    "item " + number + ": event start '" + written + "' is not a valid date"));
    if (!event.hasStart()) {
      ZoneId referenceZone = input.zone().orElse(ZoneOffset.UTC);
      Optional<LocalDate> reference = published.map(at -> LocalDate.ofInstant(at, referenceZone));
      TextDates.find(
              event.title() + ". " + event.description(),
              reference,
              input.zone(),
              FeedLocales.find(Optional.of(item)))
          .ifPresent(
              found -> {
                event.start(found.start(), "text");
                found.end().ifPresent(end -> event.end(end, "text"));
              });
    }
    JoinLinks.find(description)
        .ifPresent(
            join ->
                event
                    .joinUrl(join, "text")
                    .attendance(
                        event.hasLocation() ? Attendance.MIXED : Attendance.ONLINE, "text"));
    return event;
  }

  /** An event-module date: ISO or iCalendar's basic form, in its TZID when xCal gives one. */
  private static Optional<Timed> moduleTime(
      EventModule module, String written, String xcalName, ParseInput input) {
    Optional<java.time.ZoneId> tzid = module.tzid(xcalName).flatMap(Timed::findZone);
    if (tzid.isPresent()) {
      Optional<IsoTimes.Parts> parts =
          IsoTimes.parts(written)
              .filter(read -> read.offset().isEmpty() && read.time().isPresent());
      if (parts.isPresent()) {
        return Optional.of(Timed.inZone(parts.get().time().get(), tzid.get()));
      }
    }
    return IsoTimes.read(written, input.zone());
  }

  /** The item's own link: Atom's alternate link or RSS's link element, else a permalink guid. */
  private static Optional<URI> link(Element item, URI base) {
    return FeedElements.ownLink(item)
        .or(() -> FeedText.permalink(item))
        .flatMap(text -> Links.resolve(base, text));
  }
}
