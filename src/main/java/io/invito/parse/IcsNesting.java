package io.invito.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Bounds how deeply a calendar's components nest before ical4j sees it: its parser recurses once
 * per BEGIN, so a few thousand nested VALARMs in a 130 KB file overflow the stack. Components
 * deeper than {@link DocumentLimits#MAX_CALENDAR_DEPTH} are dropped with a warning; the events
 * around them are read as usual.
 */
final class IcsNesting {
  // RFC 5545 3.1: a line break followed by one space or tab continues the line.
  private static final Pattern FOLD = Pattern.compile("\\r?\\n[ \\t]");

  /** How the warning about components left out begins. */
  static final String DROPPED = "the calendar nests components";

  private IcsNesting() {}

  /** The calendar's text unfolded, without what nests too deeply. */
  static String bound(String text, List<String> warnings) {
    String unfolded = FOLD.matcher(text).replaceAll("");
    StringBuilder kept = null;
    int depth = 0;
    int deepest = 0;
    int firstDropped = 0;
    int lineNumber = 0;
    int at = 0;
    while (at < unfolded.length()) {
      int newline = unfolded.indexOf('\n', at);
      int end = newline < 0 ? unfolded.length() : newline + 1;
      lineNumber++;
      boolean begins = startsWithIgnoreCase(unfolded, at, "BEGIN:");
      boolean ends = !begins && startsWithIgnoreCase(unfolded, at, "END:");
      if (begins) {
        depth++;
        deepest = Math.max(deepest, depth);
      }
      boolean tooDeep = depth > DocumentLimits.MAX_CALENDAR_DEPTH;
      if (tooDeep && kept == null) {
        kept = new StringBuilder(unfolded.length()).append(unfolded, 0, at);
        firstDropped = lineNumber;
      }
      if (kept != null && !tooDeep) {
        kept.append(unfolded, at, end);
      }
      if (ends && depth > 0) {
        depth--;
      }
      at = end;
    }
    if (kept == null) {
      return unfolded;
    }
    warnings.add(
        String.format(
            Locale.ROOT,
            DROPPED + " %d deep from line %d; dropped what lies deeper than %d",
            deepest,
            firstDropped,
            DocumentLimits.MAX_CALENDAR_DEPTH));
    return kept.toString();
  }

  private static boolean startsWithIgnoreCase(String text, int at, String prefix) {
    return text.regionMatches(true, at, prefix, 0, prefix.length());
  }
}
