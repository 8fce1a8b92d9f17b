package io.invito.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the days named relative to the publication day, in Italian or English: "oggi", "stasera",
 * "domani", "dopodomani", "today", "tonight", "tomorrow", "the day after tomorrow".
 */
final class RelativeDays {
  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b(?<word>dopodomani|the day after tomorrow|domani|tomorrow|oggi|today|stasera|tonight)\\b",
          Pattern.CASE_INSENSITIVE);
  // Every word the pattern matches contains one of these ("dopodomani" contains "domani").
  private static final List<String> WORDS =
      List.of("domani", "tomorrow", "oggi", "today", "stasera", "tonight");

  private RelativeDays() {}

  /**
   * The first relative day from {@code from} on, counted from the reference; nothing without a
   * reference, since counting from today would date an old post wrongly.
   */
  static Optional<DateSpan> find(String text, int from, Optional<LocalDate> reference) {
    if (reference.isEmpty() || !mentioned(text, text.toCharArray(), from)) {
      return Optional.empty(); // a cheap look first: the word-bounded pattern costs more
    }
    Matcher matcher = RELATIVE.matcher(text).region(from, text.length());
    boolean found;
    while ((found = matcher.find()) && since(text, matcher.start())) {
      // "Da oggi il GLUG rende disponibile PayPal": from today on, no event that day.
    }
    if (!found) {
      return Optional.empty();
    }
    String word = matcher.group("word").toLowerCase(Locale.ROOT);
    int days =
        switch (word) {
          case "dopodomani", "the day after tomorrow" -> 2;
          case "domani", "tomorrow" -> 1;
          default -> 0;
        };
    return Optional.of(
        new DateSpan(reference.get().plusDays(days), matcher.start(), matcher.end()));
  }

  /**
   * "da oggi", "a partire da domani", "fino ad oggi", "from today", "as of tomorrow", "until
   * today".
   */
  private static final Pattern SINCE =
      Pattern.compile(
          "(?:\\b(?:da|dal|ad|fino a|fino ad|ancora|di|from|as of|starting|until|till|up to)|"
              + "\\b(?:ieri|yesterday|oggi|today)\\W+(?:e\\s+|and\\s+)?(?:di\\s+)?)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether the relative day at {@code at} opens or closes a stretch of time rather than naming a
   * day: a service available from today, a state that holds to this day.
   */
  private static boolean since(String text, int at) {
    return SINCE.matcher(text).region(Math.max(0, at - 24), at).find();
  }

  /**
   * A plain scan for the relative words, much cheaper than the word-bounded pattern.
   *
   * @param chars the text's characters (an array: see DateScanner)
   */
  static boolean mentioned(String text, char[] chars, int from) {
    // Only ASCII letters lower-case to the words' first letters, and none but 'O', 'G', 'T'
    // fold to their second ones, so ORing in 0x20 is a safe look before regionMatches. The
    // second letter is asked of the first alone ('d' and 't' go on with 'o', 'o' with 'g', 's'
    // with 't'): a quarter of the letters of a text are a first letter, and walking the word
    // list for each of them was most of the scan.
    for (int i = from, last = chars.length - 1; i < last; i++) {
      char second =
          switch ((char) (chars[i] | 0x20)) {
            case 'd', 't' -> 'o';
            case 'o' -> 'g';
            case 's' -> 't';
            default -> 0;
          };
      if (second != 0 && (char) (chars[i + 1] | 0x20) == second && wordAt(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordAt(String text, int at) {
    for (String word : WORDS) {
      if (text.regionMatches(true, at, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }
}
