package io.invito.parse;

import java.util.List;
import java.util.Locale;

/**
 * Bounds how many lines of a calendar ical4j is given, in one cheap pass before it parses: its
 * reader and the object tree it builds cost about a kilobyte per line, so a million-line calendar
 * took 31 s and 1.2 GB. Past {@link #MAX_LINES}, whole components are kept in order while they fit
 * and the rest are left out with a warning; a calendar within the budget is passed on as it is,
 * uncopied.
 */
final class IcsBudget {
  /** Lines ical4j reads at most: 5,000 events of 20 lines, far beyond a real calendar. */
  static final int MAX_LINES = 100_000;

  private IcsBudget() {}

  /** The calendar's text, or its first whole components within the budget. */
  static String bound(String text, List<String> warnings) {
    int lines = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      lines++;
    }
    if (lines <= MAX_LINES) {
      return text;
    }
    StringBuilder kept = new StringBuilder();
    int depth = 0;
    int used = 0;
    int componentStart = 0;
    int componentLines = 0;
    int leftOut = 0;
    int at = 0;
    while (at < text.length()) {
      int newline = text.indexOf('\n', at);
      int end = newline < 0 ? text.length() : newline + 1;
      boolean begins = text.regionMatches(true, at, "BEGIN:", 0, 6);
      boolean ends = !begins && text.regionMatches(true, at, "END:", 0, 4);
      if (begins) {
        depth++;
      }
      if (depth >= 2) {
        // Inside one of the calendar's components (an event, a time zone): kept whole or not at
        // all, decided at its END, so ical4j never sees half an event.
        if (begins && depth == 2) {
          componentStart = at;
          componentLines = 0;
        }
        componentLines++;
        if (ends && depth == 2) {
          if (used + componentLines < MAX_LINES) { // a line left for the calendar's END
            kept.append(text, componentStart, end);
            used += componentLines;
          } else {
            leftOut++;
          }
        }
      } else if (used + 1 < MAX_LINES || begins || ends) {
        kept.append(text, at, end); // the calendar's own BEGIN, END and properties
        used++;
      }
      if (ends && depth > 0) {
        depth--;
      }
      at = end;
    }
    warnings.add(
        String.format(
            Locale.ROOT,
            "%s %,d lines; read whole components up to %,d lines and left out %,d (the limit per"
                + " calendar)",
            DocumentLimits.CAPPED,
            lines,
            MAX_LINES,
            leftOut));
    return kept.toString();
  }
}
