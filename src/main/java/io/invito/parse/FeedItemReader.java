package io.invito.parse;

import io.invito.model.Attendance;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private static final int CONTENT_OPENING = 600;

  /** A feed whose address or title says it lists events: "/eventi/", "Events", "Agenda". */
  private static final java.util.regex.Pattern EVENTS_FEED =
      java.util.regex.Pattern.compile(
          "(?iu)(?<![\\p{L}])(eventi|events?|agenda|calendari[oa]|appuntamenti|webinars?|"
              + "seminari|corsi|courses|meetups?)(?![\\p{L}])");

  private String by;
  // What tells a feed that dates its items by their events (see eventDateFeed).
  private Map<RawEventBuilder, Instant> undated = new LinkedHashMap<>();
  private int textDated;
  private int sameDay;
  private boolean namesEvents;
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
      Element channel = FeedText.channel(root);
      namesEvents =
          EVENTS_FEED
              .matcher(
                  input.baseUrl().getPath()
                      + " "
                      + FeedText.title(channel)
                      + " "
                      + FeedText.link(root).orElse(""))
              .find();
    }
    seen++;
    // Past the limit per document an item is only counted: reading its dates from its text is
    // what made a feed of 100,000 items cost minutes.
    if (events.size() < DocumentLimits.MAX_ITEMS) {
      List<RawEventBuilder> sessions = entry(item, by, language, events.size() + 1);
      events.addAll(sessions);
      tally(sessions.get(0), sessions.get(0).findPublished());
    }
  }

  @Override
  public boolean full() {
    return events.size() >= DocumentLimits.MAX_ITEMS;
  }

  @Override
  public void skipped() {
    seen++;
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
    undated = new LinkedHashMap<>();
    textDated = 0;
    sameDay = 0;
    namesEvents = false;
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
    if (eventDateFeed()) {
      for (Map.Entry<RawEventBuilder, Instant> undated : this.undated.entrySet()) {
        LocalDate day = LocalDate.ofInstant(undated.getValue(), zone());
        RawEventBuilder event = undated.getKey();
        String text = event.title() + "\n" + event.description();
        Optional<TextDates.Found> times = TextDates.timesOnDay(text, day, input.zone());
        String by = "pubDate (this feed dates its items by their events)";
        event.start(times.map(TextDates.Found::start).orElse(Timed.allDay(day)), by);
        times.flatMap(TextDates.Found::end).ifPresent(end -> event.end(end, by));
      }
    }
    return events;
  }

  /**
   * Whether this feed's items are dated by their events rather than by their posts, as some event
   * plugins and "events" sections do: most items whose text gives a date give the very day of their
   * pubDate, or the feed says it lists events and several items do. Then an item with no date in
   * its text is on its pubDate's day. Never for an ordinary blog, whose posts come days before the
   * events they announce.
   */
  private boolean eventDateFeed() {
    return undated.size() > 0
        && (textDated >= 3 && sameDay * 2 > textDated || namesEvents && sameDay >= 2);
  }

  private ZoneId zone() {
    return input.zone().orElse(ZoneOffset.UTC);
  }

  /** Counts an item whose text gave a date, and whether it is its pubDate's day. */
  private void tally(RawEventBuilder event, Optional<Instant> published) {
    if (published.isEmpty()) {
      return;
    }
    if (!event.hasStart()) {
      undated.put(event, published.get());
      return;
    }
    textDated++;
    LocalDate day = LocalDate.ofInstant(published.get(), zone());
    if (event.findStartDay().filter(day::equals).isPresent()) {
      sameDay++;
    }
  }

  /** The item's event, or one per session when its text lists several sharing their hours. */
  private List<RawEventBuilder> entry(
      Element item, String by, Optional<String> language, int number) {
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
    Optional<String> content = FeedText.content(item).filter(html -> !html.equals(description));
    if (!event.hasStart()) {
      // An event platform's own markup inside the content (Discourse: data-start, data-timezone).
      content
          .or(() -> Optional.of(description))
          .flatMap(html -> EmbeddedTimes.find(html, input.zone()))
          .ifPresent(
              found -> {
                event.start(found.start(), "html-data");
                found.end().ifPresent(end -> event.end(end, "html-data"));
              });
    }
    JoinLinks.find(description).ifPresent(join -> joined(event, join));
    if (!event.hasStart()) {
      ZoneId referenceZone = input.zone().orElse(ZoneOffset.UTC);
      Optional<LocalDate> reference = published.map(at -> LocalDate.ofInstant(at, referenceZone));
      Optional<java.util.Locale> locale = FeedLocales.find(Optional.of(item));
      String written = event.title() + ". " + event.description();
      Optional<TextDates.Dated> dated =
          TextDates.findWithSessions(written, reference, input.zone(), locale);
      dated
          .map(TextDates.Dated::found)
          .or(
              () ->
                  content.flatMap(
                      html -> TextDates.find(opening(html), reference, input.zone(), locale)))
          .ifPresent(
              found -> {
                event.start(found.start(), "text");
                found.end().ifPresent(end -> event.end(end, "text"));
              });
      if (dated.isPresent()) {
        return sessions(event, dated.get().sessions());
      }
    }
    return List.of(event);
  }

  private static void joined(RawEventBuilder event, URI join) {
    event
        .joinUrl(join, "text")
        .attendance(event.hasLocation() ? Attendance.MIXED : Attendance.ONLINE, "text");
  }

  /**
   * One event per session, each with its own start and an id of its own, so that the store keeps
   * them apart; the item itself when the text lists no sessions.
   */
  private static List<RawEventBuilder> sessions(
      RawEventBuilder event, List<TextDates.Found> sessions) {
    if (sessions.size() < 2) {
      return List.of(event);
    }
    List<RawEventBuilder> each = new ArrayList<>();
    for (TextDates.Found session : sessions) {
      RawEventBuilder copy = event.copy().start(session.start(), "text; a session of the item");
      copy.clearEnd();
      session.end().ifPresent(end -> copy.end(end, "text; a session of the item"));
      event
          .findUid()
          .or(() -> event.findUrl().map(URI::toString))
          .ifPresent(uid -> copy.uid(uid + "#" + session.start().time().local(), "feed"));
      each.add(copy);
    }
    return each;
  }

  /**
   * The opening of an item's full content, where a post that leaves its date out of the summary
   * writes it; the rest of a long article (release notes, version numbers) dates nothing.
   */
  private static String opening(String html) {
    String text = TextCleaner.clean(html);
    return text.substring(0, Math.min(text.length(), CONTENT_OPENING));
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
