package io.invito.pipeline;

import io.invito.config.Source;
import io.invito.model.Event;
import io.invito.model.RawEvent;
import io.invito.parse.FeedLinks;
import io.invito.parse.SelectorSuggestion;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One source read as a run would read it, for {@code invito sources test}: fetched afresh, read,
 * followed and judged, with nothing stored and its health untouched.
 *
 * @param finalUrl where the answer came from, after redirects
 * @param status the HTTP status, 0 when there was no answer
 * @param bytes the size of the body read
 * @param format what the body turned out to be ({@code rss}, {@code atom}, {@code html}, {@code
 *     ics}, ...), empty when nothing was read
 * @param error why the source gave no events: the fetch or the reading failed
 * @param warnings what the reader repaired or could not read, item by item
 * @param items every item the source carries, with the verdict on it
 * @param announced the feeds and calendars an HTML page links to ({@code <link rel="alternate">}),
 *     feeds first: usually a better source than the page itself
 */
public record SourceTrial(
    Source source,
    URI finalUrl,
    int status,
    long bytes,
    Duration elapsed,
    Optional<String> format,
    Optional<String> error,
    List<String> warnings,
    List<Item> items,
    Optional<SelectorSuggestion> suggestion,
    List<FeedLinks.DiscoveredSource> announced) {

  public SourceTrial {
    warnings = List.copyOf(warnings);
    items = List.copyOf(items);
    announced = List.copyOf(announced);
    suggestion = java.util.Objects.requireNonNullElse(suggestion, Optional.empty());
  }

  /**
   * One item: what was read, and either the event it became or why it is not one.
   *
   * @param event the judged event when the item is one
   * @param rejection why the item is not an event, in words
   */
  public record Item(RawEvent raw, Optional<Event> event, Optional<String> rejection) {}
}
