package io.invito.parse;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Turns the HTML or escaped text sources put in titles and descriptions into plain text. */
final class TextCleaner {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|&(#\\d+|#x[0-9a-fA-F]+|\\w+);");

  private TextCleaner() {}

  /** Strips tags, decodes entities, and collapses every run of whitespace to one space. */
  static String clean(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    String text = html;
    if (MARKUP.matcher(html).find()) {
      // jsoup's text() separates block elements and <br> with a space: "Mon Tue", not "MonTue".
      Document document = Jsoup.parseBodyFragment(html);
      text = document.body().text();
    }
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
