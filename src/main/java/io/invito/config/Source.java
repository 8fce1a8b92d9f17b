package io.invito.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of {@code sources.yaml}: a feed, calendar or page to read events from.
 *
 * @param language the language its events are written in, when the source says nothing
 * @param zone the time zone of times written without one; empty means the owner's
 * @param follow whether to follow links from feed items and listings to event pages
 * @param selectors how to find events on a page that marks none up, when configured
 * @param keep this source's own keep rules, used instead of {@code invito.yaml}'s for its events
 * @param enabled false when the user paused the source ({@code enabled: false}): it stays in the
 *     file and in the listings, and run and serve do not fetch it
 */
public record Source(
    String id,
    URI url,
    SourceType type,
    Optional<Language> language,
    Optional<ZoneId> zone,
    List<String> tags,
    boolean follow,
    Optional<SelectorRules> selectors,
    Optional<KeepRules> keep,
    boolean enabled) {

  public Source {
    tags = List.copyOf(tags);
    selectors = java.util.Objects.requireNonNullElse(selectors, Optional.empty());
    keep = java.util.Objects.requireNonNullElse(keep, Optional.empty());
  }

  /**
   * An enabled source as {@code sources.yaml} has it with only id, url and type: no language or
   * zone of its own, no tags, links not followed, no selectors, the global keep rules. The {@code
   * with...} methods give the rest.
   */
  public static Source of(String id, URI url, SourceType type) {
    return new Source(
        id,
        url,
        type,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        false,
        Optional.empty(),
        Optional.empty(),
        true);
  }

  /**
   * A typed address as a source's url: absolute http or https with a host, as sources.yaml takes
   * it; empty for anything else (file:, ftp:, a typo).
   */
  public static Optional<URI> httpUrl(String text) {
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException invalid) {
      return Optional.empty();
    }
  }

  /** The same source with other selectors, for a preview of them before they are saved. */
  public Source withSelectors(Optional<SelectorRules> rules) {
    return new Source(id, url, type, language, zone, tags, follow, rules, keep, enabled);
  }

  public Source withLanguage(Optional<Language> written) {
    return new Source(id, url, type, written, zone, tags, follow, selectors, keep, enabled);
  }

  public Source withZone(Optional<ZoneId> timesIn) {
    return new Source(id, url, type, language, timesIn, tags, follow, selectors, keep, enabled);
  }

  public Source withTags(List<String> labels) {
    return new Source(id, url, type, language, zone, labels, follow, selectors, keep, enabled);
  }

  public Source withFollow(boolean links) {
    return new Source(id, url, type, language, zone, tags, links, selectors, keep, enabled);
  }
}
