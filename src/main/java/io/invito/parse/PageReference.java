package io.invito.parse;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The day a page speaks from, which places the dates it writes without a year ("sabato 27 ottobre"
 * is the next 27 October after it): its publication date as the page states it, else the date in
 * its address ("/2022/02/26/"), else the newest date in its images' names, else its server's
 * Last-Modified, else the day it was read. {@code from} says which, for the event's provenance.
 */
record PageReference(LocalDate day, String from) {
  private static final Pattern URL_DAY =
      Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d\\d)[/-](\\d\\d)(?:[/-]|$)");
  private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d\\d)(?:/|$)");
  private static final String PUBLISHED_META =
      "meta[property=article:published_time], meta[property=og:published_time],"
          + " meta[name=date], meta[name=dc.date], meta[itemprop=datePublished],"
          + " [itemprop=datePublished][datetime], time[datetime][class~=(?i)publish|entry-date|posted]";
  private static final Pattern JSON_LD_PUBLISHED =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");

  static PageReference of(Document page, ParseInput input, LocalDate today) {
    URI address = input.baseUrl();
    for (Element meta : page.select(PUBLISHED_META_CSS)) {
      String value = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
      Optional<LocalDate> day = IsoTimes.parts(value).map(IsoTimes.Parts::date);
      if (day.isPresent()) {
        return new PageReference(day.get(), "the page's publication date");
      }
    }
    for (Element script : page.select(JSON_LD)) {
      Matcher published = JSON_LD_PUBLISHED.matcher(script.data());
      if (published.find()) {
        Optional<LocalDate> day = IsoTimes.parts(published.group(1)).map(IsoTimes.Parts::date);
        if (day.isPresent()) {
          return new PageReference(day.get(), "the page's publication date");
        }
      }
    }
    String path = Optional.ofNullable(address.getRawPath()).orElse("");
    Matcher urlDay = URL_DAY.matcher(path);
    if (urlDay.find()) {
      Optional<LocalDate> day = day(urlDay, 3);
      if (day.isPresent()) {
        return new PageReference(day.get(), "the date in the page's address");
      }
    }
    Matcher urlYear = URL_YEAR.matcher(path);
    if (urlYear.find()) {
      return new PageReference(
          LocalDate.of(Integer.parseInt(urlYear.group(1)), 1, 1), "the year in the page's address");
    }
    Optional<LocalDate> imaged = newestImageDate(page, today);
    if (imaged.isPresent()) {
      return new PageReference(imaged.get(), "the newest date in the page's image names");
    }
    // The server's word on when the file last changed: a site's rebuild moves it, so it comes
    // after what the page itself shows.
    Optional<LocalDate> modified =
        input
            .lastModified()
            .map(at -> LocalDate.ofInstant(at, input.zone().orElse(java.time.ZoneOffset.UTC)))
            .filter(day -> !day.isAfter(today));
    if (modified.isPresent()) {
      return new PageReference(modified.get(), "the page's Last-Modified date");
    }
    return new PageReference(today, "the day the page was read");
  }

  /**
   * The day a match's groups name: year, month and, when {@code groups} is 3, day; else the month's
   * first. Empty when they name no day of the calendar.
   */
  private static Optional<LocalDate> day(Matcher match, int groups) {
    return CalendarDays.find(
        Integer.parseInt(match.group(1)),
        Integer.parseInt(match.group(2)),
        groups == 3 ? Integer.parseInt(match.group(3)) : 1);
  }

  /** A date stamped in a file's name: "20231021_Concerto.jpg", "locandina-2023-10-21.png". */
  private static final Pattern FILE_DAY =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-_]?(\\d\\d)[-_]?(\\d\\d)(?!\\d)");

  /** A WordPress upload's month: "/wp-content/uploads/2023/10/". */
  private static final Pattern UPLOAD_MONTH =
      Pattern.compile("/uploads/((?:19|20)\\d\\d)/(\\d\\d)/");

  /**
   * The newest day a page's own images were stamped with, by name or upload folder: a page that
   * states no date was last updated about then. Days after today are a name's other numbers.
   */
  private static Optional<LocalDate> newestImageDate(Document page, LocalDate today) {
    LocalDate newest = null;
    for (Element image : page.select(IMAGES)) {
      String src = image.attr("src");
      String name = src.substring(src.lastIndexOf('/') + 1);
      Matcher day = FILE_DAY.matcher(name);
      Matcher month = UPLOAD_MONTH.matcher(src);
      Optional<LocalDate> found =
          day.find() ? day(day, 3) : month.find() ? day(month, 2) : Optional.empty();
      if (found.isPresent()
          && !found.get().isAfter(today)
          && (newest == null || found.get().isAfter(newest))) {
        newest = found.get();
      }
    }
    return Optional.ofNullable(newest);
  }

  // Selectors parsed once: a query string is parsed again (and its regular expressions
  // compiled) on every select call.
  private static final Evaluator JSON_LD = Selector.evaluatorOf("script[type=application/ld+json]");
  private static final Evaluator IMAGES = Selector.evaluatorOf("img[src]");
  private static final Evaluator PUBLISHED_META_CSS = Selector.evaluatorOf(PUBLISHED_META);
}
