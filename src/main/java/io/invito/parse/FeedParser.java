package io.invito.parse;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
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
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom feeds with Rome, from bytes the fetcher already got. Each item
 * becomes one {@link RawEvent}; its publication date is kept as {@code published}, never taken for
 * the event's date, which comes from the event module or from the item's text.
 */
final class FeedParser {

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
    Document document;
    SyndFeed feed;
    List<Optional<Instant>> dates = new ArrayList<>();
    try {
      document = XmlTreeBuilder.build(clean.text(), warnings);
      if (document.getRootElement().getName().equals("rss")
          && document.getRootElement().getChild("channel") == null) {
        // Rome fails on an RSS root with no channel; it is an empty feed, not a broken one.
        warnings.add("an RSS feed with no channel: no items");
        return unread(
            new Extraction(Format.RSS.label(), List.of(), List.of(), warnings, Optional.empty()));
      }
      // Dates are read here, with java.time, before Rome sees the document: Rome's own reading
      // tries dozens of SimpleDateFormat masks per date and was a sixth of a feed's parse time.
      List<Element> itemsBefore = FeedElements.itemElements(document.getRootElement());
      for (int i = 0; i < itemsBefore.size(); i++) {
        dates.add(FeedElements.published(itemsBefore.get(i), warnings, i + 1));
        itemsBefore
            .get(i)
            .getChildren()
            .removeIf(child -> FeedElements.DATE_ELEMENTS.contains(child.getName()));
      }
      feed = new SyndFeedInput().build(document);
    } catch (FeedException | IllegalArgumentException e) {
      return unread(
          Extraction.failed(
              sniffed.label(), "not a feed Rome can read: " + e.getMessage(), warnings));
    } catch (RuntimeException e) {
      // Rome and jsoup are third-party parsers fed untrusted bytes: their surprises are this
      // source's trouble, described, not the run's.
      return unread(
          Extraction.failed(sniffed.label(), "the feed could not be read: " + e, warnings));
    }
    Format format = formatOf(feed.getFeedType(), sniffed);
    String by = format == Format.ATOM ? "atom" : "rss";
    URI documentBase = FeedElements.baseOf(document.getRootElement(), input.baseUrl());
    List<Element> items = FeedElements.itemElements(document.getRootElement());
    List<SyndEntry> entries = feed.getEntries();
    if (items.size() != entries.size()) {
      warnings.add(
          "could not match "
              + entries.size()
              + " entries to "
              + items.size()
              + " item elements; links resolve against the feed URL only");
    }
    // Rome reads RSS's <language> and dc:language; Atom says it with xml:lang on the root.
    Optional<String> language =
        Languages.normalize(feed.getLanguage())
            .or(
                () ->
                    Languages.normalize(
                        document
                            .getRootElement()
                            .getAttributeValue("lang", Namespace.XML_NAMESPACE)));
    List<RawEvent> events = new ArrayList<>();
    // The event pages worth reading: first those of items with no date at all, then those of
    // items dated only from their text, whose page may say the time, zone or join link.
    Set<URI> undated = new LinkedHashSet<>();
    Set<URI> textDated = new LinkedHashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Optional<Element> item =
          items.size() == entries.size() ? Optional.of(items.get(i)) : Optional.empty();
      Optional<Instant> published = item.isPresent() ? dates.get(i) : Optional.empty();
      RawEventBuilder event =
          entry(
              input, entries.get(i), item, documentBase, by, language, published, i + 1, warnings);
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
            format == Format.ATOM
                ? Optional.empty()
                : FeedElements.ttl(document.getRootElement(), warnings));
    String title = TextCleaner.clean(feed.getTitle());
    if (feed.getTitle() == null || feed.getTitle().isBlank()) {
      Element root = document.getRootElement();
      Element channel = root.getChild("channel", root.getNamespace());
      title =
          TextCleaner.clean(
              FeedElements.anyNamed(channel != null ? channel : root, "title").orElse(""));
    }
    return new FeedRead(
        extraction,
        title,
        Optional.ofNullable(feed.getLink()).flatMap(link -> Links.resolve(documentBase, link)));
  }

  private static FeedRead unread(Extraction failed) {
    return new FeedRead(failed, "", Optional.empty());
  }

  private RawEventBuilder entry(
      ParseInput input,
      SyndEntry entry,
      Optional<Element> item,
      URI documentBase,
      String by,
      Optional<String> language,
      Optional<Instant> published,
      int number,
      List<String> warnings) {
    URI base =
        item.map(element -> FeedElements.baseOf(element, input.baseUrl())).orElse(documentBase);
    String description = text(entry.getDescription());
    if (description.isBlank() && !entry.getContents().isEmpty()) {
      description = text(entry.getContents().get(0));
    }
    // What Rome leaves out: dc:title, media:title, xhtml:body, fullitem.
    if (description.isBlank()) {
      description =
          item.flatMap(element -> FeedElements.anyNamed(element, "body", "fullitem", "description"))
              .orElse("");
    }
    String title =
        entry.getTitle() != null && !entry.getTitle().isBlank()
            ? entry.getTitle()
            : item.flatMap(element -> FeedElements.anyNamed(element, "title")).orElse(null);
    RawEventBuilder event =
        new RawEventBuilder(input.sourceId())
            .uid(entry.getUri(), by)
            .title(title, by)
            .description(description, by)
            .url(link(entry, item, base).orElse(null), by);
    language.ifPresent(code -> event.language(code, by));
    for (SyndCategory category : entry.getCategories()) {
      event.type(TextCleaner.clean(category.getName()), by);
    }
    published.ifPresent(instant -> event.published(instant, by));

    EventModule module = EventModule.of(item, entry.getForeignMarkup());
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
    if (entry.getTitle() == null || entry.getTitle().isBlank()) {
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
              FeedLocales.find(item))
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

  /** The item's own link: Atom's alternate link or RSS's link element, else Rome's reading. */
  private static Optional<URI> link(SyndEntry entry, Optional<Element> item, URI base) {
    Optional<String> href = item.flatMap(FeedElements::ownLink);
    return href.or(() -> Optional.ofNullable(entry.getLink()))
        .flatMap(text -> Links.resolve(base, text));
  }

  private static String text(SyndContent content) {
    return content == null || content.getValue() == null ? "" : content.getValue();
  }

  private static Format formatOf(String feedType, Format sniffed) {
    if (feedType == null) {
      return sniffed;
    }
    if (feedType.startsWith("atom")) {
      return Format.ATOM;
    }
    return feedType.equals("rss_1.0") || feedType.equals("rss_0.90") ? Format.RDF : Format.RSS;
  }
}
