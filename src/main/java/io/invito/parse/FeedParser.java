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
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom feeds from bytes the fetcher already got: Rome names the format,
 * the items are read from the XML tree (FeedText, FeedElements). Each item becomes one {@link
 * RawEvent}; its publication date is kept as {@code published}, never taken for the event's date,
 * which comes from the event module or from the item's text.
 */
final class FeedParser {
  private static final Namespace RDF =
      Namespace.getNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  private static final String ATOM_1_0 = "http://www.w3.org/2005/Atom";

  /**
   * Rome's format recognisers; each only looks at the root, and they hold no state. In a holder:
   * making them loads and instantiates Rome's eleven parsers by reflection, 4-5% of the CPU of an
   * extract run, and most feeds are known without them (see {@link #plainFormat}).
   */
  private static final class Rome {
    static final FeedParsers FORMATS = new FeedParsers();
  }

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
    FeedItemReader items = new FeedItemReader(input);
    Optional<Document> asIs;
    try {
      // Most feeds are well-formed UTF-8: their bytes go to the strict parser as they are. Only
      // a feed that needs a repair, or that the strict parse refuses, is decoded and cleaned.
      asIs =
          XmlCleaner.readableAsIs(input.bytes(), input.contentType())
              ? XmlTreeBuilder.buildAsIs(input.bytes(), items)
              : Optional.empty();
    } catch (RuntimeException e) {
      return unread(failed(sniffed, e, warnings));
    }
    XmlCleaner.CleanXml clean =
        asIs.isPresent() ? null : XmlCleaner.clean(input.bytes(), input.contentType());
    if (clean != null) {
      warnings.addAll(clean.warnings());
      if (clean.refused().isPresent()) {
        return unread(Extraction.failed(sniffed.label(), clean.refused().get(), warnings));
      }
    }
    Element root;
    Optional<Format> format;
    try {
      root =
          asIs.orElseGet(() -> XmlTreeBuilder.build(clean.text(), warnings, items))
              .getRootElement();
      // Rome says which format this is; the items are read from the tree (see FeedText).
      format = plainFormat(root);
      if (format.isEmpty()) {
        WireFeedParser rome = Rome.FORMATS.getParserFor(root.getDocument());
        format = rome != null ? Optional.of(formatOf(rome.getType(), sniffed)) : formatByRoot(root);
      }
    } catch (RuntimeException e) {
      return unread(failed(sniffed, e, warnings));
    }
    if (format.isEmpty()) {
      return unread(
          Extraction.failed(
              sniffed.label(),
              "not an RSS or Atom feed: the root element is <" + root.getQualifiedName() + ">",
              warnings));
    }
    warnings.addAll(items.warnings());
    if (items.seen() > DocumentLimits.MAX_ITEMS) {
      warnings.add(DocumentLimits.capped(items.seen()));
    }
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
            format.get().label(),
            events,
            links.subList(0, Math.min(links.size(), ListingLinks.MAX_LINKS)),
            warnings,
            Optional.empty(),
            format.get() == Format.ATOM ? Optional.empty() : FeedElements.ttl(root, warnings));
    URI documentBase = FeedElements.baseOf(root, input.baseUrl());
    return new FeedRead(
        extraction,
        TextCleaner.clean(FeedText.title(FeedText.channel(root))),
        FeedText.link(root).flatMap(link -> Links.resolve(documentBase, link)));
  }

  /**
   * Rome, Xerces and jsoup are third-party parsers fed untrusted bytes: their surprises are this
   * source's trouble, described, not the run's.
   */
  private static Extraction failed(Format sniffed, RuntimeException e, List<String> warnings) {
    return Extraction.failed(sniffed.label(), "the feed could not be read: " + e, warnings);
  }

  private static FeedRead unread(Extraction failed) {
    return new FeedRead(failed, "", Optional.empty());
  }

  /**
   * The format of the two roots nearly every feed has, as Rome's recognisers name it without being
   * asked: an {@code <rss>} in no namespace is claimed, if at all, only by Rome's RSS 0.91-2.0
   * parsers (its RSS 0.90 and 1.0 parsers want the RDF namespace on the root, its Atom parsers
   * Atom's), and a {@code <feed>} in Atom 1.0's namespace only by its Atom 1.0 parser; either way,
   * or by {@link #formatByRoot} when none claims it, the format is the same. Empty for any other
   * root, which Rome decides.
   */
  private static Optional<Format> plainFormat(Element root) {
    String namespace = root.getNamespaceURI();
    if (root.getName().equals("rss") && namespace.isEmpty()) {
      return Optional.of(Format.RSS);
    }
    if (root.getName().equals("feed") && namespace.equals(ATOM_1_0)) {
      return Optional.of(Format.ATOM);
    }
    return Optional.empty();
  }

  /**
   * The format of a feed Rome refuses, by its root's local name, as feedparser decides it. Rome
   * knows Atom only in the 0.3 and 1.0 namespaces and RSS 1.0 only with a channel, while feeds in
   * the wild put {@code <feed>} in other namespaces or none and publish an {@code rdf:RDF} with no
   * channel yet. Every item is read by local name anyway (FeedElements.isItem), so the root's name
   * is all the format decides; an {@code <rss>} of a version Rome does not know is RSS too.
   */
  private static Optional<Format> formatByRoot(Element root) {
    return switch (root.getName()) {
      case "feed" -> Optional.of(Format.ATOM);
      case "rss" -> Optional.of(Format.RSS);
      case "RDF" -> Optional.of(Format.RDF).filter(rdf -> root.getNamespace().equals(RDF));
      default -> Optional.empty();
    };
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
