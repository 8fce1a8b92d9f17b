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
 */
public record Source(
    String id,
    URI url,
    SourceType type,
    Optional<Language> language,
    Optional<ZoneId> zone,
    List<String> tags,
    boolean follow) {

  public Source {
    tags = List.copyOf(tags);
  }
}
