package io.invito.parse;

import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Turns the HTML or escaped text sources put in titles and descriptions into plain text. */
final class TextCleaner {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
  private static final Pattern MARKUP =
      Pattern.compile("<[a-zA-Z/!]|&(#\\d+|#[xX][0-9a-fA-F]+|\\w+);");
  private static final Pattern C1_CONTROLS = Pattern.compile("[\\u0080-\\u009F]");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
    if (C1_CONTROLS.matcher(text).find()) {
      // "&#146;" and raw U+0092 are cp1252 punctuation that went through Latin-1, as browsers
      // read them: a curly apostrophe, not an invisible control character.
      text =
          C1_CONTROLS
              .matcher(text)
              .replaceAll(
                  control ->
                      Matcher.quoteReplacement(
                          new String(new byte[] {(byte) control.group().charAt(0)}, WINDOWS_1252)));
    }
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
