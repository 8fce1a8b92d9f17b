package io.invito.parse;

import io.invito.model.RawEvent;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one feed, calendar or page yielded: its events, the event pages it links to, and what went
 * wrong along the way.
 *
 * @param format {@code rss}, {@code atom}, {@code rdf}, {@code ics}, {@code html} or {@code
 *     unknown}
 * @param eventLinks links to event pages worth following (the pipeline decides whether to)
 * @param warnings things read around or repaired, in words
 * @param error set when the input could not be read at all
 * @param ttl how long the publisher says its content stays fresh (RSS {@code <ttl>}), unclamped
 */
public record Extraction(
    String format,
    List<RawEvent> events,
    List<URI> eventLinks,
    List<String> warnings,
    Optional<String> error,
    Optional<Duration> ttl) {

  public Extraction {
    events = List.copyOf(events);
    eventLinks = List.copyOf(eventLinks);
    warnings = List.copyOf(warnings);
  }

  /** An extraction whose publisher says nothing about how long it stays fresh. */
  public Extraction(
      String format,
      List<RawEvent> events,
      List<URI> eventLinks,
      List<String> warnings,
      Optional<String> error) {
    this(format, events, eventLinks, warnings, error, Optional.empty());
  }

  /** An input that could not be read at all, with the reason. */
  public static Extraction failed(String format, String error, List<String> warnings) {
    return new Extraction(format, List.of(), List.of(), warnings, Optional.of(error));
  }

  /**
   * The warnings about the document as a whole that its owner should see in a run's summary, not
   * only in the log: bytes that were not what the document claimed and were repaired, items or
   * components left out at a limit.
   */
  public List<String> notices() {
    return warnings.stream()
        .filter(
            warning ->
                warning.startsWith(BodyDecoder.REPAIRED)
                    || warning.startsWith(DocumentLimits.CAPPED)
                    || warning.startsWith(IcsNesting.DROPPED))
        .toList();
  }

  /** The prefix of the warning that says why a document gave no event. */
  public static final String NO_EVENT = "no event: ";

  /** Why the document gave no event, when a reader said so ("no markup and no date ..."). */
  public Optional<String> whyNoEvent() {
    return warnings.stream()
        .filter(warning -> warning.startsWith(NO_EVENT))
        .map(warning -> warning.substring(NO_EVENT.length()))
        .findFirst();
  }

  public boolean failed() {
    return error.isPresent();
  }
}
