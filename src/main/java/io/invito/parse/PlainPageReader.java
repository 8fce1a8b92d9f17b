package io.invito.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Reads the events of a page that marks none up, from its visible text, as a person would: a page
 * about one event gives its main heading and the date written next to it; a listing (cards, list
 * items, table rows, sections under date headings) gives one event per dated block. Which of the
 * two a page is follows from its shape: many dated blocks of the same kind side by side make a
 * listing, unless the page's own heading names one event and dates it.
 */
final class PlainPageReader {
  static final String BY = "text";
  static final int MAX_ITEMS = 500;

  /** Dates a block or the page's head may hold before the rest is skipped as a list of dates. */
  private static final int MAX_DATES = 60;

  /** A block longer than this is a section of the page, not a card, a row or an item. */
  private static final int MAX_BLOCK_CHARS = 3_000;

  /** How many elements are weighed as the listing's container: bounded work on any page. */
  private static final int MAX_ELEMENTS = 30_000;

  private static final int DESCRIPTION_CHARS = 2_000;
  private static final int LINES_ABOVE = 2;
  private static final String NOISE =
      "script, style, noscript, template, svg, nav, footer, aside, form, iframe, select, button,"
          + " [role=navigation], [role=contentinfo], [role=complementary], [role=banner], [hidden],"
          + " [class~=(?i)(^|[\\s_-])(sidebar|comments?|breadcrumbs?|cookies?|share|sharing|"
          + "related|site-footer|site-header|masthead|navbar|pagination|skip-link)([\\s_-]|$)],"
          + " [id~=(?i)^(sidebar|comments|colophon|masthead|site-header|site-footer)$]";
  private static final String PUBLICATION =
      "time[pubdate], [itemprop=datePublished], [itemprop=dateModified],"
          + " [class~=(?i)(^|[\\s_-])(posted-on|entry-date|post-date|published|byline|entry-meta"
          + "|post-meta|article-meta|date-published|updated|posted)([\\s_-]|$)]";

  /** A listing's own heading: "Eventi", "Prossimi appuntamenti", "Upcoming events". */
  private static final Pattern LISTING_HEADING =
      Pattern.compile(
          "(?iu)^(?:[\\p{L}]+\\s+){0,3}(eventi|events|appuntamenti|calendari[oa]|agenda|programm[ai]"
              + "|archivio|archive|news|notizie|corsi|courses|webinars|seminari|seminars|workshops"
              + "|incontri|iniziative|attività|what's on|upcoming|past)(?:\\s+[\\p{L}0-9]+){0,3}$");

  private final ParseInput input;
  private final Optional<Locale> locale;
  private final LocalDate today;

  PlainPageReader(ParseInput input, Optional<Locale> locale, LocalDate today) {
    this.input = input;
    this.locale = locale;
    this.today = today;
  }

  /** What the page gave, and in words why it gave nothing when it did. */
  record Outcome(List<RawEventBuilder> events, Optional<String> why) {}

  /**
   * The date the page's text writes next to its heading, with its year, as a reader would take it:
   * what wins over event markup that says otherwise.
   */
  Optional<TextDates.Found> headingDate(Document page) {
    Element root = content(page);
    PageDates dates = dates(page);
    return mainHeading(page, root)
        .flatMap(title -> singleDate(title, PageText.of(root), dates))
        .filter(date -> !date.yearInferred() && date.score() >= 0)
        .map(date -> date.written().found());
  }

  /** The page's content as a reader sees it: no navigation, footer or sidebar. */
  private static Element content(Document page) {
    Element body = page.body().clone();
    for (Element noise : body.select(NOISE_CSS)) {
      // A layout class ("page-navbar", "has-sidebar") on the wrapper of the page's main content
      // marks the page's layout, not furniture to leave out.
      if (noise.selectFirst(MAIN_OR_ARTICLE) == null) {
        noise.remove();
      }
    }
    // A post's own date, in its byline, reads as one: "published 9 aprile 2020".
    for (Element byline : body.select(PUBLICATION_CSS)) {
      byline.prependText("published ");
    }
    for (Element time : body.select(TIMES)) {
      if (stamped(time)) {
        time.prependText("published ");
      }
    }
    return Optional.ofNullable(body.selectFirst(MAIN)).orElse(body);
  }

  /**
   * Whether a {@code <time>} is a post's timestamp: it shows a day only, and its machine value
   * holds a minute no one schedules an event at ("2020-04-09T21:29"), the moment a post was saved.
   */
  private static boolean stamped(Element time) {
    if (CLOCK_SHOWN.matcher(time.text()).find()) {
      return false;
    }
    return IsoTimes.parts(time.attr("datetime"))
        .flatMap(IsoTimes.Parts::time)
        .filter(at -> at.getMinute() % 15 != 0 || at.getSecond() != 0)
        .isPresent();
  }

  private static final Pattern CLOCK_SHOWN =
      Pattern.compile(
          "(?i)(?<![\\d.])\\d{1,2}[:.]\\d\\d(?![.\\d])|\\b(ore|h|at|alle)\\s*\\d|\\d\\s*[ap]\\.?m\\b");

  private PageDates dates(Document page) {
    return new PageDates(input, locale, PageReference.of(page, input, today));
  }

  Outcome read(Document page) {
    Element root = content(page);
    PageDates dates = dates(page);
    Optional<String> heading = mainHeading(page, root);
    Optional<Element> container = listingContainer(root, dates);
    ListingBlocks.Listing listing =
        container.map(found -> readWithTwins(found, dates)).orElse(ListingBlocks.Listing.NONE);
    Optional<Single> single = heading.flatMap(title -> singleEvent(title, root, dates));
    boolean headingNamesAListing =
        heading.isEmpty() || LISTING_HEADING.matcher(heading.get()).matches();
    if (!listing.events().isEmpty() && (single.isEmpty() || headingNamesAListing)) {
      return new Outcome(listing.events(), Optional.empty());
    }
    // A page about one event that also lists others gives the one; a listing under the site's
    // name, whose "date next to the heading" is its first card's, gives the list.
    // "Eventi", "Agenda": a listing's heading names no event of its own.
    if (single.isPresent()
        && !headingNamesAListing
        && !(listing.looksReal() && PageText.of(container.get()).contains(single.get().line()))) {
      return new Outcome(List.of(single.get().event()), Optional.empty());
    }
    if (!listing.events().isEmpty()) {
      return new Outcome(listing.events(), Optional.empty());
    }
    return new Outcome(List.of(), Optional.of(whyNone(root, dates, heading, container)));
  }

  /**
   * The listing and the lists beside it built the same way: the tabs "Prossimi eventi" and "Eventi
   * passati", one list per month or per year. Only the list with most dates was found; its twins
   * share its tag and classes.
   */
  private ListingBlocks.Listing readWithTwins(Element container, PageDates dates) {
    ListingBlocks reader = new ListingBlocks(input, dates);
    ListingBlocks.Listing listing = reader.read(container);
    java.util.Set<String> built = shape(container);
    for (Element sibling : container.siblingElements()) {
      if (sibling.normalName().equals(container.normalName()) && shape(sibling).equals(built)) {
        listing = listing.and(reader.read(sibling));
      }
    }
    return listing;
  }

  /** Classes a tab switches on and off: which list shows is no part of how it is built. */
  private static final java.util.Set<String> STATE_CLASSES =
      java.util.Set.of(
          "hidden",
          "flex",
          "block",
          "inline",
          "grid",
          "active",
          "show",
          "open",
          "in",
          "collapse",
          "collapsed",
          "d-none",
          "d-block",
          "d-flex",
          "is-active",
          "is-hidden",
          "current",
          "selected",
          "visible",
          "invisible",
          "fade");

  private static java.util.Set<String> shape(Element element) {
    java.util.Set<String> classes = new java.util.HashSet<>(element.classNames());
    classes.removeAll(STATE_CLASSES);
    return classes;
  }

  /** The page's one event, and the line its date was read from. */
  private record Single(RawEventBuilder event, String line) {}

  /** The page's one event: its heading and the date that, of those written, best dates it. */
  private Optional<Single> singleEvent(String title, Element root, PageDates dates) {
    String text = PageText.of(root);
    Optional<PageDates.Scored> best = singleDate(title, text, dates);
    if (best.isEmpty()) {
      return Optional.empty();
    }
    String after = text.substring(headingFrom(text, title));
    RawEventBuilder event = new RawEventBuilder(input.sourceId()).title(title, BY);
    best.get().apply(event, BY, dates.reference());
    String description = after.substring(0, Math.min(after.length(), DESCRIPTION_CHARS));
    event.description(description, BY);
    Venues.find(description).ifPresent(place -> event.location(place, BY));
    event.url(input.baseUrl(), BY);
    return Optional.of(new Single(event, best.get().line()));
  }

  /** Of the dates written in the heading and from just above it on, the one that dates it. */
  private static Optional<PageDates.Scored> singleDate(String title, String text, PageDates dates) {
    String after = text.substring(headingFrom(text, title));
    Optional<PageDates.Scored> inTitle = dates.best(title, true);
    Optional<PageDates.Scored> inText = dates.best(after, false);
    // The heading names the day ("… Tomorrow", "Potenza – 5 Marzo 2022"); the text may give its
    // hours.
    boolean textTimesTitleDay =
        inTitle.isPresent()
            && inText.isPresent()
            && inText.get().written().timed()
            && day(inText.get()).equals(day(inTitle.get()));
    Optional<PageDates.Scored> best =
        inTitle.isPresent()
                && !textTimesTitleDay
                && (inText.isEmpty() || inTitle.get().score() >= inText.get().score())
            ? inTitle
            : inText;
    return best.filter(PageDates.Scored::dates);
  }

  /** Where the heading's lines begin: a few lines above it, as "Webinar · giovedì 15 ottobre". */
  private static int headingFrom(String text, String title) {
    int from = Math.max(0, text.indexOf(title));
    for (int line = 0; line < LINES_ABOVE && from > 0; line++) {
      from = text.lastIndexOf('\n', from - 2) + 1;
    }
    return from;
  }

  private static java.time.LocalDate day(PageDates.Scored date) {
    return date.written().found().start().time().local().toLocalDate();
  }

  /**
   * The element whose children are most often dated, when at least two are: the list, table body or
   * content column that holds the listing's blocks.
   */
  static Optional<Element> listingContainer(Element root, PageDates dates) {
    Element best = null;
    int bestCount = 1;
    int weighed = 0;
    for (Element element : root.getAllElements()) {
      if (++weighed > MAX_ELEMENTS) {
        break;
      }
      if (element.childrenSize() < 2) {
        continue;
      }
      int dated = 0;
      for (Element child : element.children()) {
        String text = child.text();
        if (text.length() <= MAX_BLOCK_CHARS && dates.holdsDate(text)) {
          dated++;
        }
      }
      if (dated > bestCount) {
        best = element;
        bestCount = dated;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The page's main heading: its first {@code h1}, else {@code og:title}, else its title. */
  private static Optional<String> mainHeading(Document page, Element root) {
    for (Element h1 : root.select(H1)) {
      if (!h1.text().isBlank()) {
        return Optional.of(h1.text().strip());
      }
    }
    Element og = page.selectFirst(OG_TITLE);
    if (og != null && !og.attr("content").isBlank()) {
      return Optional.of(og.attr("content").strip());
    }
    String title = page.title().strip();
    if (title.isEmpty()) {
      return Optional.empty();
    }
    // "Il titolo – Nome del sito": the site's name follows the last separator.
    String[] parts = title.split("\\s+[|–—\\-»:]+\\s+");
    return Optional.of(parts.length > 1 && parts[0].length() >= 4 ? parts[0] : title);
  }

  private static String whyNone(
      Element root, PageDates dates, Optional<String> heading, Optional<Element> container) {
    int written = dates.count(PageText.of(root));
    if (written == 0) {
      return "no markup and no date in the page's text; try selectors";
    }
    if (container.isPresent()) {
      return "a list of "
          + container.get().childrenSize()
          + " blocks, dated but without titles; try selectors";
    }
    return written
        + (written == 1 ? " date" : " dates")
        + " found, none next to "
        + (heading.isPresent() ? "the heading '" + heading.get() + "'" : "a heading")
        + " (publication dates and deadlines are not event dates); try selectors";
  }

  // Selectors parsed once: a query string is parsed again (and its regular expressions
  // compiled) on every select call.
  private static final Evaluator MAIN_OR_ARTICLE =
      Selector.evaluatorOf("main, [role=main], article");
  private static final Evaluator TIMES = Selector.evaluatorOf("time[datetime]");
  private static final Evaluator MAIN = Selector.evaluatorOf("main, [role=main]");
  private static final Evaluator H1 = Selector.evaluatorOf("h1");
  private static final Evaluator OG_TITLE = Selector.evaluatorOf("meta[property=og:title]");
  private static final Evaluator NOISE_CSS = Selector.evaluatorOf(NOISE);
  private static final Evaluator PUBLICATION_CSS = Selector.evaluatorOf(PUBLICATION);
}
