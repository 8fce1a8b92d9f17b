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

  // Every name begins with one of these; other words need no lower-casing and lookup.
  private static final String MONTH_INITIALS = "gjfmalsond";

  /** Every name, longest first so "settembre" wins over "set" in a regex alternation. */
  static final String ALTERNATION =
      NUMBERS.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(name -> name))
          .collect(Collectors.joining("|"));

  private Months() {}

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
   */
  static boolean mentioned(String text) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        int length = i - start;
        if (length >= 3
            && length <= 9
            && MONTH_INITIALS.indexOf(Character.toLowerCase(text.charAt(start))) >= 0
            && NUMBERS.containsKey(text.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }
}
