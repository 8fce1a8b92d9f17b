package io.invito.parse;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Month names and abbreviations in Italian and English, as people write them in event posts. */
final class Months {
  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("gennaio", 1),
          Map.entry("gen", 1),
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("febbraio", 2),
          Map.entry("feb", 2),
          Map.entry("february", 2),
          Map.entry("marzo", 3),
          Map.entry("mar", 3),
          Map.entry("march", 3),
          Map.entry("aprile", 4),
          Map.entry("apr", 4),
          Map.entry("april", 4),
          Map.entry("maggio", 5),
          Map.entry("mag", 5),
          Map.entry("may", 5),
          Map.entry("giugno", 6),
          Map.entry("giu", 6),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("luglio", 7),
          Map.entry("lug", 7),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("agosto", 8),
          Map.entry("ago", 8),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("settembre", 9),
          Map.entry("sett", 9),
          Map.entry("set", 9),
          Map.entry("september", 9),
          Map.entry("sept", 9),
          Map.entry("sep", 9),
          Map.entry("ottobre", 10),
          Map.entry("ott", 10),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("novembre", 11),
          Map.entry("nov", 11),
          Map.entry("november", 11),
          Map.entry("dicembre", 12),
          Map.entry("dic", 12),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  // The first three letters of every name: other words need no lower-casing and lookup.
  private static final boolean[] PREFIXES = new boolean[26 * 26 * 26];

  static {
    for (String name : NUMBERS.keySet()) {
      PREFIXES[prefixCode(name.charAt(0), name.charAt(1), name.charAt(2))] = true;
    }
  }

  /** Every name, longest first so "settembre" wins over "set" in a regex alternation. */
  static final String ALTERNATION =
      NUMBERS.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(name -> name))
          .collect(Collectors.joining("|"));

  private Months() {}

  /**
   * Whether the word at the index begins like a month name. A word whose lower case is a month name
   * is ASCII in its first three letters (no other letter lower-cases to a, b, ... z there).
   */
  private static boolean monthLike(char[] text, int start) {
    for (int i = start; i < start + 3; i++) {
      char c = text[i];
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return PREFIXES[prefixCode(text[start], text[start + 1], text[start + 2])];
  }

  private static int prefixCode(char first, char second, char third) {
    return (((first | 0x20) - 'a') * 26 + ((second | 0x20) - 'a')) * 26 + ((third | 0x20) - 'a');
  }

  /** The month number of a name the alternation matched. */
  static int number(String name) {
    Integer number = NUMBERS.get(name.toLowerCase(Locale.ROOT));
    if (number == null) {
      throw new IllegalArgumentException("'" + name + "' is not a month name");
    }
    return number;
  }

  /**
   * Whether any word of the text is a month name, by one pass over its letters: the month patterns
   * are costly alternations, not worth running over text that names no month.
   *
   * @param text the text's characters (an array: see DateScanner)
   */
  static boolean mentioned(char[] text) {
    int start = -1;
    for (int i = 0; i <= text.length; i++) {
      boolean letter = i < text.length && isLetter(text[i]);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        int length = i - start;
        if (length >= 3
            && length <= 9
            && monthLike(text, start)
            && NUMBERS.containsKey(new String(text, start, length).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  /** {@link Character#isLetter}, without its table look-up for the ASCII most text is made of. */
  private static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }
}
