package io.invito.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * Prints a digest page as one self-contained HTML file: inline CSS, no script, no external request.
 * Every feed-provided string goes in through {@link Element#text(String)} or an attribute, so Jsoup
 * escapes it; a Content-Security-Policy forbids scripts should any slip by.
 */
final class HtmlRenderer {
  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'";
  private static final String CSS = css();

  String render(Page page) {
    Labels labels = page.labels();
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
    doc.prependChild(new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", labels.language().code());
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
    head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
    // Without an icon of its own, a browser asks the server for /favicon.ico: a request.
    head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
    head.appendElement("title").text(page.heading());
    head.appendElement("style").appendChild(new DataNode(CSS));

    Element body = doc.body();
    Element header = body.appendElement("header");
    header.appendElement("h1").text(page.heading());
    header.appendElement("p").addClass("meta").text(page.range() + " · " + page.generated());
    if (page.days().isEmpty()) {
      body.appendElement("p").addClass("empty").text(labels.get("empty"));
    } else {
      Element top = body.appendElement("section").id("top");
      top.appendElement("h2").text(labels.get("top"));
      Element list = top.appendElement("ol");
      for (EventSummary event : page.top()) {
        Element item = list.appendElement("li");
        link(item.appendElement("strong"), event.title(), event.link());
        item.appendText(
            " — "
                + event.dayName()
                + ", "
                + event.time()
                + MarkdownRenderer.contacts(labels, event));
      }
      post(body, page);
      Element events = body.appendElement("section").id("events");
      events.appendElement("h2").text(labels.get("events"));
      for (Page.Day day : page.days()) {
        events.appendElement("h3").text(day.name());
        for (EventSummary event : day.events()) {
          event(events, labels, event);
        }
      }
    }
    sources(body, page);
    return doc.outerHtml() + "\n";
  }

  /** The week's post: its LinkedIn text as written (line breaks kept), and its two files. */
  private static void post(Element body, Page page) {
    if (page.post().isEmpty()) {
      return;
    }
    Page.PostSection post = page.post().get();
    Labels labels = page.labels();
    Element section = body.appendElement("section").id("post");
    section.appendElement("h2").text(labels.get("post"));
    Element intro = section.appendElement("p").text(post.intro() + " ");
    intro
        .appendElement("a")
        .attr("href", DigestText.href(post.textFile()))
        .text(labels.get("post.textFile"));
    intro.appendText(" · ");
    intro
        .appendElement("a")
        .attr("href", DigestText.href(post.pageFile()))
        .text(labels.get("post.pageFile"));
    // Its own line breaks, the page's font; styled here so the shared style sheet stays as it is.
    section
        .appendElement("blockquote")
        .appendElement("pre")
        .addClass("post")
        .attr("style", "white-space: pre-wrap; font-family: inherit; margin: 0")
        .text(post.text());
  }

  private static void event(Element parent, Labels labels, EventSummary event) {
    Element article = parent.appendElement("article").addClass("event");
    if (event.cancelled()) {
      article.addClass("cancelled");
    }
    Element title = article.appendElement("h4");
    for (EventSummary.Marker marker : event.markers()) {
      title.appendElement("span").addClass("marker").addClass(marker.kind()).text(marker.text());
      title.appendText(" ");
    }
    link(title.appendElement("span").addClass("title"), event.title(), event.link());
    article.appendElement("p").addClass("when").text(event.time());
    if (!event.facts().isEmpty()) {
      Element facts = article.appendElement("dl");
      for (EventSummary.Fact fact : event.facts()) {
        facts.appendElement("dt").text(fact.label());
        facts.appendElement("dd").text(fact.value());
      }
    }
    if (!event.snippet().isEmpty()) {
      article.appendElement("p").addClass("snippet").text(event.snippet());
    }
    if (!event.invitees().isEmpty()) {
      Element invitees = article.appendElement("div").addClass("invitees");
      invitees.appendElement("h5").text(labels.get("invitees"));
      Element list = invitees.appendElement("ul");
      for (EventSummary.Invitee invitee : event.invitees()) {
        Element item = list.appendElement("li");
        item.appendElement("strong").text(invitee.name());
        if (!invitee.reasons().isEmpty()) {
          item.appendText(" — " + invitee.reasons());
        }
        List<EventSummary.DraftLink> acting =
            invitee.drafts().stream().filter(link -> !link.kind().equals("file")).toList();
        List<EventSummary.DraftLink> files =
            invitee.drafts().stream().filter(link -> link.kind().equals("file")).toList();
        String separator = " — ";
        for (EventSummary.DraftLink link : acting) {
          item.appendText(separator);
          separator = " · ";
          link(
              item.appendElement("span").addClass("act").addClass(link.kind()),
              link.text(),
              link.href());
        }
        if (!files.isEmpty()) {
          item.appendText(acting.isEmpty() ? " — " : " ");
          Element drafts = item.appendElement("span").addClass("files");
          drafts.appendText("(" + labels.get("drafts") + ": ");
          boolean first = true;
          for (EventSummary.DraftLink file : files) {
            if (!first) {
              drafts.appendText(", ");
            }
            first = false;
            link(drafts, file.text(), file.href());
          }
          drafts.appendText(")");
        }
      }
    }
  }

  private static void sources(Element body, Page page) {
    Element section = body.appendElement("section").id("sources").addClass("sources");
    section.appendElement("h2").text(page.labels().get("sources"));
    section.appendElement("p").text(page.sourcesSummary());
    if (page.problems().isEmpty()) {
      return;
    }
    Element list = section.appendElement("ul");
    for (Page.SourceLine source : page.problems()) {
      Element item = list.appendElement("li");
      item.appendElement("strong").text(source.id());
      item.appendText(" (");
      link(item.appendElement("span"), source.url(), source.link());
      item.appendText(") — " + source.state());
      for (String detail : source.details()) {
        item.appendText("; " + detail);
      }
    }
  }

  /**
   * A link only for targets made upstream: http(s) pages and draft files checked there, and the
   * mailto:, wa.me and tel: links built from the drafts; otherwise the text alone.
   */
  private static void link(Element parent, String text, Optional<String> href) {
    if (href.isPresent()) {
      parent
          .appendElement("a")
          .attr("href", href.get())
          .attr("rel", "noopener noreferrer")
          .text(text);
    } else {
      parent.appendText(text);
    }
  }

  private static String css() {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream("/digest/digest.css")) {
      if (in == null) {
        throw new IllegalStateException("the jar has no /digest/digest.css");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /digest/digest.css", e);
    }
  }
}
