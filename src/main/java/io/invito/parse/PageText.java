package io.invito.parse;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an element as a reader sees it: one line per block (paragraph, heading, list
 * item, table row, {@code <br>}), the cells of a row and a term with its definition joined by ": "
 * so that "Data" and "14 gennaio 2027" read as the labelled field "Data: 14 gennaio 2027". Jsoup's
 * {@code text()} runs blocks together, and "2027Orario" hides both the year and the label.
 */
final class PageText {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "header",
          "footer",
          "main",
          "aside",
          "ul",
          "ol",
          "li",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "table",
          "thead",
          "tbody",
          "tr",
          "dl",
          "blockquote",
          "figure",
          "figcaption",
          "address",
          "pre",
          "hr",
          "details",
          "summary",
          "center",
          "form");
  private static final Set<String> CELLS = Set.of("td", "th", "dd");

  /** Text longer than this is cut: a page is read for its dates, not stored whole. */
  static final int MAX_CHARS = 400_000;

  private PageText() {}

  static String of(Element element) {
    StringBuilder out = new StringBuilder();
    element.traverse(new Renderer(out));
    return TextCleaner.collapseLines(out.toString());
  }

  private record Renderer(StringBuilder out) implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (out.length() >= MAX_CHARS) {
        return;
      }
      if (node instanceof TextNode text) {
        out.append(text.text());
      } else if (node instanceof Element element) {
        String name = element.normalName();
        if (name.equals("br") || BLOCKS.contains(name)) {
          out.append('\n');
        } else if (CELLS.contains(name) && element.elementSiblingIndex() > 0) {
          out.append(": ");
        } else if (name.equals("dt")) {
          out.append('\n');
        } else if (name.equals("img") && !element.attr("alt").isBlank()) {
          out.append(' ');
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        out.append('\n');
      } else if (node instanceof Element element && element.normalName().equals("td")) {
        out.append(' ');
      }
    }
  }
}
