package io.invito.draft;

import io.invito.config.Language;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML part of an e-mail draft, built from the same rendered text as the plain part. Every
 * piece of text enters the tree as a text node and the one link as an attribute, so jsoup escapes
 * whatever a feed or the contacts file wrote: no markup from them can reach the HTML.
 */
final class HtmlRenderer {

  private HtmlRenderer() {}

  /**
   * Paragraphs become {@code <p>}, line breaks {@code <br>}; the event link (already checked to be
   * http or https) becomes the only anchor.
   */
  static String render(String text, String link, Language language) {
    Document document = Document.createShell("");
    document.outputSettings().charset(StandardCharsets.UTF_8).indentAmount(1);
    document.selectFirst("html").attr("lang", language.code());
    document.head().appendElement("meta").attr("charset", "utf-8");
    Element body = document.body();
    for (String paragraph : text.strip().split("\n\\s*\n")) {
      Element block = body.appendElement("p");
      String[] lines = paragraph.split("\n");
      for (int index = 0; index < lines.length; index++) {
        if (index > 0) {
          block.appendElement("br");
        }
        appendLine(block, lines[index], link);
      }
    }
    return "<!DOCTYPE html>\n" + document.html() + "\n";
  }

  private static void appendLine(Element block, String line, String link) {
    int at = link.isEmpty() ? -1 : line.indexOf(link);
    if (at < 0) {
      block.appendText(line);
      return;
    }
    if (at > 0) {
      block.appendText(line.substring(0, at));
    }
    block.appendElement("a").attr("href", link).text(link);
    String rest = line.substring(at + link.length());
    if (!rest.isEmpty()) {
      block.appendText(rest);
    }
  }
}
