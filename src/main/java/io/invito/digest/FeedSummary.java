package io.invito.digest;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The few lines of HTML a feed reader shows for a digest: the week, how many events, the top picks
 * and the sources' health. Built from Jsoup elements, so feed text is escaped, and links are the
 * http(s) ones the summarizer kept; Rome then escapes the whole as the entry's text.
 */
final class FeedSummary {

  String render(Page page) {
    Labels labels = page.labels();
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
    Element body = doc.body();
    int count = page.days().stream().mapToInt(day -> day.events().size()).sum();
    String events =
        count == 1 ? labels.get("feed.events.one") : labels.get("feed.events.many", count);
    body.appendElement("p").text(page.range() + " · " + events);
    if (count == 0) {
      body.appendElement("p").text(labels.get("empty"));
    } else {
      body.appendElement("p").appendElement("strong").text(labels.get("top"));
      Element list = body.appendElement("ol");
      for (EventSummary event : page.top()) {
        Element item = list.appendElement("li");
        if (event.link().isPresent()) {
          item.appendElement("a").attr("href", event.link().get()).text(event.title());
        } else {
          item.appendText(event.title());
        }
        item.appendText(
            " — "
                + event.dayName()
                + ", "
                + event.time()
                + MarkdownRenderer.contacts(labels, event));
      }
    }
    body.appendElement("p").text(page.sourcesSummary());
    return body.html();
  }
}
