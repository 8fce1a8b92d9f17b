package io.invito.parse;

import java.time.Clock;
import java.util.List;

/**
 * Reads the events out of the bytes of a feed, a calendar or a page, whichever they turn out to be.
 * It never throws on bad bytes: an unreadable input is an {@link Extraction} with an error.
 */
public final class Extractor {
  private final FeedParser feeds = new FeedParser();
  private final PageParser pages;
  private final CalendarParser calendars;

  public Extractor() {
    this(Clock.systemUTC());
  }

  /**
   * With a fixed clock, for tests: recurring events are expanded from "now" on, and a year-less
   * date on an agenda page is its next occurrence from today.
   */
  Extractor(Clock clock) {
    this.calendars = new CalendarParser(clock);
    this.pages = new PageParser(clock);
  }

  /**
   * The {@code selectors:} that would read the events of a page invito cannot read by itself, when
   * its shape suggests some; nothing for feeds and calendars.
   */
  public java.util.Optional<SelectorSuggestion> suggestSelectors(ParseInput input) {
    Format format = FormatDetector.detect(input.bytes(), input.contentType(), input.declaredType());
    return format == Format.HTML ? pages.suggest(input) : java.util.Optional.empty();
  }

  public Extraction extract(ParseInput input) {
    Format format = FormatDetector.detect(input.bytes(), input.contentType(), input.declaredType());
    return switch (format) {
      case RSS, ATOM, RDF -> feeds.parse(input, format);
      case ICS -> calendars.parse(input);
      case HTML -> pages.parse(input);
      case UNKNOWN ->
          Extraction.failed(
              format.label(),
              input.bytes().length == 0
                  ? "the body is empty"
                  : "not a feed, a calendar or a page (" + input.bytes().length + " bytes)",
              List.of());
    };
  }
}
