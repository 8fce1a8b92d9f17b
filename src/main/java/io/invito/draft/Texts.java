package io.invito.draft;

import java.util.regex.Pattern;

/** Text clean-up and shortening shared by the draft writers. */
final class Texts {
  // Controls and bidi overrides a stranger could use to hide or reorder text (Trojan Source).
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Texts() {}

  /** Feed text on one line: newlines, tabs and control characters become single spaces. */
  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    return SPACES.matcher(INVISIBLE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
  }

  /**
   * Shortens to at most {@code max} characters at a word boundary, ending with "…"; never cuts a
   * word. Returns the text unchanged when it fits and empty when not even its first word fits.
   */
  static String atWord(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max < 2) {
      return "";
    }
    int cut = text.lastIndexOf(' ', max - 1);
    while (cut > 0 && ",;:–—-(«“\"'".indexOf(text.charAt(cut - 1)) >= 0) {
      cut--;
    }
    if (cut <= 0) {
      return "";
    }
    return text.substring(0, cut).stripTrailing() + "…";
  }

  static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
