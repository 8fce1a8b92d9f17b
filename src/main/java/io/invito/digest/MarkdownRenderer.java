package io.invito.digest;

import java.util.Optional;
import java.util.stream.Collectors;

/** Prints a digest page as Markdown that reads well on GitHub and in plain editors. */
final class MarkdownRenderer {

  String render(Page page) {
    Labels labels = page.labels();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(md(page.heading())).append("\n\n");
    out.append(md(page.range())).append(" · ").append(md(page.generated())).append("\n\n");
    if (page.days().isEmpty()) {
      out.append(md(labels.get("empty"))).append("\n\n");
    } else {
      out.append("## ").append(md(labels.get("top"))).append("\n\n");
      int rank = 1;
      for (EventSummary event : page.top()) {
        out.append(rank++)
            .append(". **")
            .append(title(event))
            .append("** — ")
            .append(md(event.dayName() + ", " + event.time() + contacts(labels, event)))
            .append('\n');
      }
      post(out, page);
      out.append("\n## ").append(md(labels.get("events"))).append("\n\n");
      for (Page.Day day : page.days()) {
        out.append("### ").append(md(day.name())).append("\n\n");
        for (EventSummary event : day.events()) {
          event(out, labels, event);
        }
      }
    }
    sources(out, page);
    return out.toString();
  }

  private static void event(StringBuilder out, Labels labels, EventSummary event) {
    out.append("#### ").append(title(event)).append("\n\n");
    for (EventSummary.Marker marker : event.markers()) {
      out.append("**").append(md(marker.text())).append("** · ");
    }
    out.append(md(event.time())).append("\n\n");
    for (EventSummary.Fact fact : event.facts()) {
      out.append("- **")
          .append(md(fact.label()))
          .append(":** ")
          .append(md(fact.value()))
          .append('\n');
    }
    if (!event.snippet().isEmpty()) {
      out.append("\n> ").append(md(event.snippet())).append('\n');
    }
    if (!event.invitees().isEmpty()) {
      out.append("\n**").append(md(labels.get("invitees"))).append("**\n\n");
      for (EventSummary.Invitee invitee : event.invitees()) {
        out.append("- **").append(md(invitee.name())).append("**");
        if (!invitee.reasons().isEmpty()) {
          out.append(" — ").append(md(invitee.reasons()));
        }
        String acting =
            invitee.drafts().stream()
                .filter(link -> !link.kind().equals("file"))
                .map(MarkdownRenderer::draft)
                .collect(Collectors.joining(" · "));
        String files =
            invitee.drafts().stream()
                .filter(link -> link.kind().equals("file"))
                .map(MarkdownRenderer::draft)
                .collect(Collectors.joining(", "));
        if (!acting.isEmpty()) {
          out.append(" — ").append(acting);
        }
        if (!files.isEmpty()) {
          out.append(acting.isEmpty() ? " — " : " ")
              .append("\\(")
              .append(md(labels.get("drafts")))
              .append(": ")
              .append(files)
              .append("\\)");
        }
        out.append('\n');
      }
    }
    out.append('\n');
  }

  /** The week's post, quoted line by line, with links to its two files. */
  private static void post(StringBuilder out, Page page) {
    if (page.post().isEmpty()) {
      return;
    }
    Page.PostSection post = page.post().get();
    Labels labels = page.labels();
    out.append("\n## ").append(md(labels.get("post"))).append("\n\n");
    out.append(md(post.intro()))
        .append(" ")
        .append(link(labels.get("post.textFile"), Optional.of(DigestText.href(post.textFile()))))
        .append(" · ")
        .append(link(labels.get("post.pageFile"), Optional.of(DigestText.href(post.pageFile()))))
        .append("\n\n");
    String[] lines = post.text().strip().split("\n", -1);
    for (int index = 0; index < lines.length; index++) {
      boolean brokenAfter = index + 1 < lines.length && !lines[index + 1].isBlank();
      // A backslash at the end keeps the post's own line break; Markdown would join the lines.
      out.append(lines[index].isBlank() ? ">" : "> " + md(lines[index]) + (brokenAfter ? "\\" : ""))
          .append('\n');
    }
  }

  private static void sources(StringBuilder out, Page page) {
    out.append("## ").append(md(page.labels().get("sources"))).append("\n\n");
    out.append(md(page.sourcesSummary())).append("\n\n");
    if (page.problems().isEmpty()) {
      return;
    }
    for (Page.SourceLine source : page.problems()) {
      out.append("- **")
          .append(md(source.id()))
          .append("** (")
          .append(link(source.url(), source.link()))
          .append(") — ")
          .append(md(source.state()));
      for (String detail : source.details()) {
        out.append("; ").append(md(detail));
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static String title(EventSummary event) {
    String title = link(event.title(), event.link());
    return event.cancelled() ? "~~" + title + "~~" : title;
  }

  /** Angle brackets keep the target one token; webLink already percent-encoded anything odd. */
  private static String link(String text, Optional<String> href) {
    return href.map(target -> "[" + md(text) + "](<" + target + ">)").orElse(md(text));
  }

  private static String draft(EventSummary.DraftLink draft) {
    return link(draft.text(), draft.href());
  }

  /** " · 2 contatti" for a top pick, or nothing when no contact was suggested. */
  static String contacts(Labels labels, EventSummary event) {
    int count = event.invitees().size();
    if (count == 0) {
      return "";
    }
    return " · " + (count == 1 ? labels.get("contacts.one") : labels.get("contacts.many", count));
  }

  private static String md(String text) {
    return DigestText.markdown(text);
  }
}
