package io.invito.parse;

import com.rometools.rome.io.WireFeedParser;
import com.rometools.rome.io.impl.FeedParsers;
import io.invito.model.RawEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Element;

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
    FeedItemReader items = new FeedItemReader(input);
    Element root;
    WireFeedParser rome;
    try {
      root = XmlTreeBuilder.build(clean.text(), warnings, items).getRootElement();
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
    warnings.addAll(items.warnings());
    List<RawEvent> events = new ArrayList<>();
    // The event pages worth reading: first those of items with no date at all, then those of
    // items dated only from their text, whose page may say the time, zone or join link.
    Set<URI> undated = new LinkedHashSet<>();
    Set<URI> textDated = new LinkedHashSet<>();
    for (RawEventBuilder event : items.read(FeedItemReader.language(root))) {
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
    URI documentBase = FeedElements.baseOf(root, input.baseUrl());
    return new FeedRead(
        extraction,
        TextCleaner.clean(FeedText.title(FeedText.channel(root))),
        FeedText.link(root).flatMap(link -> Links.resolve(documentBase, link)));
  }

  private static FeedRead unread(Extraction failed) {
    return new FeedRead(failed, "", Optional.empty());
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
