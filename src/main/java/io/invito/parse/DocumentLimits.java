package io.invito.parse;

import io.invito.model.RawEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What one document may make invito do, whatever it says: how many items it yields, how deeply its
 * parts nest, how long one field is. Real feeds, calendars and pages stay far inside these; a
 * hostile or broken one is read up to them, with a warning, instead of costing the run its time or
 * heap.
 */
final class DocumentLimits {
  /** Items per document: a year of a busy calendar's occurrences, far beyond any real listing. */
  static final int MAX_ITEMS = 5_000;

  /** Nesting of iCalendar components: VCALENDAR, VEVENT, VALARM is three; real files stop there. */
  static final int MAX_CALENDAR_DEPTH = 8;

  /** A title, place or organiser longer than this is not a title, place or organiser. */
  static final int MAX_SHORT_FIELD = 1_000;

  /** A description: a long programme fits; a whole book pasted into one item does not. */
  static final int MAX_DESCRIPTION = 20_000;

  /** Raw text handed to the cleaner: markup may be several times the text it holds. */
  static final int MAX_RAW_FIELD = 200_000;

  /** How the warning about items left out begins. */
  static final String CAPPED = "the document has";

  private DocumentLimits() {}

  /** The first {@value #MAX_ITEMS} events, with a warning when there were more. */
  static List<RawEvent> capItems(List<RawEvent> events, List<String> warnings) {
    if (events.size() <= MAX_ITEMS) {
      return events;
    }
    warnings.add(capped(events.size()));
    return new ArrayList<>(events.subList(0, MAX_ITEMS));
  }

  /** The warning that a document of {@code total} items was read up to the limit. */
  static String capped(int total) {
    return CAPPED
        + " "
        + total
        + " items; kept the first "
        + MAX_ITEMS
        + " (the limit per document)";
  }

  /** Text cut to {@code max} characters, never inside a surrogate pair. */
  static String clip(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
