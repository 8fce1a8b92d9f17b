package io.invito.parse;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Reads a listing's blocks as one event each. The container's dated children start the blocks; the
 * undated siblings after one belong to it (an image, a description). A child that is only a date, a
 * day heading such as "Monday November 10", dates each item that follows it instead.
 */
final class ListingBlocks {
  private static final String BY = PlainPageReader.BY;
  private static final int MAX_BLOCK_CHARS = 3_000;
  private static final int TITLE_CHARS = 200;
  private static final Pattern GENERIC_LINK =
      Pattern.compile(
          "(?iu)^\\W*(continua|leggi( tutto| di più)?|read more|more|more info|details|dettagli|"
              + "scopri( di più)?|info|locandina|download|scarica.*|iscriviti|register|"
              + "prenota|book now|tickets?|biglietti|vai|go|link|qui|here|reserve( your)?( spot| seat"
              + "| place)?|save (your|a) (spot|seat)|sign up|registrati|get tickets|"
              + "(il |the )?(programma|programme|program)( completo| dettagliato| in full)?)\\W*$");

  /** A line that gives whom to ask, not what happens: "Informazioni: info@…", "Tel. 059 …". */
  private static final Pattern CONTACT_LINE =
      Pattern.compile(
          "(?iu)^\\W*(?:per )?(?:informazioni|info|contatti|contacts?|tel|telefono|phone|e-?mail)"
              + "\\b.*|.*\\S@\\S+\\.\\S.*");

  /** What a line keeps of a clock time or a zone once its date is gone: no title. */
  private static final Pattern TIME_LEFT =
      Pattern.compile(
          "(?iu)\\b(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\b\\.?)?|ore|h|alle|dalle|"
              + "CES?T|UTC|GMT|BST|[ECMP][SD]T)\\b");

  private static final Pattern HEADINGS = Pattern.compile("h[1-6]");

  private final ParseInput input;
  private final PageDates dates;

  ListingBlocks(ParseInput input, PageDates dates) {
    this.input = input;
    this.dates = dates;
  }

  /**
   * What a listing gave: its events, and how many of its blocks look like a listing's items (a
   * heading or a link of their own), which tells a real listing from the dated paragraphs of one
   * event's page.
   */
  record Listing(List<RawEventBuilder> events, int blocks, int items) {
    static final Listing NONE = new Listing(List.of(), 0, 0);

    /** This listing followed by another. */
    Listing and(Listing other) {
      List<RawEventBuilder> both = new ArrayList<>(events);
      both.addAll(other.events);
      return new Listing(both, blocks + other.blocks, items + other.items);
    }

    boolean looksReal() {
      long days =
          events.stream()
              .map(RawEventBuilder::findStartDay)
              .flatMap(Optional::stream)
              .distinct()
              .count();
      return events.size() >= 3 && days >= 3 && items * 3 >= blocks * 2;
    }
  }

  Listing read(Element container) {
    List<Element> children = container.children();
    List<RawEventBuilder> events = new ArrayList<>();
    int blocks = 0;
    int items = 0;
    // A heading such as "NOVEMBRE/DICEMBRE 2011" or "Estate 2019" gives its year to the year-less
    // dates below it, until the next such heading.
    PageDates placing = dates;
    // Each child weighed once: whether it is dated, and whether it is a year's heading.
    boolean[] dated = new boolean[children.size()];
    List<Optional<PageReference>> headings = new ArrayList<>();
    for (int child = 0; child < children.size(); child++) {
      dated[child] = dated(children.get(child));
      headings.add(dated[child] ? Optional.empty() : yearHeading(children.get(child)));
    }
    int i = 0;
    while (i < children.size() && events.size() < PlainPageReader.MAX_ITEMS) {
      if (headings.get(i).isPresent()) {
        placing = dates.withReference(headings.get(i).get());
        i++;
        continue;
      }
      if (!dated[i]) {
        i++;
        continue;
      }
      int next = i + 1;
      while (next < children.size() && !dated[next] && headings.get(next).isEmpty()) {
        next++;
      }
      List<Element> block = children.subList(i, next);
      blocks++;
      if (itemLike(block)) {
        items++;
      }
      String headText = PageText.of(block.get(0));
      Optional<PageDates.Scored> date = placing.best(headText, false);
      if (date.isPresent() && dateOnly(headText) && block.size() > 1) {
        for (Element item : block.subList(1, block.size())) {
          itemOnDay(item, date.get(), placing).ifPresent(events::add);
        }
      } else {
        events.addAll(block(block, placing));
      }
      i = next;
    }
    return new Listing(events, blocks, items);
  }

  /** Whether the block has a heading or a link of its own, as a listing's cards and rows do. */
  private static boolean itemLike(List<Element> block) {
    for (Element element : block) {
      if (HEADINGS.matcher(element.normalName()).matches()
          || !element.select(HEADING_ELEMENTS).isEmpty()) {
        return true;
      }
      for (Element anchor : element.select(LINKS)) {
        if (pageLink(anchor)
            && !GENERIC_LINK.matcher(anchor.text()).matches()
            && letters(anchor.text()) >= 4) {
          return true;
        }
      }
    }
    return false;
  }

  /** A short undated child that names a year: a section's heading. */
  private Optional<PageReference> yearHeading(Element child) {
    String text = child.text(); // asked of undated children only: it names no day
    if (text.length() > 60) {
      return Optional.empty();
    }
    return dates.yearOf(text, "the heading", true);
  }

  private boolean dated(Element child) {
    String text = child.text();
    return text.length() <= MAX_BLOCK_CHARS && dates.holdsDate(text);
  }

  /**
   * One block: its own title, the date that best dates it, its link. A block that gives several
   * days each with its hours ("3 Novembre, ore 17 ... 10 Novembre, ore 17") is a cycle: one event
   * per session, under the block's title.
   */
  private List<RawEventBuilder> block(List<Element> block, PageDates placing) {
    StringBuilder joined = new StringBuilder();
    for (Element element : block) {
      joined.append(PageText.of(element));
    }
    String text = joined.toString();
    PageDates own =
        placing.yearOf(text, "the item's year", false).map(dates::withReference).orElse(placing);
    Optional<String> title = title(block, own);
    if (title.isEmpty()) {
      return List.of();
    }
    List<PageDates.Scored> weighed = own.weighed(text, false);
    List<PageDates.Scored> cycle = sessions(PageDates.dating(weighed));
    List<PageDates.Scored> sessions =
        cycle.size() >= 2
            ? cycle
            : PageDates.best(weighed).filter(PageDates.Scored::dates).stream().toList();
    Optional<URI> url = link(block);
    List<RawEventBuilder> events = new ArrayList<>();
    for (PageDates.Scored date : sessions) {
      RawEventBuilder event = new RawEventBuilder(input.sourceId()).title(title.get(), BY);
      date.apply(event, BY, own.reference());
      event.description(text, BY);
      Venues.find(text).or(() -> columnPlace(block)).ifPresent(place -> event.location(place, BY));
      String session =
          sessions.size() > 1 ? "#" + date.written().found().start().time().local() : "";
      url.ifPresent(link -> event.url(link, BY).uid(link + session, BY));
      events.add(event);
    }
    return events;
  }

  /** The dates with their hours, on different days: a cycle's sessions. */
  private static List<PageDates.Scored> sessions(List<PageDates.Scored> dated) {
    List<PageDates.Scored> sessions = new ArrayList<>();
    java.util.Set<LocalDate> days = new java.util.HashSet<>();
    for (PageDates.Scored date : dated) {
      if (date.written().timed()
          && days.add(date.written().found().start().time().local().toLocalDate())) {
        sessions.add(date);
      }
    }
    return sessions;
  }

  /** An item under a day heading: the heading's day, the item's own times. */
  private Optional<RawEventBuilder> itemOnDay(
      Element item, PageDates.Scored day, PageDates placing) {
    Optional<String> title = title(List.of(item), placing);
    if (title.isEmpty()) {
      return Optional.empty();
    }
    String text = PageText.of(item);
    LocalDate date = day.written().found().start().time().local().toLocalDate();
    RawEventBuilder event = new RawEventBuilder(input.sourceId()).title(title.get(), BY);
    String by = day.yearInferred() ? BY + "; year from " + placing.reference().from() : BY;
    Optional<TextDates.Found> times = TextDates.timesOnDay(text, date, input.zone());
    if (times.isPresent()) {
      event.start(times.get().start(), by);
      times.get().end().ifPresent(end -> event.end(end, by));
    } else {
      event.start(Timed.allDay(date), by);
    }
    event.description(text, BY);
    Venues.find(text).ifPresent(place -> event.location(place, BY));
    link(List.of(item)).ifPresent(url -> event.url(url, BY).uid(url.toString(), BY));
    return Optional.of(event);
  }

  /** Whether the text is a date and nothing else: a day heading. */
  private boolean dateOnly(String text) {
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (TextDates.Written written : dates.all(text)) {
      rest.append(text, Math.min(at, text.length()), Math.min(written.from(), text.length()));
      at = Math.max(at, written.to());
    }
    if (at < text.length()) {
      rest.append(text, at, text.length());
    }
    return letters(Weekdays.strip(rest.toString())) < 4;
  }

  /**
   * The block's title: a heading in it, else its link's words, else its first bold words, else its
   * first line; each without the dates written in it.
   */
  private Optional<String> title(List<Element> block, PageDates placing) {
    for (Element element : block) {
      for (Element heading : element.getAllElements()) {
        if (HEADINGS.matcher(heading.normalName()).matches()) {
          Optional<String> title = firstLine(PageText.of(heading), placing);
          if (title.isPresent()) {
            return title;
          }
        }
      }
    }
    for (Element element : block) {
      for (Element anchor : element.select(LINKS)) {
        String words = anchor.text().strip();
        if (pageLink(anchor) && letters(words) >= 4 && !GENERIC_LINK.matcher(words).matches()) {
          Optional<String> title = firstLine(words, placing);
          if (title.isPresent()) {
            return title;
          }
        }
      }
    }
    for (Element element : block) {
      for (Element bold : element.select(BOLD)) {
        Optional<String> title = firstLine(bold.text(), placing);
        if (title.isPresent()) {
          return title;
        }
      }
    }
    for (Element element : block) {
      Optional<String> title = firstLine(PageText.of(element), placing);
      if (title.isPresent()) {
        return title;
      }
    }
    return Optional.empty();
  }

  /** The first line of the text that says more than a date, a weekday or a label. */
  private Optional<String> firstLine(String text, PageDates placing) {
    for (String line : text.split("\n")) {
      String rest = withoutDates(line, placing);
      String clean =
          Weekdays.strip(rest).replaceAll("^[\\s\\p{Punct}–—·•|]+|[\\s\\p{Punct}–—·•|]+$", "");
      if (letters(clean) >= 4
          && !GENERIC_LINK.matcher(clean).matches()
          && !CONTACT_LINE.matcher(clean).matches()) {
        return Optional.of(clean.length() > TITLE_CHARS ? clean.substring(0, TITLE_CHARS) : clean);
      }
    }
    return Optional.empty();
  }

  private static String withoutDates(String line, PageDates placing) {
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (TextDates.Written written : placing.all(line)) {
      if (written.from() > at) {
        rest.append(line, at, Math.min(written.from(), line.length()));
      }
      at = Math.max(at, Math.min(written.to(), line.length()));
    }
    return rest.append(line.substring(Math.min(at, line.length()))).toString();
  }

  private Optional<URI> link(List<Element> block) {
    for (Element element : block) {
      java.util.stream.Stream<Element> anchors =
          element.normalName().equals("a") && element.hasAttr("href")
              ? java.util.stream.Stream.of(element)
              : element.select(LINKS).stream();
      Element anchor = anchors.filter(ListingBlocks::pageLink).findFirst().orElse(null);
      if (anchor != null) {
        Optional<URI> url = Links.resolve(input.baseUrl(), anchor.attr("href"));
        if (url.isPresent()) {
          return url;
        }
      }
    }
    return Optional.empty();
  }

  /** A table's column that says where: "luogo", "dove", "sede", "venue", "location", "place". */
  private static final Pattern PLACE_COLUMN =
      Pattern.compile(
          "(?iu)^\\W*(?:luogo|dove|sede|località|citt[àa]|venue|location|place|where|city)\\W*$");

  /**
   * The cell of a table row under a column headed as a place: "data | luogo" tables write the venue
   * and nothing else there.
   */
  private static Optional<String> columnPlace(List<Element> block) {
    if (block.size() != 1 || !block.get(0).normalName().equals("tr")) {
      return Optional.empty();
    }
    Element row = block.get(0);
    Element table = row.closest("table");
    if (table == null) {
      return Optional.empty();
    }
    Element headerRow = table.selectFirst(HEADER_ROW);
    if (headerRow == null || headerRow == row) {
      return Optional.empty();
    }
    List<Element> headers = headerRow.children();
    List<Element> cells = row.children();
    for (int i = 0; i < headers.size() && i < cells.size(); i++) {
      String cell = cells.get(i).text().strip();
      if (PLACE_COLUMN.matcher(headers.get(i).text()).matches() && letters(cell) >= 3) {
        return Optional.of(cell);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an anchor leads to a page: an address to write to or a number to call is the
   * organiser's contact, neither the event's page nor its title.
   */
  private static boolean pageLink(Element anchor) {
    String href = anchor.attr("href").strip().toLowerCase(java.util.Locale.ROOT);
    return !(href.startsWith("mailto:")
        || href.startsWith("tel:")
        || href.startsWith("sms:")
        || href.startsWith("javascript:")
        || anchor.text().contains("@"));
  }

  private static int letters(String text) {
    int count = 0;
    for (int i = 0, length = text.length(); i < length; i++) {
      if (Character.isLetter(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  // Selectors parsed once: a query string is parsed again (and its regular expressions
  // compiled) on every select call.
  private static final Evaluator HEADING_ELEMENTS = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
  private static final Evaluator LINKS = Selector.evaluatorOf("a[href]");
  private static final Evaluator BOLD = Selector.evaluatorOf("strong, b");
  private static final Evaluator HEADER_ROW = Selector.evaluatorOf("tr:has(th)");
}
