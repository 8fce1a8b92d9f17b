package io.invito.output;

/**
 * Folds iCalendar text to at most 75 octets of UTF-8 per line, as RFC 5545 asks. ical4j folds by
 * characters (Italian text and emoji then run past 75 octets) and by a length that its global
 * compatibility hints change, so every calendar invito writes is refolded here: the same event
 * gives the same bytes whatever else ran in the process.
 */
public final class IcsLines {
  private static final int LINE_OCTETS = 75;

  private IcsLines() {}

  /** Unfolds the text as ical4j wrote it, then folds every content line by octets. */
  public static String refold(String calendar) {
    String unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "");
    // Values are escaped, so every CRLF left in the text ends a content line.
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
    for (String line : unfolded.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue; // the split leaves one empty piece after the final CRLF
      }
      int octets = 0;
      for (int index = 0; index < line.length(); ) {
        int codePoint = line.codePointAt(index);
        int size = utf8Length(codePoint);
        if (octets + size > LINE_OCTETS) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(codePoint);
        octets += size;
        index += Character.charCount(codePoint);
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static int utf8Length(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
