package io.invito.draft;

import java.util.regex.Pattern;

/** Makes feed text inert in Markdown: it shows as typed and can start no link, list or HTML. */
final class MarkdownText {
  private static final String SPECIAL = "\\`*_[]()#<>!|~&";
  private static final Pattern BULLET = Pattern.compile("^([-+])");
  private static final Pattern ORDERED = Pattern.compile("^(\\d+)\\.");

  private MarkdownText() {}

  /** Escapes one line of text (newlines become spaces first). */
  static String escape(String text) {
    String line = Texts.oneLine(text);
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int index = 0; index < line.length(); index++) {
      char letter = line.charAt(index);
      if (SPECIAL.indexOf(letter) >= 0) {
        out.append('\\');
      }
      out.append(letter);
    }
    // "- x", "+ x" and "1. x" would start a list where the text starts a line or a table cell.
    String escaped = BULLET.matcher(out).replaceFirst("\\\\$1");
    return ORDERED.matcher(escaped).replaceFirst("$1\\\\.");
  }
}
