package io.invito.parse;

import com.rometools.rome.io.WireFeedParser;
import com.rometools.rome.io.impl.FeedParsers;
import io.invito.model.Attendance;
import io.invito.model.RawEvent;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom feeds from bytes the fetcher already got: Rome names the format,
 * the items are read from the XML tree (FeedText, FeedElements). Each item becomes one {@link
 * RawEvent}; its publication date is kept as {@code published}, never taken for the event's date,
 * which comes from the event module or from the item's text.
 */
final class FeedParser {
  /** Rome's format recognisers; each only looks at the root, and they hold no state. */
  private static final FeedParsers FORMATS = new FeedParsers();

  /**
   * What a feed says of itself beside its items, for the conformance suites.
   *
   * @param title the channel's title as plain text, empty when unknown
   * @param link the channel's own link, resolved
   */
  record FeedRead(Extraction extraction, String title, Optional<URI> link) {}

  Extraction parse(ParseInput input, Format sniffed) {
    return read(input, sniffed).extraction();
  }

  FeedRead read(ParseInput input, Format sniffed) {
    List<String> warnings = new ArrayList<>();
    XmlCleaner.CleanXml clean = XmlCleaner.clean(input.bytes(), input.contentType());
    warnings.addAll(clean.warnings());
    if (clean.refused().isPresent()) {
      return unread(Extraction.failed(sniffed.label(), clean.refused().get(), warnings));
    }
    Element root;
    WireFeedParser rome;
    try {
      root = XmlTreeBuilder.build(clean.text(), warnings).getRootElement();
      if (root.getName().equals("rss") && root.getChild("channel") == null) {
        // Rome fails on an RSS root with no channel; it is an empty feed, not a broken one.
        warnings.add("an RSS feed with no channel: no items");
        return unread(
            new Extraction(Format.RSS.label(), List.of(), List.of(), warnings, Optional.empty()));
      }
      // Rome says which format this is; the items are read from the tree (see FeedText).
      rome = FORMATS.getParserFor(root.getDocument());
    } catch (RuntimeException e) {
      // Rome and jsoup are third-party parsers fed untrusted bytes: their surprises are this
      // source's trouble, described, not the run's.
      return unread(
          Extraction.failed(sniffed.label(), "the feed could not be read: " + e, warnings));
    }
    if (rome == null) {
      return unread(
          Extraction.failed(
              sniffed.label(), "not a feed Rome can read: no RSS or Atom root", warnings));
    }
    Format format = formatOf(rome.getType(), sniffed);
    String by = format == Format.ATOM ? "atom" : "rss";
    URI documentBase = FeedElements.baseOf(root, input.baseUrl());
    // RSS says its language in <language> or dc:language; Atom with xml:lang on the root.
    Optional<String> language =
        FeedText.language(root)
            .flatMap(Languages::normalize)
            .or(() -> Languages.normalize(root.getAttributeValue("lang", Namespace.XML_NAMESPACE)));
    List<RawEvent> events = new ArrayList<>();
    // The event pages worth reading: first those of items with no date at all, then those of
    // items dated only from their text, whose page may say the time, zone or join link.
    Set<URI> undated = new LinkedHashSet<>();
    Set<URI> textDated = new LinkedHashSet<>();
    List<Element> items = FeedElements.itemElements(root);
    for (int i = 0; i < items.size(); i++) {
      RawEventBuilder event = entry(input, items.get(i), by, language, i + 1, warnings);
      Set<URI> links =
          !event.hasStart()
              ? undated
              : event.startBy().equals(Optional.of("text")) ? textDated : null;
      if (links != null) {
        event
            .findUrl()
            .filter(url -> !undated.contains(url) && !textDated.contains(url))
            .ifPresent(links::add);
      }
      events.add(event.build());
    }
    List<URI> links = new ArrayList<>(undated);
    links.addAll(textDated);
    Extraction extraction =
        new Extraction(
            format.label(),
            events,
            links.subList(0, Math.min(links.size(), ListingLinks.MAX_LINKS)),
            warnings,
            Optional.empty(),
            format == Format.ATOM ? Optional.empty() : FeedElements.ttl(root, warnings));
    Element channel = FeedText.channel(root);
    return new FeedRead(
        extraction,
        TextCleaner.clean(FeedText.title(channel)),
        FeedText.link(root).flatMap(link -> Links.resolve(documentBase, link)));
  }

  private static FeedRead unread(Extraction failed) {
    return new FeedRead(failed, "", Optional.empty());
  }

  private RawEventBuilder entry(
      ParseInput input,
      Element item,
      String by,
      Optional<String> language,
      int number,
      List<String> warnings) {
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
      TextDates.find(event.title() + ". " + event.description(), reference, input.zone())
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

  private static Format formatOf(String feedType, Format sniffed) {
    if (feedType == null) {
      return sniffed;
    }
    if (feedType.startsWith("atom")) {
      return Format.ATOM;
    }
    // Rome names RSS 0.90, which is RDF like RSS 1.0, "rss_0.9".
    return feedType.equals("rss_1.0") || feedType.equals("rss_0.9") ? Format.RDF : Format.RSS;
  }
}
