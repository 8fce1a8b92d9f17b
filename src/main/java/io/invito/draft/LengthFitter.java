package io.invito.draft;

import io.invito.model.Contact;
import io.invito.model.Match;
import java.util.HashMap;
import java.util.Map;

/**
 * Fits a short message into its channel's limit, giving up the least useful words first: the second
 * reason, the tail of a long title, the opening courtesy, the tail of the reason. Every cut ends at
 * a word boundary with "…".
 */
final class LengthFitter {
  private final int limit;

  /**
   * @param limit the most characters (UTF-16 units, never fewer than code points) allowed
   */
  LengthFitter(int limit) {
    this.limit = limit;
  }

  String fit(
      Template template,
      Map<String, String> values,
      Wording wording,
      Match match,
      Contact contact) {
    Map<String, String> fitted = new HashMap<>(values);
    String text = template.render(fitted);
    if (text.length() <= limit) {
      return text;
    }
    fitted.put("reason", wording.reason(match.reasons(), contact.formality(), 1));
    text = template.render(fitted);
    text = shorten(template, fitted, text, "title", 40);
    if (text.length() > limit) {
      fitted.put("opening", "");
      text = template.render(fitted);
    }
    text = shorten(template, fitted, text, "reason", 20);
    text = shorten(template, fitted, text, "title", 12);
    return text.length() <= limit ? text : Texts.atWord(text, limit);
  }

  private String shorten(
      Template template, Map<String, String> values, String text, String name, int floor) {
    int over = text.length() - limit;
    String value = values.get(name);
    if (over <= 0 || value.length() <= floor) {
      return text;
    }
    String shorter = Texts.atWord(value, Math.max(floor, value.length() - over));
    if (shorter.isEmpty()) {
      return text;
    }
    values.put(name, shorter);
    return template.render(values);
  }
}
