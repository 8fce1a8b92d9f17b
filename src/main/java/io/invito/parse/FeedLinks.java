package io.invito.parse;

import io.invito.config.SourceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds and calendars a web page points to, as feed readers do when given a site's
 * address: {@code <link rel="alternate">} with an RSS or Atom type, {@code text/calendar} links,
 * and anchors to {@code webcal:} or {@code .ics} addresses. Used by {@code sources add}.
 */
public final class FeedLinks {
  private static final Set<String> FEED_TYPES =
      Set.of(
          "application/rss+xml",
          "application/atom+xml",
          "application/rdf+xml",
          "application/feed+json");

  /**
   * A feed or calendar a page links to.
   *
   * @param title the link's title attribute or text; empty when it has none
   */
  public record DiscoveredSource(URI url, SourceType type, String title) {}

  private FeedLinks() {}

  /**
   * The feeds first, in page order (sites list their preferred feed first), then calendars; each
   * address once. Only http(s) addresses are returned ({@code webcal:} is read as https).
   *
   * @param base the page's own URL, against which relative links resolve
   */
  public static List<DiscoveredSource> find(byte[] html, URI base) {
    Document page;
    try {
      // A null charset lets Jsoup take it from a BOM or <meta charset>, else UTF-8.
      page = Jsoup.parse(new ByteArrayInputStream(html), null, base.toString());
    } catch (IOException impossible) {
      throw new UncheckedIOException("reading bytes in memory failed", impossible);
    }
    List<DiscoveredSource> feeds = new ArrayList<>();
    List<DiscoveredSource> calendars = new ArrayList<>();
    Set<URI> seen = new LinkedHashSet<>();
    for (Element link : page.select("link[rel~=(?i)\\balternate\\b][href], link[type][href]")) {
      String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
      int parameters = type.indexOf(';');
      String media = parameters < 0 ? type : type.substring(0, parameters).strip();
      boolean alternate = link.attr("rel").toLowerCase(Locale.ROOT).contains("alternate");
      if (alternate && FEED_TYPES.contains(media)) {
        add(feeds, seen, link, SourceType.FEED, link.attr("title"));
      } else if (media.equals("text/calendar")) {
        add(calendars, seen, link, SourceType.ICS, link.attr("title"));
      }
    }
    for (Element anchor : page.select("a[href]")) {
      String href = anchor.attr("href").strip().toLowerCase(Locale.ROOT);
      String path = href.replaceFirst("[?#].*$", "");
      if (href.startsWith("webcal:")
          || path.endsWith(".ics")
          || anchor.attr("type").toLowerCase(Locale.ROOT).startsWith("text/calendar")) {
        String title = anchor.hasAttr("title") ? anchor.attr("title") : anchor.text();
        add(calendars, seen, anchor, SourceType.ICS, title);
      }
    }
    feeds.addAll(calendars);
    return feeds;
  }

  private static void add(
      List<DiscoveredSource> into, Set<URI> seen, Element element, SourceType type, String title) {
    resolve(element)
        .filter(seen::add)
        .ifPresent(url -> into.add(new DiscoveredSource(url, type, title.strip())));
  }

  /** The absolute http(s) address of the element's href; webcal: means https. */
  private static Optional<URI> resolve(Element element) {
    String href = element.attr("href").strip();
    if (href.regionMatches(true, 0, "webcal:", 0, 7)) {
      href = "https:" + href.substring(7);
    } else {
      href = element.absUrl("href");
    }
    try {
      URI url = new URI(href);
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      boolean web = (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
      return web ? Optional.of(url) : Optional.empty();
    } catch (URISyntaxException invalid) {
      return Optional.empty(); // a broken link on someone's page is theirs; skip it
    }
  }
}
