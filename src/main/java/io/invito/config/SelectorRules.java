package io.invito.config;

import java.util.Objects;
import java.util.Optional;

/**
 * CSS selectors that pick the events out of a page with no event markup: each {@code item} is one
 * event, and the other selectors are looked up inside it.
 *
 * @param item the element of each event, e.g. {@code .agenda li}
 * @param title the event's name inside the item; the item's own text when empty
 * @param date the element whose text (or {@code datetime}/{@code content}) says when
 * @param link the link to the event's page; the item's first link when empty
 */
public record SelectorRules(
    String item, Optional<String> title, Optional<String> date, Optional<String> link) {

  /**
   * Rules typed by the user (the desk's form): blank ones are left out, each given one is checked
   * by jsoup as the config loader checks it.
   *
   * @throws ConfigException naming the selector and its value when jsoup cannot read it, or when
   *     there is no item selector
   */
  public static SelectorRules of(String item, String title, String date, String link) {
    Optional<String> itemRule = checked("item", item);
    if (itemRule.isEmpty()) {
      throw new ConfigException(
          "selectors.item: is missing: say which element holds each event, e.g. '.agenda li'");
    }
    return new SelectorRules(
        itemRule.get(), checked("title", title), checked("date", date), checked("link", link));
  }

  private static Optional<String> checked(String key, String css) {
    if (css == null || css.isBlank()) {
      return Optional.empty();
    }
    String rule = css.strip();
    try {
      org.jsoup.select.QueryParser.parse(rule);
    } catch (RuntimeException unreadable) { // jsoup's SelectorParseException
      throw new ConfigException(
          "selectors." + key + ": '" + rule + "' is not a CSS selector jsoup understands",
          unreadable);
    }
    return Optional.of(rule);
  }

  public SelectorRules {
    Objects.requireNonNull(item, "item");
    title = Objects.requireNonNullElse(title, Optional.empty());
    date = Objects.requireNonNullElse(date, Optional.empty());
    link = Objects.requireNonNullElse(link, Optional.empty());
  }
}
