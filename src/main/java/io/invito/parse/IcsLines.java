package io.invito.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a calendar written the plain way nearly every export writes it straight into an {@link
 * IcsTree}, one content line at a time with {@code indexOf}, instead of through ical4j's
 * char-by-char tokenizer (three readers deep), which was most of a calendar's reading time and
 * loads ical4j's parser and, through its logger, Logback. The tree is the one ical4j's relaxed
 * parser would give the same text ({@code IcsLinesTest} compares them on every calendar of the
 * conformance corpora); anything where the two could differ is declined, and ical4j reads it as
 * before: a blank or stray line, a control character, a bare CR, a line not of the form {@code
 * NAME;PARAM=VALUE:value}, a quoted parameter with a backslash or not followed by {@code ;} or
 * {@code :}, a BEGIN or END not written in capitals, an END that closes another component than the
 * open one, nesting deeper than {@link DocumentLimits#MAX_CALENDAR_DEPTH}, a missing END, text
 * after the last END:VCALENDAR.
 */
final class IcsLines {
  private static final String CALENDAR = "VCALENDAR";

  private IcsLines() {}

  /** The calendar's tree, or nothing when ical4j has to read it. */
  static Optional<IcsTree> read(String text) {
    if (!plainCharacters(text) || !text.startsWith("BEGIN:" + CALENDAR)) {
      return Optional.empty();
    }
    IcsTree tree = new IcsTree();
    List<String> open = new ArrayList<>();
    int at = 0;
    int length = text.length();
    while (at < length) {
      // One logical line: a physical line and the ones that continue it (RFC 5545 3.1 folding).
      int newline = text.indexOf('\n', at);
      boolean ended = newline >= 0;
      int end = ended ? newline : length;
      String line = text.substring(at, lineEnd(text, at, end));
      at = ended ? newline + 1 : length;
      StringBuilder folded = null;
      while (at < length && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
        newline = text.indexOf('\n', at);
        ended = newline >= 0;
        end = ended ? newline : length;
        if (folded == null) {
          folded = new StringBuilder(line);
        }
        folded.append(text, at + 1, lineEnd(text, at + 1, end));
        at = ended ? newline + 1 : length;
      }
      if (folded != null) {
        line = folded.toString();
      }
      if (open.isEmpty()) {
        // Before the first calendar or between calendars: nothing but blank lines or another one.
        if (line.isEmpty()) {
          continue;
        }
        if (!line.equals("BEGIN:" + CALENDAR) || !ended) {
          return Optional.empty();
        }
        tree.startCalendar();
        open.add(CALENDAR);
        continue;
      }
      if (!read(line, ended, open, tree)) {
        return Optional.empty();
      }
    }
    return open.isEmpty() ? Optional.of(tree) : Optional.empty();
  }

  /** Reads one line inside a calendar into the tree; false when ical4j has to read the text. */
  private static boolean read(String line, boolean ended, List<String> open, IcsTree tree) {
    if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
      return false; // a blank line, or one ical4j's reader would unfold once more
    }
    int colon = line.indexOf(':');
    int semicolon = line.indexOf(';');
    int nameEnd = semicolon >= 0 && (colon < 0 || semicolon < colon) ? semicolon : colon;
    if (nameEnd <= 0) {
      return false;
    }
    String name = line.substring(0, nameEnd);
    if (!plainName(name)) {
      return false;
    }
    if (name.equals("BEGIN") || name.equals("END")) {
      String component = nameEnd == colon ? line.substring(colon + 1) : "";
      // Only the calendar's own END may end the text without a line break: ical4j asks for one
      // after any other line.
      boolean last = name.equals("END") && open.size() == 1;
      if (!componentName(component) || !ended && !last) {
        return false;
      }
      if (name.equals("BEGIN")) {
        if (component.equals(CALENDAR) || open.size() >= DocumentLimits.MAX_CALENDAR_DEPTH) {
          return false;
        }
        tree.startComponent(component);
        open.add(component);
      } else {
        if (!component.equals(open.get(open.size() - 1))) {
          return false;
        }
        open.remove(open.size() - 1);
        if (open.isEmpty()) {
          tree.endCalendar();
        } else {
          tree.endComponent(component);
        }
      }
      return true;
    }
    if (name.strip().equalsIgnoreCase("BEGIN") || name.strip().equalsIgnoreCase("END") || !ended) {
      return false; // read by ical4j as a property, by the budgets as a component: theirs to read
    }
    tree.startProperty(name);
    int at = nameEnd;
    while (line.charAt(at) == ';') {
      at = parameter(line, at + 1, tree);
      if (at < 0) {
        return false;
      }
    }
    tree.propertyValue(line.substring(at + 1));
    tree.endProperty(name);
    return true;
  }

  /**
   * Reads the parameter starting at {@code from} and returns where the {@code ;} or {@code :} after
   * it is, or -1 when it is not written plainly.
   */
  private static int parameter(String line, int from, IcsTree tree) {
    int equals = line.indexOf('=', from);
    if (equals <= from) {
      return -1;
    }
    String name = line.substring(from, equals);
    if (!plainName(name)) {
      return -1;
    }
    int at = equals + 1;
    if (at < line.length() && line.charAt(at) == '"') {
      int close = line.indexOf('"', at + 1);
      if (close < 0 || close + 1 >= line.length()) {
        return -1;
      }
      char after = line.charAt(close + 1);
      String inside = line.substring(at + 1, close);
      // ical4j's tokenizer reads escapes inside quotes; a value with none reads as written.
      if (after != ';' && after != ':' || inside.indexOf('\\') >= 0) {
        return -1;
      }
      tree.parameter(name, line.substring(at, close + 1));
      return close + 1;
    }
    int end = at;
    while (end < line.length()) {
      char c = line.charAt(end);
      if (c == ';' || c == ':') {
        break;
      }
      if (c == '"' || c == '=' || c == '\t') {
        return -1; // ical4j reads these as tokens of their own, not as the value's characters
      }
      end++;
    }
    if (end >= line.length()) {
      return -1;
    }
    tree.parameter(name, line.substring(at, end));
    return end;
  }

  /** A property or parameter name ical4j's tokenizer reads as one word, as this reader does. */
  private static boolean plainName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '=' || c == '"' || c == '\t' || c == ':' || c == ';') {
        return false;
      }
    }
    return true;
  }

  private static boolean componentName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Where a line's text ends: before its CR, when it ends in CRLF. */
  private static int lineEnd(String text, int from, int newline) {
    return newline > from && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
  }

  /**
   * No control character but tab, LF and CRLF: ical4j's tokenizer drops the others from a value and
   * reads a bare CR as a line break.
   */
  private static boolean plainCharacters(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < ' '
          && c != '\t'
          && c != '\n'
          && (c != '\r' || i + 1 >= length || text.charAt(i + 1) != '\n')) {
        return false;
      }
    }
    return true;
  }
}
