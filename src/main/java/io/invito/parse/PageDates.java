package io.invito.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates of a page's text weighed as an event's date: a date with a time or an end, under a
 * label ("Data:", "When:"), or in the heading itself outweighs a bare one; a date after "pubblicato
 * il", "Posted on" or "entro il" is the post's or a deadline's, not the event's. Dates written
 * without a year are placed from the page's {@link PageReference}.
 */
final class PageDates {
  private static final int MAX_DATES = 60;
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)(?:^|\\n)\\s*(?:data|date|dates|quando|when|giorno|day|orario|time|inizio|start"
              + "|date and time|data e ora)\\s*:?\\s*$");
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?iu)(pubblicat[oa]|posted|published|aggiornat[oa]|updated|modificat[oa]|last modified"
              + "|data di pubblicazione|scritto il|written on)\\b[^\\n]{0,20}$");
  private static final Pattern DEADLINE =
      Pattern.compile(
          "(?iu)(entro|fino al|fino a|scadenza|deadline|iscrizioni|registrazione|registration|"
              + "register by|apply by|early bird|closes|chiusura|prorogat[oa]|rinviat[oa]|"
              + "postponed|aggiornamento)\\b[^\\n]{0,24}$");
  private static final Pattern BLOCK_YEAR =
      Pattern.compile(
          "(?iu)(?:(?<![\\p{L}])(?<month>"
              + Months.ALTERNATION
              + ")(?![\\p{L}])[^\\d\\n]{0,20})?"
              + "(?<![\\d/.-])(?<year>(?:19|20)\\d\\d)(?!\\d)");
  private static final Pattern YEAR_WRITTEN =
      Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2}(?!\\d)");

  private final ParseInput input;
  private final Optional<Locale> locale;
  private final PageReference reference;

  PageDates(ParseInput input, Optional<Locale> locale, PageReference reference) {
    this.input = input;
    this.locale = locale;
    this.reference = reference;
  }

  /**
   * A date as weighed.
   *
   * @param line the line it was written on
   * @param yearInferred whether the text gave no year, so the page's reference did
   */
  record Scored(TextDates.Written written, int score, String line, boolean yearInferred) {
    /** Whether the date can be the event's at all: not only a post's or a deadline's. */
    boolean dates() {
      return score > -3;
    }

    /** Sets the event's start and end, saying where a year not written came from. */
    void apply(RawEventBuilder event, String by, PageReference reference) {
      String startBy = yearInferred ? by + "; year from " + reference.from() : by;
      event.start(written.found().start(), startBy);
      written.found().end().ifPresent(end -> event.end(end, startBy));
    }
  }

  /** Whether the text holds a date at all: the cheap question asked of every block. */
  boolean holdsDate(String text) {
    if (text.isEmpty() || !hasDigit(text)) {
      return false;
    }
    String clean = TextCleaner.collapse(text, Character::isWhitespace);
    return new DateScanner(clean, NumericDates.Order.of(locale))
        .first(0, Optional.of(reference.day()))
        .isPresent();
  }

  int count(String text) {
    return all(text).size();
  }

  /** Every date of the text, in order. */
  List<TextDates.Written> all(String text) {
    return TextDates.all(text, Optional.of(reference.day()), input.zone(), locale, MAX_DATES);
  }

  PageReference reference() {
    return reference;
  }

  /** The same weighing with year-less dates placed from another day. */
  PageDates withReference(PageReference other) {
    return new PageDates(input, locale, other);
  }

  /**
   * The day a block's own year names, for the year-less dates in it: "NOVEMBRE 2011 ... 3 Novembre,
   * ore 17". The first year written that is not a publication's.
   *
   * @param fromMonth whether a month named with the year starts the span (a section heading,
   *     "DICEMBRE 2011 – GENNAIO 2012"), rather than the whole year (a block's own text)
   */
  Optional<PageReference> yearOf(String text, String what, boolean fromMonth) {
    java.util.regex.Matcher year = BLOCK_YEAR.matcher(text);
    while (year.find()) {
      String before = text.substring(Math.max(0, year.start() - 40), year.start());
      if (PUBLISHED.matcher(before).find()) {
        continue;
      }
      int month = fromMonth && year.group("month") != null ? Months.number(year.group("month")) : 1;
      return Optional.of(
          new PageReference(
              LocalDate.of(Integer.parseInt(year.group("year")), month, 1),
              what + " '" + year.group().strip() + "'"));
    }
    return Optional.empty();
  }

  /** Every date of the text that can be an event's, weighed. */
  List<Scored> dating(String text) {
    return dating(weighed(text, false));
  }

  /** Of dates weighed, those that can be an event's. */
  static List<Scored> dating(List<Scored> weighed) {
    return weighed.stream().filter(Scored::dates).toList();
  }

  /**
   * The date that best dates the event the text is about.
   *
   * @param heading whether the text is the event's heading, where a date is the event's own
   */
  Optional<Scored> best(String text, boolean heading) {
    return best(weighed(text, heading));
  }

  /** Of dates weighed, the heaviest; the first written among equals. */
  static Optional<Scored> best(List<Scored> weighed) {
    Scored best = null;
    for (Scored scored : weighed) {
      if (best == null || scored.score() > best.score()) {
        best = scored;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every date of the text, in order, each weighed. */
  List<Scored> weighed(String text, boolean heading) {
    List<Scored> weighed = new ArrayList<>();
    for (TextDates.Written written : all(text)) {
      weighed.add(score(text, written, heading));
    }
    return weighed;
  }

  private Scored score(String text, TextDates.Written written, boolean heading) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, written.from() - 1)) + 1;
    int lineEnd = text.indexOf('\n', written.from());
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    String before = text.substring(Math.max(0, written.from() - 40), written.from());
    int lineNumber = countLines(text, written.from());
    int score = heading ? 4 : 0;
    score += written.timed() ? 2 : 0;
    score += written.found().end().isPresent() ? 2 : 0;
    score += LABEL.matcher(before).find() ? 1 : 0;
    score -= PUBLISHED.matcher(before).find() ? 6 : 0;
    score -= DEADLINE.matcher(before).find() ? 4 : 0;
    score -= lineNumber / 12; // the date next to the heading, rather than one far below it
    String asWritten =
        text.substring(
            written.from(), Math.min(text.length(), Math.max(written.to(), written.from())));
    boolean yearInferred = !YEAR_WRITTEN.matcher(asWritten).find();
    return new Scored(written, score, line, yearInferred);
  }

  private static int countLines(String text, int to) {
    int lines = 0;
    for (int i = 0; i < to; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
