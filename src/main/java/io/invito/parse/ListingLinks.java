package io.invito.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Picks, from a listing page with no event markup, the links that look like they lead to one
 * event's page: on the same site, deeper than the listing, with an event word in the path or the
 * anchor ("/eventi/webinar-ai", "Scopri il corso"). Bounded, as each one costs a fetch.
 */
final class ListingLinks {
  // Selectors parsed once: a query string is parsed again (and its regular expressions
  // compiled) on every select call.
  private static final Evaluator LINKS = Selector.evaluatorOf("a[href]");

  static final int MAX_LINKS = 50;
  private static final Pattern EVENT_WORDS =
      Pattern.compile(
          "(?<![\\p{L}])(event[io]?|events|webinars?|seminar[ieo]?|seminars?|workshops?|cors[oi]|"
              + "courses?|meetups?|conferences?|convegn[oi]|masterclass|training|formazione|"
              + "incontr[oi]|talks?|agenda|iscriviti|register)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NOT_A_PAGE =
      Pattern.compile(
          "(?i)(/(tag|tags|category|categoria|categorie|author|autore|page|feed|wp-json|login|"
              + "search|cerca)(/|$)|\\.(pdf|ics|jpe?g|png|gif|zip|docx?|xlsx?|rss|xml)$)");

  private ListingLinks() {}

  static List<URI> find(Element page, URI listing) {
    List<URI> links = new ArrayList<>();
    for (Element anchor : page.select(LINKS)) {
      Optional<URI> link = Links.resolve(listing, anchor.attr("href")).map(ListingLinks::bare);
      if (link.isPresent()
          && eventPage(link.get(), anchor.text(), listing)
          && !links.contains(link.get())) {
        links.add(link.get());
        if (links.size() == MAX_LINKS) {
          break;
        }
      }
    }
    return links;
  }

  private static boolean eventPage(URI link, String anchor, URI listing) {
    String path = link.getRawPath() == null ? "" : link.getRawPath();
    String listingPath = listing.getRawPath() == null ? "" : listing.getRawPath();
    if (!sameSite(link, listing)
        || link.getRawQuery() != null
            && link.getRawQuery().toLowerCase(Locale.ROOT).matches(".*\\b(page|paged|p)=.*")
        || NOT_A_PAGE.matcher(path).find()
        || trimmed(path).equals(trimmed(listingPath))
        || trimmed(path).isEmpty()) {
      return false;
    }
    String lastSegment = trimmed(path).substring(trimmed(path).lastIndexOf('/') + 1);
    // "/eventi/" itself is another listing; "/eventi/webinar-ai-pmi" is an event.
    boolean slugAfterWord =
        EVENT_WORDS.matcher(path.replace('-', ' ').replace('_', ' ')).find()
            && !EVENT_WORDS.matcher(lastSegment).matches();
    return slugAfterWord || EVENT_WORDS.matcher(anchor).find() && lastSegment.length() > 3;
  }

  private static boolean sameSite(URI link, URI listing) {
    String host = link.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    String listingHost =
        listing.getHost() == null
            ? ""
            : listing.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    return host.equals(listingHost);
  }

  private static String trimmed(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static URI bare(URI link) {
    String text = link.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? link : URI.create(text.substring(0, hash));
  }
}
