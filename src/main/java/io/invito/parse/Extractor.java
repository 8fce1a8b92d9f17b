package io.invito.parse;

import io.invito.model.RawEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the events out of the bytes of a feed, a calendar or a page, whichever they turn out to be.
 * It never throws on bad bytes: an unreadable input is an {@link Extraction} with an error.
 */
public final class Extractor {
  // The parsers are made per document (they hold nothing but the clock): making them up front ran
  // Rome's, ical4j's and jsoup's selector set-up, tenths of a second of CPU, in every `extract`,
  // an empty folder too.
  private final Clock clock;

  public Extractor() {
    this(Clock.systemUTC());
  }

  /**
   * With a fixed clock, for tests: recurring events are expanded from "now" on, and a year-less
   * date on an agenda page is its next occurrence from today.
   */
  Extractor(Clock clock) {
    this.clock = clock;
  }

  /**
   * The {@code selectors:} that would read the events of a page invito cannot read by itself, when
   * its shape suggests some; nothing for feeds and calendars.
   */
  public java.util.Optional<SelectorSuggestion> suggestSelectors(ParseInput input) {
    Format format = FormatDetector.detect(input.bytes(), input.contentType(), input.declaredType());
    if (format != Format.HTML) {
      return java.util.Optional.empty();
    }
    try {
      return new PageParser(clock).suggest(input);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // The same boundary as extract: a page that breaks its reader has no selectors to offer.
      return java.util.Optional.empty();
    }
  }

  /**
   * The events of the input, at most {@value DocumentLimits#MAX_ITEMS}. Whatever a parser throws on
   * these bytes, errors included (a document nested deep enough to overflow the stack, one that
   * exhausts the heap), is this input's failure, described, never the caller's exception.
   */
  public Extraction extract(ParseInput input) {
    Format format = FormatDetector.detect(input.bytes(), input.contentType(), input.declaredType());
    Extraction extraction;
    try {
      extraction = parse(input, format);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Rome, Jsoup, Jackson and ical4j on untrusted bytes: their surprises are this document's.
      return Extraction.failed(format.label(), describe(format, e), List.of());
    }
    if (extraction.events().size() <= DocumentLimits.MAX_ITEMS) {
      return extraction;
    }
    List<String> warnings = new ArrayList<>(extraction.warnings());
    List<RawEvent> kept = DocumentLimits.capItems(extraction.events(), warnings);
    return new Extraction(
        extraction.format(),
        kept,
        extraction.eventLinks(),
        warnings,
        extraction.error(),
        extraction.ttl());
  }

  private Extraction parse(ParseInput input, Format format) {
    return switch (format) {
      case RSS, ATOM, RDF -> new FeedParser().parse(input, format);
      case ICS -> new CalendarParser(clock).parse(input);
      case HTML -> new PageParser(clock).parse(input);
      case UNKNOWN ->
          Extraction.failed(
              format.label(),
              input.bytes().length == 0
                  ? "the body is empty"
                  : "not a feed, a calendar or a page (" + input.bytes().length + " bytes)",
              List.of());
    };
  }

  /** Made on the first feed: a run of calendars or pages never loads Rome. */
  private static String describe(Format format, Throwable failure) {
    String what = "the " + format.label() + " could not be read: ";
    if (failure instanceof StackOverflowError) {
      return what + "it nests too deeply (stack overflow)";
    }
    if (failure instanceof OutOfMemoryError) {
      return what + "it needs more memory than is free";
    }
    String message = failure.getMessage();
    return what
        + failure.getClass().getSimpleName()
        + (message == null ? "" : ": " + message.replaceAll("[\\r\\n]+", " ").strip());
  }
}
