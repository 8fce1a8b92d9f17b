package io.invito.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a feed's publication dates (RFC 822 in RSS, W3C/ISO in Atom and Dublin Core) with
 * java.time, so an impossible date is refused instead of rolled over, as Rome would. A date without
 * offset is taken as UTC, as feed readers do.
 */
final class FeedDates {
  private static final String ZONE =
      "(?:Etc/)?[A-Za-z]{1,5}(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?" + "|[+-]\\d{4}|[+-]\\d{2}:\\d{2}";
  private static final Pattern NAMED_OFFSET =
      Pattern.compile("^([A-Za-z]{1,5})(?:\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?)?$");
  private static final Pattern RFC_822 =
      Pattern.compile(
          "^(?:[A-Za-z]{2,9},?\\s*)?(?<d>\\d{1,2})[\\s\\-]+(?<mo>[A-Za-z]{3,9})\\.?,?[\\s\\-]+"
              + "(?<y>\\d{2,4})(?:,?\\s+(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?)?"
              + "\\s*(?<z>"
              + ZONE
              + ")?\\s*(?:\\(.*\\))?$");
  // "Sun Jan  4 16:29:06 2004" (asctime), "Sun Jul 15 01:16:00 +0000 2012" (Twitter),
  // "Thu Aug 30 2012 17:26:16 +0200" (JavaScript's Date.toString).
  private static final Pattern ASCTIME =
      Pattern.compile(
          "^[A-Za-z]{3},?\\s+(?<mo>[A-Za-z]{3,9})\\s+(?<d>\\d{1,2})\\s+(?:(?<y>\\d{4})\\s+)?"
              + "(?<h>\\d{1,2}):(?<mi>\\d{2}):(?<s>\\d{2})\\s*(?<z>"
              + ZONE
              + ")?\\s*(?<y2>\\d{4})?"
              + "\\s*(?:\\(.*\\))?$");
  // Perforce's "Fri, 2006/09/15 08:19:53 EDT".
  private static final Pattern SLASHED =
      Pattern.compile(
          "^(?:[A-Za-z]{2,9},?\\s*)?(?<y>\\d{4})/(?<mo>\\d{1,2})/(?<d>\\d{1,2})\\s+"
              + "(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?\\s*(?<z>"
              + ZONE
              + ")?$");
  // W3C-DTF's reduced precisions: "2003-12" and "2003".
  // Compiled once: String.matches and replaceAll compile their pattern on every call.
  private static final Pattern MONTH_NAME = Pattern.compile(Months.ALTERNATION);
  private static final Pattern YEAR_MONTH = Pattern.compile("^(?<y>\\d{4})(?:-(?<mo>\\d{2}))?$");

  private FeedDates() {}

  static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    // Runs of regex \s as one space; a date already written with single spaces, as most are, is
    // returned as it is rather than rebuilt by a replaceAll.
    String clean = TextCleaner.collapse(text.strip(), FeedDates::isRegexSpace);
    Optional<IsoTimes.Parts> iso = IsoTimes.parts(clean);
    if (iso.isPresent()) {
      IsoTimes.Parts parts = iso.get();
      LocalDateTime time = parts.time().orElse(parts.date().atStartOfDay());
      return Optional.of(time.toInstant(parts.offset().orElse(ZoneOffset.UTC)));
    }
    return rfc822(clean).or(() -> other(clean));
  }

  /** The less common forms: asctime and its variants, slashed dates, a year or year-month. */
  private static Optional<Instant> other(String text) {
    Matcher asctime = ASCTIME.matcher(text);
    Matcher slashed = SLASHED.matcher(text);
    Matcher partial = YEAR_MONTH.matcher(text);
    try {
      if (asctime.matches() && (asctime.group("y") == null) != (asctime.group("y2") == null)) {
        String monthName = asctime.group("mo").toLowerCase(Locale.ROOT);
        if (!MONTH_NAME.matcher(monthName).matches()) {
          return Optional.empty();
        }
        String year = asctime.group("y") != null ? asctime.group("y") : asctime.group("y2");
        LocalDateTime time =
            LocalDateTime.of(
                Integer.parseInt(year),
                Months.number(monthName),
                number(asctime, "d"),
                number(asctime, "h"),
                number(asctime, "mi"),
                number(asctime, "s"));
        return zone(asctime.group("z")).map(time::toInstant);
      }
      if (slashed.matches()) {
        LocalDateTime time =
            LocalDateTime.of(
                number(slashed, "y"),
                number(slashed, "mo"),
                number(slashed, "d"),
                number(slashed, "h"),
                number(slashed, "mi"),
                slashed.group("s") == null ? 0 : number(slashed, "s"));
        return zone(slashed.group("z")).map(time::toInstant);
      }
      if (partial.matches()) {
        return Optional.of(
            LocalDateTime.of(
                    number(partial, "y"),
                    partial.group("mo") == null ? 1 : number(partial, "mo"),
                    1,
                    0,
                    0)
                .toInstant(ZoneOffset.UTC));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int number(Matcher matcher, String group) {
    return Integer.parseInt(matcher.group(group));
  }

  private static Optional<Instant> rfc822(String text) {
    if (isUsualRfc822(text)) {
      return rfc822(
          text.substring(12, 16),
          text.substring(8, 11),
          text.substring(5, 7),
          text.substring(17, 19),
          text.substring(20, 22),
          text.substring(23, 25),
          text.substring(26));
    }
    Matcher m = RFC_822.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return rfc822(
        m.group("y"),
        m.group("mo"),
        m.group("d"),
        m.group("h"),
        m.group("mi"),
        m.group("s"),
        m.group("z"));
  }

  /** The instant of RFC 822's fields as written; a null time field is 0, a null zone UTC. */
  private static Optional<Instant> rfc822(
      String y, String mo, String d, String h, String mi, String s, String z) {
    String monthName = mo.toLowerCase(Locale.ROOT);
    if (!MONTH_NAME.matcher(monthName).matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(y);
      if (y.length() == 2) {
        year += year < 50 ? 2000 : 1900; // RFC 2822's rule for two-digit years
      } else if (y.length() == 3) {
        year += 1900;
      }
      LocalDateTime time =
          LocalDateTime.of(
              year,
              Months.number(monthName),
              Integer.parseInt(d),
              h == null ? 0 : Integer.parseInt(h),
              mi == null ? 0 : Integer.parseInt(mi),
              s == null ? 0 : Integer.parseInt(s));
      return zone(z).map(time::toInstant);
    } catch (DateTimeException e) {
      return Optional.empty(); // "31 Feb": no such day
    }
  }

  /**
   * Whether the date is written exactly as RSS writers write it, "Sun, 06 Dec 2026 03:40:00 +0000"
   * (or GMT, or another zone of up to five letters): then RFC_822 would match it with these very
   * fields at these very places, and they are read without it. The pattern, general enough for
   * every variant, was most of the cost of reading an item's pubDate.
   */
  private static boolean isUsualRfc822(String text) {
    int length = text.length();
    if (length < 27 || length > 31) {
      return false;
    }
    String layout = "aaa, 00 aaa 0000 00:00:00 ";
    for (int i = 0; i < layout.length(); i++) {
      char want = layout.charAt(i);
      char c = text.charAt(i);
      boolean fits =
          want == 'a' ? isAsciiLetter(c) : want == '0' ? c >= '0' && c <= '9' : c == want;
      if (!fits) {
        return false;
      }
    }
    char sign = text.charAt(26);
    if (sign == '+' || sign == '-') {
      if (length != 31) {
        return false;
      }
      for (int i = 27; i < 31; i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }
    for (int i = 26; i < length; i++) {
      if (!isAsciiLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static Optional<ZoneOffset> zone(String zone) {
    if (zone == null) {
      return Optional.of(ZoneOffset.UTC);
    }
    if (zone.startsWith("+") || zone.startsWith("-")) {
      String digits = zone.replace(":", "");
      int sign = digits.startsWith("-") ? -1 : 1;
      int hours = Integer.parseInt(digits.substring(1, 3));
      int minutes = Integer.parseInt(digits.substring(3, 5));
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }
    Matcher named = NAMED_OFFSET.matcher(zone.replaceFirst("^(?i)Etc/", ""));
    if (!named.matches()) {
      return Optional.empty();
    }
    Optional<Integer> hours = ZoneAbbreviations.hours(named.group(1).toUpperCase(Locale.ROOT));
    if (hours.isPresent()) {
      int seconds =
          named.group(2) == null
              ? hours.get() * 3600
              : ZoneAbbreviations.shifted(
                  hours.get(), named.group(2), named.group(3), named.group(4));
      return Math.abs(seconds) > 18 * 3600
          ? Optional.empty()
          : Optional.of(ZoneOffset.ofTotalSeconds(seconds));
    }
    if (named.group(2) != null) {
      return Optional.empty();
    }
    zone = named.group(1);
    // RFC 822 military letters are ambiguous in practice (their signs were published reversed):
    // like feedparser, read them as UTC rather than invent an offset.
    return zone.length() == 1 ? Optional.of(ZoneOffset.UTC) : Optional.empty();
  }

  /** What {@code \\s} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(int c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }
}
