package io.invito.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code sources.yaml}: a feed, calendar or page to read events from.
 *
 * @param language the language its events are written in, when the source says nothing
 * @param zone the time zone of times written without one; empty means the owner's
 * @param follow whether to follow links from feed items and listings to event pages
 * @param selectors how to find events on a page that marks none up, when configured
 * @param keep this source's own keep rules, used instead of {@code invito.yaml}'s for its events
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
    Optional<KeepRules> keep) {

  public Source {
    tags = List.copyOf(tags);
    selectors = java.util.Objects.requireNonNullElse(selectors, Optional.empty());
    keep = java.util.Objects.requireNonNullElse(keep, Optional.empty());
  }

  /** A source whose events follow the global keep rules. */
  public Source(
      String id,
      URI url,
      SourceType type,
      Optional<Language> language,
      Optional<ZoneId> zone,
      List<String> tags,
      boolean follow,
      Optional<SelectorRules> selectors) {
    this(id, url, type, language, zone, tags, follow, selectors, Optional.empty());
  }

  /** A source without selector rules. */
  public Source(
      String id,
      URI url,
      SourceType type,
      Optional<Language> language,
      Optional<ZoneId> zone,
      List<String> tags,
      boolean follow) {
    this(id, url, type, language, zone, tags, follow, Optional.empty());
  }
}
