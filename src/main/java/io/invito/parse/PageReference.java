package io.invito.parse;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The day a page speaks from, which places the dates it writes without a year ("sabato 27 ottobre"
 * is the next 27 October after it): its publication date as the page states it, else the date in
 * its address ("/2022/02/26/"), else the day it was read. {@code from} says which, for the event's
 * provenance.
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

  static PageReference of(Document page, URI address, LocalDate today) {
    for (Element meta : page.select(PUBLISHED_META)) {
      String value = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
      Optional<LocalDate> day = IsoTimes.parts(value).map(IsoTimes.Parts::date);
      if (day.isPresent()) {
        return new PageReference(day.get(), "the page's publication date");
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
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
      Optional<LocalDate> day =
          CalendarDays.find(
              Integer.parseInt(urlDay.group(1)),
              Integer.parseInt(urlDay.group(2)),
              Integer.parseInt(urlDay.group(3)));
      if (day.isPresent()) {
        return new PageReference(day.get(), "the date in the page's address");
      }
    }
    Matcher urlYear = URL_YEAR.matcher(path);
    if (urlYear.find()) {
      return new PageReference(
          LocalDate.of(Integer.parseInt(urlYear.group(1)), 1, 1), "the year in the page's address");
    }
    return new PageReference(today, "the day the page was read");
  }
}
